/// An event that starts a legal time limit.
public enum LegalEvent: String, Sendable, Hashable, CaseIterable, Codable {
    /// A personal-information breach was discovered (became known to the controller).
    case breachDiscovered
    /// A person asked for access to (a copy of) the information held about them.
    case accessRequest
    /// A person asked for the information held about them to be erased.
    case erasureRequest
    /// A person withdrew a consent.
    case consentWithdrawn
}
