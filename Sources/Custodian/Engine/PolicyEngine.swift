/// Decides requests under a policy and, when a request names a jurisdiction, under that
/// jurisdiction's rule pack too, with the most protective answer winning.
///
/// ```swift
/// let engine = PolicyEngine(policy: try CompiledPolicy(myPolicy))
/// let decision = engine.decide(request)
/// if decision.isAllowed { /* act, then honour decision.obligations */ }
/// ```
///
/// `decide(_:)` is pure and synchronous: no I/O, no shared mutable state. A rule pack is a
/// second source of rules: its `forbid` rules can deny what the policy allows and its `obligate`
/// rules add obligations; it never allows what the policy denies. Until a jurisdiction has a
/// pack, a decision under it is made under the policy alone and says so in a ``Reason/Kind/notice``.
public struct PolicyEngine: Sendable {
    public let policy: CompiledPolicy
    /// The rule packs by jurisdiction.
    public let packs: [Jurisdiction: CompiledPolicy]

    public init(policy: CompiledPolicy, packs: [Jurisdiction: CompiledPolicy] = [:]) {
        self.policy = policy
        self.packs = packs
    }

    /// The version decisions report: the policy's.
    public var version: PolicyVersion { policy.version }

    /// Decides `request`.
    public func decide(_ request: Request, id: DecisionID = DecisionID()) -> Decision {
        var decision = policy.decide(request, id: id)
        guard request.jurisdiction != .none else { return decision }
        guard let pack = packs[request.jurisdiction] else {
            decision.reasons.append(
                Reason(
                    kind: .notice, rule: RuleID("jurisdiction.\(request.jurisdiction.rawValue).noRulePack"),
                    clause:
                        "Custodian › Jurisdictions: no rule pack for \(request.jurisdiction.lawName) yet; decided under the policy alone"
                ))
            return decision
        }
        let supplement = pack.supplement(request)
        if supplement.forbidden { decision.outcome = .deny }
        if decision.isAllowed {
            var obligations = ObligationSet(decision.obligations)
            obligations.formUnion(supplement.obligations)
            decision.obligations = obligations.obligations
        } else {
            decision.obligations = []
        }
        decision.reasons = CompiledPolicy.canonicalOrder(decision.reasons + pack.supplementReasons(request))
        return decision
    }

    /// The outcome and obligations of `request`, without reasons and without allocating: the
    /// same answer as ``decide(_:id:)``, for hot paths.
    public func check(_ request: Request) -> Verdict {
        var verdict = policy.check(request)
        guard request.jurisdiction != .none, let pack = packs[request.jurisdiction] else { return verdict }
        let supplement = pack.supplement(request)
        if supplement.forbidden { return Verdict(outcome: .deny, obligations: []) }
        if verdict.isAllowed { verdict.obligations.formUnion(supplement.obligations) }
        return verdict
    }
}

extension CompiledPolicy {
    /// Evaluates this policy as a rule pack: only its `forbid` and `obligate` rules count.
    func supplement(_ request: Request) -> (forbidden: Bool, obligations: ObligationSet) { evaluator.supplement(request) }

    /// The reasons a rule pack adds.
    func supplementReasons(_ request: Request) -> [Reason] { evaluator.supplementReasons(request) }
}
