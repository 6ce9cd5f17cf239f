/// Decides requests under a policy and, when a request names a jurisdiction, under that
/// jurisdiction's rule pack too, with the most protective answer winning.
///
/// ```swift
/// let engine = try PolicyEngine(policy: CompiledPolicy(myPolicy), rulePacks: BuiltInPolicy.rulePackDocuments())
/// let decision = engine.decide(request)
/// if decision.isAllowed { /* act, then honour decision.obligations */ }
/// ```
///
/// `decide(_:)` is pure and synchronous: no I/O, no shared mutable state. A rule pack is a
/// second source of rules: its `forbid` rules can deny what the policy allows and its `obligate`
/// rules add obligations; it never allows what the policy denies. A decision under a jurisdiction
/// without a pack is made under the policy alone and says so in a ``Reason/Kind/notice``.
public struct PolicyEngine: Sendable {
    public let policy: CompiledPolicy
    /// The rule packs, one per jurisdiction at most.
    public let rulePacks: [RulePack]
    /// The vocabulary requests to this engine are read in: the policy's, with the facts and
    /// obligations its rule packs add.
    public let requestVocabulary: CompiledVocabulary
    /// The compiled packs' tables by ``Jurisdiction`` position, for a lookup without hashing
    /// (the evaluator alone: copying a whole compiled policy out of an array on every `check`
    /// cost more than the pack's rules).
    private let packTable: [Evaluator?]

    /// An engine for `policy` alone.
    public init(policy: CompiledPolicy) {
        self.policy = policy
        rulePacks = []
        requestVocabulary = policy.vocabulary
        packTable = Array(repeating: nil, count: Jurisdiction.allCases.count)
    }

    /// An engine for `policy` with rule packs, each compiled against the policy's vocabulary.
    /// - Throws: ``PolicyError`` when a document is not a rule pack, two packs are for one
    ///   jurisdiction, or a pack does not compile for this policy.
    public init(policy: CompiledPolicy, rulePacks documents: [Policy]) throws {
        self.policy = policy
        let vocabulary = policy.vocabulary.vocabulary
        var packs: [RulePack] = []
        var table = [Evaluator?](repeating: nil, count: Jurisdiction.allCases.count)
        var reading = vocabulary
        for document in documents {
            let pack = try RulePack(document, for: vocabulary)
            guard table[pack.jurisdiction.position] == nil else {
                throw PolicyError(field: "pack.jurisdiction", "two rule packs are for \(pack.jurisdiction.rawValue)")
            }
            table[pack.jurisdiction.position] = pack.compiled.evaluator
            packs.append(pack)
            reading = try reading.adding(factsAndObligationsOf: pack.compiled.vocabulary.vocabulary)
        }
        rulePacks = packs
        packTable = table
        requestVocabulary = try CompiledVocabulary(reading)
    }

    /// The version decisions report: the policy's.
    public var version: PolicyVersion { policy.version }

    /// The rule pack for `jurisdiction`, if the engine has one.
    public func rulePack(for jurisdiction: Jurisdiction) -> RulePack? {
        rulePacks.first { $0.jurisdiction == jurisdiction }
    }

    /// Decides `request`.
    public func decide(_ request: Request, id: DecisionID = DecisionID()) -> Decision {
        var decision = policy.decide(request, id: id)
        guard request.jurisdiction != .none else { return decision }
        guard let pack = packTable[request.jurisdiction.position] else {
            decision.reasons.append(
                Reason(
                    kind: .notice, rule: RuleID("jurisdiction.\(request.jurisdiction.rawValue).noRulePack"),
                    clause:
                        "Custodian › Jurisdictions: no rule pack for \(request.jurisdiction.lawName); decided under the policy alone"
                ))
            return decision
        }
        let supplement = pack.supplementWithReasons(request)
        if supplement.forbidden { decision.outcome = .deny }
        if decision.isAllowed {
            var obligations = ObligationSet(decision.obligations)
            obligations.formUnion(supplement.obligations)
            decision.obligations = obligations.obligations
        } else {
            decision.obligations = []
        }
        let packReasons = supplement.reasons
        // A deny carries no obligations, so no reason for one either.
        var cited = decision.isAllowed ? packReasons : packReasons.filter { $0.kind != .obligated }
        if packReasons.isEmpty {
            cited.append(
                Reason(
                    kind: .notice, rule: RuleID("jurisdiction.\(request.jurisdiction.rawValue).packApplied"),
                    clause:
                        "Custodian › Jurisdictions: decided under the \(request.jurisdiction.lawName) rule pack too; none of its rules applies to this request"
                ))
        }
        decision.reasons = CompiledPolicy.canonicalOrder(decision.reasons + cited)
        return decision
    }

    /// The outcome and obligations of `request`, without reasons and without allocating: the
    /// same answer as ``decide(_:id:)``, for hot paths.
    public func check(_ request: Request) -> Verdict {
        var verdict = policy.check(request)
        // A pack never allows, so a deny of the policy stands without it.
        guard verdict.isAllowed, request.jurisdiction != .none, let pack = packTable[request.jurisdiction.position] else {
            return verdict
        }
        let supplement = pack.supplementOfAllowed(request)
        if supplement.forbidden { return Verdict(outcome: .deny, obligations: []) }
        verdict.obligations.formUnion(supplement.obligations)
        return verdict
    }
}

extension Jurisdiction {
    /// The case's position in ``allCases``.
    @inline(__always) var position: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
