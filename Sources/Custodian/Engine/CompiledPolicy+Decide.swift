extension CompiledPolicy {
    /// The outcome of evaluating one policy against one request, before it is worded as a
    /// ``Decision``.
    struct Evaluation {
        var allowed: Bool
        var obligations: UInt16
        /// Rules that permitted part of the request, with the requested categories each covered.
        var permitted: [(rule: Int32, categories: CategorySet)] = []
        var forbidden: [(rule: Int32, categories: CategorySet)] = []
        var obligated: [Int32] = []
        var reasons: [Reason] = []
    }

    /// Decides `request` under this policy alone.
    ///
    /// Pure and synchronous. Default deny: the request is allowed only when every category it
    /// names is covered by a `permit` rule whose conditions hold, and no `forbid` rule applies.
    /// - Complexity: O(rules in the request's action, recipient and purpose bucket).
    public func decide(_ request: Request, id: DecisionID = DecisionID()) -> Decision {
        let evaluation = evaluate(request)
        return Decision(
            outcome: evaluation.allowed ? .allow : .deny,
            obligations: evaluation.allowed ? Self.obligations(in: evaluation.obligations) : [],
            reasons: evaluation.reasons,
            policyVersion: version,
            id: id)
    }

    static func obligations(in mask: UInt16) -> [Obligation] {
        Obligation.allCases.filter { mask & $0.bit != 0 }.sorted()
    }

    func evaluate(_ request: Request) -> Evaluation {
        let prepared = prepare(request)
        guard !prepared.leaves.isEmpty else {
            return Evaluation(
                allowed: false, obligations: 0,
                reasons: [
                    Reason(
                        kind: .invalidRequest, rule: "request.noCategories",
                        clause: "Custodian › a request names at least one category", missing: ["categories"])
                ])
        }
        var evaluation = Evaluation(allowed: false, obligations: 0)

        // Forbids win over every permit.
        for rule in forbids.rules(for: prepared)
        where rule.categories.intersection(prepared.leaves).rawValue != 0 && rule.holds(for: prepared) {
            evaluation.forbidden.append((rule.index, rule.categories.intersection(prepared.leaves)))
        }

        // Every requested category must be covered by some permit that holds.
        var usable: CategorySet?
        var covered = CategorySet()
        for rule in permits.rules(for: prepared) where rule.holds(for: prepared) {
            var scope = rule.categories
            if rule.usableForPurpose {
                if usable == nil { usable = usableCategories(for: prepared) }
                scope = scope.intersection(usable!)
            }
            let part = scope.intersection(prepared.leaves)
            guard !part.isEmpty else { continue }
            covered.formUnion(part)
            evaluation.obligations |= rule.obligations
            evaluation.permitted.append((rule.index, part))
        }
        let uncovered = prepared.leaves.subtracting(covered)
        evaluation.allowed = evaluation.forbidden.isEmpty && uncovered.isEmpty

        if evaluation.allowed {
            for rule in obligates.rules(for: prepared)
            where rule.categories.intersection(prepared.leaves).rawValue != 0 && rule.holds(for: prepared) {
                evaluation.obligations |= rule.obligations
                evaluation.obligated.append(rule.index)
            }
        }
        evaluation.reasons = reasons(for: evaluation, prepared: prepared, uncovered: uncovered, usable: usable)
        return evaluation
    }

    /// The categories a `use` by the controller for the request's purpose may involve, under the
    /// request's facts (legal basis aside: a share relies on its own).
    func usableCategories(for request: PreparedRequest) -> CategorySet {
        guard let controller = recipientIndex[.controller] else { return [] }
        var usable = CategorySet()
        for rule in permits.rules(action: Action.use.index, recipient: controller, purpose: request.purpose)
        where !rule.usableForPurpose && rule.conditionHolds(for: request) {
            usable.formUnion(rule.categories)
        }
        return usable
    }

    // MARK: - Reasons

    private func reasons(
        for evaluation: Evaluation, prepared: PreparedRequest, uncovered: CategorySet, usable: CategorySet?
    ) -> [Reason] {
        var reasons: [Reason] = []
        let everything = prepared.leaves
        func categories(_ part: CategorySet) -> [Category] { part == everything ? [] : part.categories }

        if evaluation.allowed {
            for (index, part) in evaluation.permitted {
                let rule = rules[Int(index)]
                reasons.append(Reason(kind: .permitted, rule: rule.id, clause: rule.clause, categories: categories(part)))
            }
            for index in evaluation.obligated {
                let rule = rules[Int(index)]
                reasons.append(Reason(kind: .obligated, rule: rule.id, clause: rule.clause))
            }
            return Self.canonicalOrder(reasons)
        }

        for (index, part) in evaluation.forbidden {
            let rule = rules[Int(index)]
            reasons.append(Reason(kind: .forbidden, rule: rule.id, clause: rule.clause, categories: categories(part)))
        }
        guard !uncovered.isEmpty else { return Self.canonicalOrder(reasons) }

        // Rules that would have covered an uncovered category had their conditions held.
        var explained = CategorySet()
        for rule in permits.rules(for: prepared) {
            let part = rule.categories.intersection(uncovered)
            guard !part.isEmpty else { continue }
            let missing = self.missing(for: rule, prepared: prepared, part: part, usable: usable)
            guard !missing.isEmpty else { continue }
            explained.formUnion(part)
            let source = rules[Int(rule.index)]
            reasons.append(
                Reason(
                    kind: .conditionsNotMet, rule: source.id, clause: source.clause, missing: missing,
                    categories: categories(part)))
        }
        let unexplained = uncovered.subtracting(explained)
        if !unexplained.isEmpty {
            reasons.append(
                Reason(
                    kind: .noRule, rule: "default.deny",
                    clause: "Custodian › default deny: no rule of the policy permits this",
                    categories: categories(unexplained)))
        }
        return Self.canonicalOrder(reasons)
    }

    /// What a rule lacked to cover `part` of the request.
    private func missing(for rule: CompiledRule, prepared: PreparedRequest, part: CategorySet, usable: CategorySet?)
        -> [String]
    {
        var missing: [String] = []
        for fact in Fact.allCases {
            if rule.all & fact.bit != 0 && prepared.facts & fact.bit == 0 { missing.append(fact.rawValue) }
        }
        if rule.any != 0 && prepared.facts & rule.any == 0 {
            missing.append("anyOf(" + FactSet(rawValue: rule.any).facts.map(\.rawValue).joined(separator: "|") + ")")
        }
        for fact in Fact.allCases where rule.none & fact.bit != 0 && prepared.facts & fact.bit != 0 {
            missing.append("not " + fact.rawValue)
        }
        if rule.legalBases != CompiledRule.anyLegalBasis && rule.legalBases & prepared.legalBasis == 0 {
            let bases = LegalBasis.allCases.enumerated().filter { rule.legalBases & (1 << UInt8($0.offset)) != 0 }
            missing.append("legalBasis(" + bases.map(\.element.rawValue).joined(separator: "|") + ")")
        }
        if rule.media != 0 && rule.media & prepared.medium == 0 {
            let media = Medium.allCases.enumerated().filter { rule.media & (1 << UInt8($0.offset)) != 0 }
            missing.append("medium(" + media.map(\.element.rawValue).joined(separator: "|") + ")")
        }
        if rule.methods != 0 && rule.methods & prepared.method == 0 {
            let methods = DestructionMethod.allCases.enumerated().filter { rule.methods & (1 << UInt8($0.offset)) != 0 }
            missing.append("destructionMethod(" + methods.map(\.element.rawValue).joined(separator: "|") + ")")
        }
        if missing.isEmpty && rule.usableForPurpose {
            let usable = usable ?? usableCategories(for: prepared)
            if !part.isSubset(of: usable) { missing.append("usableForPurpose") }
        }
        return missing
    }

    /// Reasons sorted by kind and rule, so that the order of rules in a policy never changes a
    /// decision.
    static func canonicalOrder(_ reasons: [Reason]) -> [Reason] {
        let rank: [Reason.Kind: Int] = [
            .notRecorded: 0, .invalidRequest: 0, .forbidden: 1, .conditionsNotMet: 2, .noRule: 3, .permitted: 4, .obligated: 5,
            .notice: 6,
        ]
        return reasons.sorted { a, b in
            if a.kind != b.kind { return rank[a.kind]! < rank[b.kind]! }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.categories.lexicographicallyPrecedes(b.categories)
        }
    }
}
