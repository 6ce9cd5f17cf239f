extension CompiledPolicy {
    /// Decides `request` under this policy alone.
    ///
    /// Pure and synchronous. Default deny: the request is allowed only when every category it
    /// names is covered by a `permit` rule whose conditions hold, and no `forbid` rule applies. A
    /// request that names a category the policy's vocabulary does not declare is denied as
    /// invalid (`request.unknownCategory`).
    /// - Complexity: O(rules in the request's action, recipient and purpose bucket).
    public func decide(_ request: Request, id: DecisionID = DecisionID()) -> Decision {
        evaluator.decide(request, version: version, id: id)
    }

    /// The outcome and obligations of `request` under this policy alone, without reasons and
    /// without allocating: the same answer as ``decide(_:id:)``, for hot paths.
    public func check(_ request: Request) -> Verdict { evaluator.check(request) }

    /// The leaf categories `request` names, groups expanded through this policy's vocabulary, in
    /// the vocabulary's order (what a decision record lists).
    public func leafCategories(of request: Request) -> [Category] { vocabulary.leafCategories(of: request.categories) }

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
