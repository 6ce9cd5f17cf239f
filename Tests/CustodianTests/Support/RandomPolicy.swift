import Custodian

/// Random policies over the vocabulary: every effect, selection, category scope and condition
/// part, so that the differential test exercises the compiler beyond the Hero policy's shapes.
enum RandomPolicy {
    static func make(rules count: Int, random: inout SeededGenerator, vocabulary: Vocabulary? = nil) -> Policy {
        let words = vocabulary ?? .heroPlatform
        let leaves = words.categories.map(\.id)
        let groups = words.groups
        let facts = words.booleanFacts.map(\.id) + Fact.derived
        let obligations = words.obligations.map(\.id)
        // Conditions name a handful of facts whatever the vocabulary's size.
        let factShare = min(0.06, 2.0 / Double(facts.count))
        let purposes = Purpose.named + [.marketing]
        let recipients = Recipient.named
        var rules: [Policy.Rule] = []
        for n in 0..<count {
            let effect = random.pick([Policy.Rule.Effect.permit, .permit, .permit, .forbid, .obligate])
            var categories: CategoryScope
            switch Int.random(in: 0..<4, using: &random) {
            case 0: categories = .any
            case 1 where effect == .permit: categories = .usableForPurpose
            default:
                categories = .only(
                    (0..<Int.random(in: 1...3, using: &random)).map { _ in
                        random.chance(0.3) ? .group(random.pick(groups)) : .leaf(random.pick(leaves))
                    })
            }
            var actions = random.subset(Action.allCases, p: 0.35)
            if actions.isEmpty { actions = [random.pick(Action.allCases)] }
            if case .usableForPurpose = categories { actions.removeAll { $0 == .collect || $0 == .use } }
            if actions.isEmpty { actions = [.share] }
            let rule = Policy.Rule(
                RuleID("random.\(n)"), effect: effect, clause: "Random › \(n)", actions: actions,
                recipients: random.chance(0.3) ? .any : .only(random.subset(recipients, p: 0.25) + [random.pick(recipients)]),
                purposes: random.chance(0.3) ? .any : .only(random.subset(purposes, p: 0.2) + [random.pick(purposes)]),
                categories: categories,
                legalBases: random.chance(0.5) ? nil : random.subset(LegalBasis.allCases, p: 0.5),
                when: Condition(
                    all: random.subset(facts, p: factShare), any: random.subset(facts, p: factShare * 5 / 6),
                    none: random.subset(facts, p: factShare * 5 / 6), medium: random.subset(Medium.allCases, p: 0.15),
                    destructionMethod: random.subset(DestructionMethod.allCases, p: 0.1)),
                obligations: random.subset(obligations, p: min(0.15, 3.0 / Double(max(obligations.count, 1)))))
            rules.append(rule)
        }
        return Policy(
            id: "random", title: "Random policy", controller: .init(id: "c", name: "C", clause: "C"),
            recipients: recipients.map { .init($0, $0.rawValue, clause: "C") },
            purposes: purposes.map { .init($0, $0.rawValue, clause: "C") }, rules: rules, vocabulary: vocabulary)
    }
}
