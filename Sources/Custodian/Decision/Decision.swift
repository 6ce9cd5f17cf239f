/// The answer to a ``Request``: allow or deny, why, and what the caller must do on an allow.
public struct Decision: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        case allow, deny
    }

    public var outcome: Outcome
    /// What the caller must do when acting on an allow; empty on a deny.
    public var obligations: [Obligation]
    /// The rules and clauses behind the outcome. A deny always carries at least one.
    public var reasons: [Reason]
    public var policyVersion: PolicyVersion
    public var id: DecisionID

    public init(outcome: Outcome, obligations: [Obligation], reasons: [Reason], policyVersion: PolicyVersion, id: DecisionID) {
        self.outcome = outcome
        self.obligations = obligations
        self.reasons = reasons
        self.policyVersion = policyVersion
        self.id = id
    }

    /// Whether the request is allowed.
    public var isAllowed: Bool { outcome == .allow }
}
