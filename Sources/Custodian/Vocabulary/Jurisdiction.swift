/// The law a request is decided under, besides the policy itself.
///
/// `none` decides under the policy alone. For the others, until their rule pack exists, a
/// decision is made under the policy alone and says so in its reasons.
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
