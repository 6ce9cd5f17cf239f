extension CompiledPolicy {
    /// What evaluating one request found, before it is worded as a ``Decision``: masks only.
    struct Outcome {
        var allowed: Bool
        var forbidden: Bool
        var obligations: UInt16
        var covered: CategorySet
        /// The categories usable for the purpose, when a rule needed them.
        var usable: CategorySet?
    }

    /// Decides `request` under this policy alone.
    ///
    /// Pure and synchronous. Default deny: the request is allowed only when every category it
    /// names is covered by a `permit` rule whose conditions hold, and no `forbid` rule applies.
    /// - Complexity: O(rules in the request's action, recipient and purpose bucket).
    public func decide(_ request: Request, id: DecisionID = DecisionID()) -> Decision {
        let prepared = prepare(request)
        let outcome = evaluate(prepared, stoppingAtForbid: false)
        return Decision(
            outcome: outcome.allowed ? .allow : .deny,
            obligations: outcome.allowed ? ObligationSet(rawValue: outcome.obligations).obligations : [],
            reasons: reasons(for: prepared, outcome),
            policyVersion: version,
            id: id)
    }

    /// The outcome and obligations of `request` under this policy alone, without reasons and
    /// without allocating: the same answer as ``decide(_:id:)``, for hot paths.
    public func check(_ request: Request) -> Verdict {
        let outcome = evaluate(prepare(request), stoppingAtForbid: true)
        return Verdict(
            outcome: outcome.allowed ? .allow : .deny,
            obligations: ObligationSet(rawValue: outcome.allowed ? outcome.obligations : 0))
    }

    /// The heart of the engine: forbids, then coverage of every category by permits, then the
    /// obligations of an allow.
    @inline(__always)
    func evaluate(_ prepared: PreparedRequest, stoppingAtForbid: Bool) -> Outcome {
        var outcome = Outcome(allowed: false, forbidden: false, obligations: 0, covered: [], usable: nil)
        guard !prepared.leaves.isEmpty else { return outcome }
        // Each table is read in its bucket for the request's purpose and, when the policy keeps
        // any-purpose rules apart (many purposes), in its any-purpose bucket: the loops are
        // written twice rather than through a shared closure, which cost 6 % more instructions.
        for rule in forbids.rules(for: prepared)
        where rule.categories.rawValue & prepared.leaves.rawValue != 0 && rule.holds(for: prepared) {
            outcome.forbidden = true
            break
        }
        if !outcome.forbidden && forbids.hasGeneral {
            for rule in forbids.generalRules(for: prepared)
            where rule.categories.rawValue & prepared.leaves.rawValue != 0 && rule.holds(for: prepared) {
                outcome.forbidden = true
                break
            }
        }
        if outcome.forbidden && stoppingAtForbid { return outcome }
        for rule in permits.rules(for: prepared) where rule.holds(for: prepared) {
            var scope = rule.categories
            if rule.usableForPurpose {
                if outcome.usable == nil { outcome.usable = usableCategories(for: prepared) }
                scope = scope.intersection(outcome.usable!)
            }
            let part = scope.intersection(prepared.leaves)
            guard !part.isEmpty else { continue }
            outcome.covered.formUnion(part)
            outcome.obligations |= rule.obligations
        }
        if permits.hasGeneral {
            for rule in permits.generalRules(for: prepared) where rule.holds(for: prepared) {
                var scope = rule.categories
                if rule.usableForPurpose {
                    if outcome.usable == nil { outcome.usable = usableCategories(for: prepared) }
                    scope = scope.intersection(outcome.usable!)
                }
                let part = scope.intersection(prepared.leaves)
                guard !part.isEmpty else { continue }
                outcome.covered.formUnion(part)
                outcome.obligations |= rule.obligations
            }
        }
        outcome.allowed = !outcome.forbidden && prepared.leaves.isSubset(of: outcome.covered)
        if outcome.allowed {
            for rule in obligates.rules(for: prepared)
            where rule.categories.rawValue & prepared.leaves.rawValue != 0 && rule.holds(for: prepared) {
                outcome.obligations |= rule.obligations
            }
            if obligates.hasGeneral {
                for rule in obligates.generalRules(for: prepared)
                where rule.categories.rawValue & prepared.leaves.rawValue != 0 && rule.holds(for: prepared) {
                    outcome.obligations |= rule.obligations
                }
            }
        }
        return outcome
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
        if permits.hasGeneral {
            for rule in permits.generalRules(action: Action.use.index, recipient: controller)
            where !rule.usableForPurpose && rule.conditionHolds(for: request) {
                usable.formUnion(rule.categories)
            }
        }
        return usable
    }

    // MARK: - Reasons

    /// The reasons for an outcome: the rules that permitted, forbade or obligated, or those that
    /// could have permitted with what they lacked.
    private func reasons(for prepared: PreparedRequest, _ outcome: Outcome) -> [Reason] {
        guard !prepared.leaves.isEmpty else {
            return [
                Reason(
                    kind: .invalidRequest, rule: "request.noCategories",
                    clause: "Custodian › a request names at least one category", missing: ["categories"])
            ]
        }
        var reasons: [Reason] = []
        let everything = prepared.leaves
        func categories(_ part: CategorySet) -> [Category] { part == everything ? [] : part.categories }

        if outcome.allowed {
            for rule in permits.allRules(for: prepared) where rule.holds(for: prepared) {
                var scope = rule.categories
                if rule.usableForPurpose { scope = scope.intersection(outcome.usable ?? usableCategories(for: prepared)) }
                let part = scope.intersection(everything)
                guard !part.isEmpty else { continue }
                let source = rules[Int(rule.index)]
                reasons.append(Reason(kind: .permitted, rule: source.id, clause: source.clause, categories: categories(part)))
            }
            for rule in obligates.allRules(for: prepared)
            where rule.categories.rawValue & everything.rawValue != 0 && rule.holds(for: prepared) {
                let source = rules[Int(rule.index)]
                reasons.append(Reason(kind: .obligated, rule: source.id, clause: source.clause))
            }
            return Self.bounded(Self.canonicalOrder(reasons))
        }

        for rule in forbids.allRules(for: prepared)
        where rule.categories.rawValue & everything.rawValue != 0 && rule.holds(for: prepared) {
            let source = rules[Int(rule.index)]
            reasons.append(
                Reason(
                    kind: .forbidden, rule: source.id, clause: source.clause,
                    categories: categories(rule.categories.intersection(everything))))
        }
        let uncovered = everything.subtracting(outcome.covered)
        guard !uncovered.isEmpty else { return Self.bounded(Self.canonicalOrder(reasons)) }

        // Rules that would have covered an uncovered category had their conditions held.
        var explained = CategorySet()
        for rule in permits.allRules(for: prepared) {
            let part = rule.categories.intersection(uncovered)
            guard !part.isEmpty else { continue }
            let missing = self.missing(for: rule, prepared: prepared, part: part, usable: outcome.usable)
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
        return Self.bounded(Self.canonicalOrder(reasons))
    }

    /// What a rule lacked to cover `part` of the request.
    private func missing(for rule: CompiledRule, prepared: PreparedRequest, part: CategorySet, usable: CategorySet?)
        -> [String]
    {
        var missing: [String] = []
        for fact in Fact.ordered {
            if rule.all & fact.bit != 0 && prepared.facts & fact.bit == 0 { missing.append(fact.rawValue) }
        }
        if rule.any != 0 && prepared.facts & rule.any == 0 {
            missing.append("anyOf(" + FactSet(rawValue: rule.any).facts.map(\.rawValue).joined(separator: "|") + ")")
        }
        for fact in Fact.ordered where rule.none & fact.bit != 0 && prepared.facts & fact.bit != 0 {
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

    /// The most reasons of one kind a decision cites.
    public static let maximumReasonsPerKind = 16

    /// At most ``maximumReasonsPerKind`` reasons of each kind — the first by rule identifier, as
    /// sorted — and for each kind cut short a `notice` reason (`reasons.truncated`) saying how
    /// many more rules of that kind applied. Keeps a decision under a policy of thousands of
    /// overlapping rules a few kilobytes, not a megabyte; the outcome and obligations are those
    /// of every rule.
    static func bounded(_ reasons: [Reason]) -> [Reason] {
        guard reasons.count > maximumReasonsPerKind else { return reasons }
        var kept: [Reason] = []
        var notices: [Reason] = []
        var start = 0
        while start < reasons.count {
            let kind = reasons[start].kind
            var end = start
            while end < reasons.count && reasons[end].kind == kind { end += 1 }
            kept.append(contentsOf: reasons[start..<min(end, start + maximumReasonsPerKind)])
            let dropped = end - start - maximumReasonsPerKind
            if dropped > 0 {
                notices.append(
                    Reason(
                        kind: .notice, rule: "reasons.truncated",
                        clause: "Custodian › \(dropped) more \(kind.rawValue) rule(s) not listed: a decision cites at most \(maximumReasonsPerKind) rules of each kind, the first by rule identifier"))
            }
            start = end
        }
        return kept + notices
    }

    /// Reasons sorted by kind and rule, so that the order of rules in a policy never changes a
    /// decision.
    static func canonicalOrder(_ reasons: [Reason]) -> [Reason] {
        func rank(_ kind: Reason.Kind) -> Int {
            switch kind {
            case .notRecorded, .invalidRequest: 0
            case .forbidden: 1
            case .conditionsNotMet: 2
            case .noRule: 3
            case .permitted: 4
            case .obligated: 5
            case .notice: 6
            }
        }
        guard reasons.count > 1 else { return reasons }
        return reasons.sorted { a, b in
            if a.kind != b.kind { return rank(a.kind) < rank(b.kind) }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.categories.lexicographicallyPrecedes(b.categories)
        }
    }
}
