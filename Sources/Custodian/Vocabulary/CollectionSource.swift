/// Where personal information comes from (policy §3, "two main sources").
public enum CollectionSource: String, Sendable, Hashable, CaseIterable, Codable {
    /// Given by the person on the Platform.
    case providedByUser
    /// Collected automatically when the person uses the Platform.
    case collectedAutomatically
}
