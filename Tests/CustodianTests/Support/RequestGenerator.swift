import Custodian

/// Random requests over the whole vocabulary, plus purposes and recipients the policy does not
/// name. Facts are drawn often enough that most rules' conditions sometimes hold.
struct RequestGenerator {
    var random: SeededGenerator
    var purposes: [Purpose] = Purpose.named + [.marketing, Purpose("research"), Purpose("advertising")]
    var recipients: [Recipient] = Recipient.named + [Recipient("advertiser"), Recipient("dataBroker")]

    let categories: [Category]
    let groups: [Category.Group]
    let requestFacts: [Fact]
    /// How often a request names a jurisdiction (one of the five, picked evenly).
    var jurisdictionChance = 0.1
    /// Where recipients may hold the data (`nil`: no destination named).
    var destinations: [String?] = [nil]

    init(seed: UInt64, vocabulary: Vocabulary = .heroPlatform) {
        random = SeededGenerator(seed: seed)
        categories = vocabulary.categories.map(\.id)
        groups = vocabulary.groups
        requestFacts = vocabulary.booleanFacts.map(\.id)
    }

    mutating func next() -> Request {
        let action = random.pick(Action.allCases)
        var references: [CategoryReference] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            references.append(
                random.chance(0.15) ? .group(random.pick(groups)) : .leaf(random.pick(categories)))
        }
        let purpose = random.pick(purposes)
        let recipient = random.chance(0.4) ? Recipient.controller : random.pick(recipients)
        let legalBasis: LegalBasis? = random.chance(0.1) ? nil : random.pick(LegalBasis.allCases)
        var context = Context(facts: FactSet(random.subset(requestFacts, p: 0.3)))
        if random.chance(0.4) {
            context.consentedPurposes = Set(random.subset(purposes, p: 0.2) + (random.chance(0.5) ? [purpose] : []))
        }
        context.separateConsents = Set(random.subset(SeparateConsent.allCases, p: 0.2))
        context.medium = random.chance(0.3) ? nil : random.pick(Medium.allCases)
        context.destructionMethod = random.chance(0.3) ? nil : random.pick(DestructionMethod.allCases)
        context.destinationCountry = random.pick(destinations)
        let jurisdiction =
            random.chance(jurisdictionChance) ? random.pick(Jurisdiction.allCases.filter { $0 != .none }) : Jurisdiction.none
        return Request(
            action, categories: references, purpose: purpose, recipient: recipient, legalBasis: legalBasis,
            jurisdiction: jurisdiction, context: context)
    }
}
