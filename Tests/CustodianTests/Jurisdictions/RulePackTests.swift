import Custodian
import CustodianPolicyFiles
import CustodianWire
import Foundation
import Testing

@Suite("Rule packs: most protective, never an allow of their own, same as the reference")
struct RulePackTests {
    /// Random requests under every jurisdiction, with pack facts and destinations at home,
    /// abroad, in adequate countries and in others.
    static func generator(seed: UInt64) -> RequestGenerator {
        var generator = RequestGenerator(seed: seed, vocabulary: Packs.engine.requestVocabulary.vocabulary)
        generator.jurisdictionChance = 1
        generator.destinations = [nil, nil, "KR", "JP", "ID", "US", "DE", "GB", "BR", "SG", "IN"]
        return generator
    }

    @Test("Packs never turn a policy deny into an allow: 100,000 random requests under the five packs")
    func neverAllowOfTheirOwn() {
        var generator = Self.generator(seed: 18)
        var tightened = 0
        var allowed = 0
        var problems: [String] = []
        for _ in 0..<100_000 {
            let request = generator.next()
            let alone = Hero.policy.decide(request)
            let decision = Packs.engine.decide(request)
            let verdict = Packs.engine.check(request)
            if decision.isAllowed {
                allowed += 1
                if !alone.isAllowed { problems.append("pack allowed what the policy denies: \(request)") }
                if !Set(alone.obligations).isSubset(of: Set(decision.obligations)) {
                    problems.append("pack dropped an obligation of the policy: \(request)")
                }
            } else {
                #expect(decision.obligations.isEmpty)
            }
            if alone.isAllowed && !decision.isAllowed { tightened += 1 }
            if verdict.isAllowed != decision.isAllowed || Set(verdict.obligations.obligations) != Set(decision.obligations) {
                problems.append("check and decide disagree: \(request)")
            }
            if problems.count >= 5 { break }
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // The packs must actually deny things the policy allows, and leave allows standing.
        #expect(tightened > 1_000, "the packs denied only \(tightened) of the policy's allows")
        #expect(allowed > 1_000, "only \(allowed) allowed")
    }

    @Test("The engine with packs agrees with the reference evaluator: 50,000 requests, every jurisdiction")
    func differential() {
        let policyReference = ReferenceEvaluator(policy: Hero.policy.policy)
        let packReferences = Dictionary(
            uniqueKeysWithValues: Packs.engine.rulePacks.map { ($0.jurisdiction, ReferenceEvaluator(policy: $0.compiled.policy)) })
        #expect(packReferences.count == 5)
        var generator = Self.generator(seed: 2027)
        var disagreements: [String] = []
        var forbiddenByPacks = 0
        for _ in 0..<50_000 {
            let request = generator.next()
            var expected = policyReference.evaluate(request)
            if let pack = packReferences[request.jurisdiction] {
                let supplement = pack.evaluateAsPack(request)
                if supplement.forbidden {
                    if expected.allowed { forbiddenByPacks += 1 }
                    expected = .init(allowed: false, obligations: [])
                } else if expected.allowed {
                    expected.obligations.formUnion(supplement.obligations)
                }
            }
            let decision = Packs.engine.decide(request)
            let got = ReferenceEvaluator.Verdict(
                allowed: decision.isAllowed, obligations: Set(decision.obligations.map(\.rawValue)))
            if got != expected && disagreements.count < 5 {
                disagreements.append("\(request): engine \(got), reference \(expected)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(forbiddenByPacks > 500, "packs forbade only \(forbiddenByPacks) allows")
    }

    @Test("Each built-in pack lints clean, cites an article in every rule, and encodes canonically")
    func builtInPacks() throws {
        let documents = try BuiltInPolicy.rulePackDocuments()
        #expect(Set(documents.compactMap(\.pack?.jurisdiction)) == [.eu, .kr, .jp, .id, .us])
        let laws = ["GDPR Art. ", "PIPA Art. ", "APPI Art. ", "UU PDP Art. ", "45 CFR 16"]
        for (builtIn, document) in zip(BuiltInPolicy.rulePacks, documents) {
            #expect(PolicyLinter().lint(builtIn.text, file: builtIn.name).isEmpty, "\(builtIn.name)")
            #expect(!(document.pack?.unmodelled.isEmpty ?? true), "\(builtIn.name) says what it leaves out")
            #expect(document.rules.count >= 6)
            for rule in document.rules {
                #expect(laws.contains { rule.clause.hasPrefix($0) }, "\(rule.id): '\(rule.clause)' cites no article")
                #expect(rule.quote != nil, "\(rule.id) quotes the law")
            }
            #expect(try CompiledPolicy.canonicalEncoding(of: document) == CompiledPolicy.foundationEncoding(of: document))
        }
    }

    @Test("A pack serves a policy of its own vocabulary: the clinic's diagnosis to a specialist under PIPA")
    func packForAnotherVocabulary() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/Clinic/clinic.custodian.yaml")
        let clinic = try PolicyFile.compile(contentsOf: url)
        let engine = try PolicyEngine(policy: clinic, rulePacks: BuiltInPolicy.rulePackDocuments())
        // The clinic's own fact and the packs' both read.
        #expect(engine.requestVocabulary.fact(named: "referralOnFile") != nil)
        #expect(engine.requestVocabulary.fact(named: "consentNoticeGiven") != nil)
        let vocabulary = WireVocabulary(engine.requestVocabulary)
        let json = #"{"action":"share","subject":"p1","categories":["health.diagnosis"],"purpose":"referral","recipient":"specialist","legalBasis":"contract","context":{"referralOnFile":true,"urgency":"urgent"}}"#
        var request = try RequestReader.read(Substring(json), vocabulary: vocabulary)
        #expect(engine.decide(request).isAllowed)
        request.jurisdiction = .kr
        let underPIPA = engine.decide(request)
        #expect(!underPIPA.isAllowed)
        #expect(underPIPA.reasons.contains { $0.clause == "PIPA Art. 17(1)" })
        request.context.separateConsents = [.thirdPartyProvision]
        request.context.facts.insert(try #require(engine.requestVocabulary.fact(named: "consentNoticeGiven")))
        #expect(engine.decide(request).isAllowed)
    }

    @Test("What a rule pack cannot be is a compile error naming the rule")
    func packErrors() throws {
        let base = try BuiltInPolicy.koreaPack.policy()
        var permitting = base
        permitting.rules[0].effect = .permit
        #expect(throws: PolicyError.self) { try RulePack(permitting, for: .heroPlatform) }
        var categorised = base
        categorised.rules[0].categories = .only([.leaf(.contactEmail)])
        #expect(throws: PolicyError.self) { try RulePack(categorised, for: .heroPlatform) }
        var notAPack = base
        notAPack.pack = nil
        #expect(throws: PolicyError.self) { try RulePack(notAPack, for: .heroPlatform) }
        #expect(throws: PolicyError.self) { try PolicyEngine(policy: Hero.policy, rulePacks: [base, base]) }
        // A policy that declares a pack's fact with values of its own conflicts with the pack.
        var vocabulary = Vocabulary.heroPlatform
        vocabulary.facts.append(FactDeclaration(Fact(rawValue: "optionalItem")!, "which item", values: ["a", "b"]))
        #expect(throws: PolicyError.self) { try RulePack(base, for: vocabulary) }
    }

    @Test("A request naming an unknown jurisdiction is an error naming it")
    func unknownJurisdiction() {
        let json = #"{"action":"collect","subject":"u","categories":["contact.email"],"purpose":"support","jurisdiction":"FR"}"#
        #expect {
            _ = try RequestReader.read(Substring(json), vocabulary: Packs.vocabulary)
        } throws: { error in
            "\(error)".contains("'FR'")
        }
    }

    @Test("An engine without packs still says a jurisdiction's request was decided under the policy alone")
    func noPackNotice() {
        let request = Packs.request(
            #"{"action":"collect","subject":"u","categories":["contact.email"],"purpose":"serviceAccess"}"#, under: .kr)
        #expect(Hero.engine.decide(request).reasons.contains { $0.rule == "jurisdiction.KR.noRulePack" })
        #expect(!Packs.engine.decide(request).reasons.contains { $0.rule == "jurisdiction.KR.noRulePack" })
        #expect(Packs.engine.decide(request).reasons.contains { $0.rule == "jurisdiction.KR.packApplied" })
    }

    @Test("'except' selects every recipient but those listed, other recipients included, and round-trips")
    func exceptSelection() throws {
        let selection = Selection<Recipient>.except([.controller, .user])
        #expect(selection.contains(Recipient("advertiser")))
        #expect(selection.contains(.specialist))
        #expect(!selection.contains(.user))
        let data = try JSONEncoder().encode(selection)
        #expect(String(decoding: data, as: UTF8.self) == #"{"except":["controller","user"]}"#)
        #expect(try JSONDecoder().decode(Selection<Recipient>.self, from: data) == selection)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Selection<Recipient>.self, from: Data(#"{"exept":["user"]}"#.utf8))
        }
    }
}
