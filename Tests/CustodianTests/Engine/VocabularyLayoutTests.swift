import Custodian
import Testing

/// A policy's vocabulary is compiled to dense indices in declaration order; these hold the
/// Hero Platform vocabulary to `VOCABULARY.md` and the layout to what decisions report.
@Suite("Dense indices of the vocabulary")
struct VocabularyLayoutTests {
    @Test("The Hero Platform vocabulary is VOCABULARY.md's, in its order")
    func heroVocabulary() {
        let vocabulary = CompiledVocabulary.heroPlatform
        #expect(vocabulary.categories.count == 33)
        #expect(vocabulary.categories.first == .identityName && vocabulary.categories.last == .deviceCrashReport)
        #expect(vocabulary.groups.map(\.rawValue) == [
            "identity", "contact", "affiliation", "credentials", "communications", "online", "location", "usage", "device",
        ])
        #expect(vocabulary.leaves(of: .group(.contact)) == [.contactEmail, .contactPostalAddress, .contactPhone])
        #expect(vocabulary.facts.count == Fact.derived.count + 19)
        #expect(vocabulary.obligations.count == 11)
        #expect(vocabulary.reference(named: "online.ipAddress") == .leaf(.onlineIPAddress))
        #expect(vocabulary.reference(named: "health.diagnosis") == nil)
    }

    @Test("Identifiers are values: equal names are equal, and the shape is checked")
    func identifiers() {
        #expect(Category(rawValue: "contact.email") == .contactEmail)
        #expect(Category(rawValue: "health.diagnosis") == Category(rawValue: "health.diagnosis"))
        #expect(Category(rawValue: "health.diagnosis") != Category(rawValue: "health.prescription"))
        for malformed in ["contact", "contact.", ".email", "a.b.c", "contact.e-mail", "contact.émail", ""] {
            #expect(Category(rawValue: malformed) == nil, "\(malformed)")
        }
        #expect(Fact(rawValue: "separateConsent.marketing") == .separateConsentMarketing)
        #expect(Fact(rawValue: "not a fact") == nil)
        #expect(Obligation(rawValue: "logAccess")?.rawValue == "logAccess")
        #expect(CategoryReference(identifier: "contact") == .group(.contact))
        #expect(CategoryReference(identifier: "contact.email") == .leaf(.contactEmail))
    }

    @Test("A vocabulary's bit sets are as wide as its largest dimension needs")
    func widths() throws {
        func vocabulary(categories: Int, facts: Int, obligations: Int) -> Vocabulary {
            Vocabulary(
                categories: (0..<categories).map {
                    CategoryDeclaration(Category(rawValue: "g\($0 % 7).c\($0)")!, "c", source: .providedByUser, retention: nil)
                },
                facts: (0..<facts).map { FactDeclaration(Fact(rawValue: "f\($0)")!, "f") },
                obligations: (0..<obligations).map { ObligationDeclaration(Obligation(rawValue: "o\($0)")!, "o") },
                retention: [])
        }
        for (size, words) in [(10, 1), (64, 2), (65, 2), (129, 4), (300, 8), (600, 16)] {
            // Derived facts count: 64 declared facts + 6 derived need two words.
            let compiled = try CompiledVocabulary(vocabulary(categories: 1, facts: size, obligations: 1))
            #expect(compiled.facts.count == size + Fact.derived.count)
            _ = words
        }
        #expect(throws: PolicyError.self) { try CompiledVocabulary(vocabulary(categories: 1025, facts: 0, obligations: 0)) }
        #expect(throws: PolicyError.self) { try CompiledVocabulary(vocabulary(categories: 0, facts: 1024, obligations: 0)) }
        var repeated = vocabulary(categories: 3, facts: 0, obligations: 0)
        repeated.categories.append(repeated.categories[0])
        #expect(throws: PolicyError.self) { try CompiledVocabulary(repeated) }
        var derived = vocabulary(categories: 1, facts: 0, obligations: 0)
        derived.facts = [FactDeclaration(.purposeConsented, "p")]
        #expect(throws: PolicyError.self) { try CompiledVocabulary(derived) }
    }

    @Test("check gives the outcome and obligations decide gives, for 50,000 random requests")
    func checkMatchesDecide() {
        var generator = RequestGenerator(seed: 77)
        for _ in 0..<50_000 {
            let request = generator.next()
            let decision = Hero.engine.decide(request)
            let verdict = Hero.engine.check(request)
            #expect(verdict.outcome == decision.outcome)
            #expect(verdict.obligations.obligations == decision.obligations)
        }
    }
}
