/// The law a request is decided under, besides the policy itself.
///
/// `none` decides under the policy alone. For the others, a ``PolicyEngine`` with the
/// jurisdiction's rule pack decides under the pack too (the built-in packs: GDPR, PIPA, APPI,
/// UU PDP, HIPAA); an engine without one decides under the policy alone and says so in a notice.
public enum Jurisdiction: String, Sendable, Hashable, CaseIterable, Codable {
    /// The European Union (GDPR).
    case eu = "EU"
    /// Korea (PIPA).
    case kr = "KR"
    /// Japan (APPI).
    case jp = "JP"
    /// Indonesia (UU PDP).
    case id = "ID"
    /// The United States.
    case us = "US"
    /// The policy alone.
    case none

    /// The name of the law, for reasons and reports.
    public var lawName: String {
        switch self {
        case .eu: "EU GDPR"
        case .kr: "Korea PIPA"
        case .jp: "Japan APPI"
        case .id: "Indonesia UU PDP"
        case .us: "United States law"
        case .none: "the policy alone"
        }
    }
}
