/// What a service is about to do with personal information.
///
/// The six actions of the policy's life cycle: collection, use, sharing with and disclosure to
/// another party, retention and destruction.
public enum Action: String, Sendable, Hashable, CaseIterable, Codable {
    case collect, use, share, disclose, retain, destroy

    /// The action's position in ``allCases``: a dense index for compiled tables.
    @inlinable public var index: Int {
        switch self {
        case .collect: 0
        case .use: 1
        case .share: 2
        case .disclose: 3
        case .retain: 4
        case .destroy: 5
        }
    }
}
