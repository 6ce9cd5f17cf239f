import Custodian
import CustodianPolicyFiles

/// A policy of a vocabulary of its own, for measuring the engine at a width other than the Hero
/// Platform's: `categories` categories in groups of 20, `facts` facts, `obligations` obligations,
/// and 1,000 rules over 50 purposes and 10 recipients whose conditions and obligations name them,
/// with 10,000 requests over it. A fixed pseudo-random sequence makes every run measure the same
/// policy and requests.
package enum SyntheticVocabularyPolicy {
    package static func make(categories: Int = 500, facts: Int = 200, obligations: Int = 100) throws -> (
        policy: CompiledPolicy, requests: [Request]
    ) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let categoryIDs = (0..<categories).map { Category(rawValue: "bg\($0 / 20).c\($0)")! }
        let factIDs = (0..<facts).map { Fact(rawValue: "bf\($0)")! }
        let obligationIDs = try (0..<obligations).map { n -> Obligation in
            guard let obligation = Obligation(rawValue: "bo\(n)") else {
                throw PolicyError(field: "obligations", "more obligations than one process can know")
            }
            return obligation
        }
        let purposes = (0..<50).map { Purpose("bp\($0)") }
        let recipients = [Recipient.controller] + (0..<9).map { Recipient("br\($0)") }
        let vocabulary = Vocabulary(
            categories: categoryIDs.map { CategoryDeclaration($0, "c", source: .providedByUser, retention: "r") },
            facts: factIDs.map { FactDeclaration($0, "f") },
            obligations: obligationIDs.map { ObligationDeclaration($0, "o") },
            retention: [RetentionDeclaration("r", days: 365, legalRequirementsExtend: true, destruction: [:], clause: "R")])
        var rules: [Policy.Rule] = []
        for n in 0..<1_000 {
            let effect: Policy.Rule.Effect = n % 10 == 0 ? .forbid : n % 10 == 1 ? .obligate : .permit
            let scope: CategoryScope =
                n % 7 == 0
                ? .only([.group(categoryIDs[next(categories)].group)])
                : .only((0..<3).map { _ in .leaf(categoryIDs[next(categories)]) })
            rules.append(
                Policy.Rule(
                    RuleID("large.\(n)"), effect: effect, clause: "Large › \(n)",
                    actions: [[Action.collect, .use], [.share], [.use], [.retain]][n % 4],
                    recipients: n % 4 == 1 ? [recipients[1 + next(9)]] : [.controller],
                    purposes: n % 5 == 0 ? .any : [purposes[next(50)], purposes[next(50)]],
                    categories: scope, legalBases: n % 3 == 0 ? nil : [.contract, .consent],
                    when: Condition(
                        all: effect == .forbid ? [factIDs[next(facts)], factIDs[next(facts)]] : [factIDs[next(facts)]],
                        none: [factIDs[next(facts)]]),
                    obligations: [obligationIDs[next(obligations)], obligationIDs[next(obligations)]]))
        }
        let policy = Policy(
            id: "synthetic-vocabulary", title: "A policy of a vocabulary of its own",
            controller: .init(id: "c", name: "C", clause: "C"),
            recipients: recipients.map { .init($0, "r", clause: "C") }, purposes: purposes.map { .init($0, "p", clause: "C") },
            rules: rules, vocabulary: vocabulary)
        let requests = (0..<10_000).map { n -> Request in
            let action = [Action.collect, .use, .share, .retain][next(4)]
            let recipient = action == .share ? recipients[1 + next(9)] : .controller
            let leaves: [CategoryReference] = (0..<(1 + next(3))).map { _ in .leaf(categoryIDs[next(categories)]) }
            return Request(
                action, categories: leaves, purpose: purposes[next(50)], recipient: recipient,
                legalBasis: n % 2 == 0 ? .contract : .consent,
                context: Context(facts: FactSet((0..<next(12)).map { _ in factIDs[next(facts)] })))
        }
        return (try CompiledPolicy(policy), requests)
    }

    /// The Hero Platform policy with its vocabulary grown to `categories` categories, `facts`
    /// facts and `obligations` obligations, and a rule for each 20 new categories (a new purpose,
    /// a new fact in its condition, a new obligation): the same rules and requests as the Hero
    /// policy's, decided with bit sets as wide as the larger vocabulary needs — what the width
    /// itself costs.
    package static func widenedHero(categories: Int = 500, facts: Int = 200, obligations: Int = 100) throws
        -> CompiledPolicy
    {
        var policy = try BuiltInPolicy.heroPlatform.policy()
        var vocabulary = policy.vocabulary ?? .heroPlatform
        let extraCategories = (vocabulary.categories.count..<categories).map { Category(rawValue: "wide\($0 / 20).c\($0)")! }
        let extraFacts = (vocabulary.facts.count..<facts).map { Fact(rawValue: "wideFact\($0)")! }
        let extraObligations = try (vocabulary.obligations.count..<obligations).map { n -> Obligation in
            guard let obligation = Obligation(rawValue: "wideObligation\(n)") else {
                throw PolicyError(field: "obligations", "more obligations than one process can know")
            }
            return obligation
        }
        vocabulary.categories += extraCategories.map {
            CategoryDeclaration($0, "c", source: .providedByUser, retention: "hero")
        }
        vocabulary.facts += extraFacts.map { FactDeclaration($0, "f") }
        vocabulary.obligations += extraObligations.map { ObligationDeclaration($0, "o") }
        for start in stride(from: 0, to: extraCategories.count, by: 20) {
            let purpose = Purpose("widePurpose\(start / 20)")
            policy.purposes.append(.init(purpose, "p", clause: "Wide"))
            policy.rules.append(
                Policy.Rule(
                    RuleID("wide.\(start / 20)"), clause: "Wide", actions: [.collect, .use], recipients: [.controller],
                    purposes: [purpose], categories: .only([.group(extraCategories[start].group)]),
                    when: Condition(all: extraFacts.isEmpty ? [] : [extraFacts[(start / 20) % extraFacts.count]]),
                    obligations: extraObligations.isEmpty ? [] : [extraObligations[(start / 20) % extraObligations.count]]))
        }
        policy.vocabulary = vocabulary
        return try CompiledPolicy(policy)
    }
}
