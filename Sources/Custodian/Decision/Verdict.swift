/// The outcome of a request and the obligations of an allow, without reasons: what
/// ``PolicyEngine/check(_:)`` returns on the hot path, computed without allocating.
public struct Verdict: Sendable, Hashable {
    public var outcome: Decision.Outcome
    public var obligations: ObligationSet

    public init(outcome: Decision.Outcome, obligations: ObligationSet) {
        self.outcome = outcome
        self.obligations = obligations
    }

    public var isAllowed: Bool { outcome == .allow }
}

/// A set of obligations as a bit mask.
public struct ObligationSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }
    public init(_ obligation: Obligation) { rawValue = obligation.bit }
    public init<S: Sequence>(_ obligations: S) where S.Element == Obligation {
        rawValue = obligations.reduce(0) { $0 | $1.bit }
    }

    /// The obligations, sorted by identifier.
    public var obligations: [Obligation] { Obligation.sorted.filter { rawValue & $0.bit != 0 } }
}
