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
        if !supplement.forbidden.isEmpty { decision.outcome = .deny }
        if decision.isAllowed {
            decision.obligations = CompiledPolicy.obligations(
                in: decision.obligations.reduce(supplement.obligations) { $0 | $1.bit })
        } else {
            decision.obligations = []
        }
        decision.reasons = CompiledPolicy.canonicalOrder(decision.reasons + supplement.reasons)
        return decision
    }
}

extension CompiledPolicy {
    /// Evaluates this policy as a rule pack: only its `forbid` and `obligate` rules count.
    func supplement(_ request: Request) -> Evaluation {
        let prepared = prepare(request)
        var evaluation = Evaluation(allowed: true, obligations: 0)
        for rule in forbids.rules(for: prepared)
        where rule.categories.intersection(prepared.leaves).rawValue != 0 && rule.holds(for: prepared) {
            let source = rules[Int(rule.index)]
            evaluation.forbidden.append((rule.index, rule.categories))
            evaluation.reasons.append(Reason(kind: .forbidden, rule: source.id, clause: source.clause))
        }
        for rule in obligates.rules(for: prepared)
        where rule.categories.intersection(prepared.leaves).rawValue != 0 && rule.holds(for: prepared) {
            let source = rules[Int(rule.index)]
            evaluation.obligations |= rule.obligations
            evaluation.reasons.append(Reason(kind: .obligated, rule: source.id, clause: source.clause))
        }
        return evaluation
    }
}
