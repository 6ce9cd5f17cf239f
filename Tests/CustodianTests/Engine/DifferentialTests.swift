import Custodian
import Testing

@Suite("The engine agrees with a naive reference evaluator")
struct DifferentialTests {
    @Test("Hero policy: 100,000 seeded random requests, no disagreement")
    func heroPolicy() {
        let reference = ReferenceEvaluator(policy: Hero.policy.policy)
        var generator = RequestGenerator(seed: 2026)
        var disagreements: [String] = []
        var allowed = 0
        for _ in 0..<100_000 {
            let request = generator.next()
            let decision = Hero.policy.decide(request)
            let expected = reference.evaluate(request)
            if decision.isAllowed { allowed += 1 }
            let got = ReferenceEvaluator.Verdict(
                allowed: decision.isAllowed, obligations: Set(decision.obligations.map(\.rawValue)))
            if got != expected && disagreements.count < 5 {
                disagreements.append("\(request): engine \(got), reference \(expected)")
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        // The mix must exercise both sides, or agreement would mean little.
        #expect(allowed > 5_000 && allowed < 95_000, "allowed \(allowed) of 100,000")
    }

    @Test("Random policies: 50 policies × 2,000 requests, no disagreement")
    func randomPolicies() throws {
        var random = SeededGenerator(seed: 7)
        var disagreements: [String] = []
        var allowed = 0
        for p in 0..<50 {
            let policy = RandomPolicy.make(rules: 5 + p * 4, random: &random)
            let compiled = try CompiledPolicy(policy)
            let reference = ReferenceEvaluator(policy: policy)
            var generator = RequestGenerator(seed: UInt64(1000 + p))
            for _ in 0..<2_000 {
                let request = generator.next()
                let decision = compiled.decide(request)
                if decision.isAllowed { allowed += 1 }
                let got = ReferenceEvaluator.Verdict(
                    allowed: decision.isAllowed, obligations: Set(decision.obligations.map(\.rawValue)))
                let expected = reference.evaluate(request)
                if got != expected && disagreements.count < 5 {
                    disagreements.append("policy \(p), \(request): engine \(got), reference \(expected)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(allowed > 1_000, "allowed \(allowed) of 100,000")
    }

    @Test("Random policies of 5,000 more purposes, any-purpose rules kept apart: 3 policies × 1,000 requests, no disagreement")
    func manyPurposes() throws {
        var random = SeededGenerator(seed: 11)
        var disagreements: [String] = []
        var allowed = 0
        for p in 0..<3 {
            var policy = RandomPolicy.make(rules: 100 + p * 50, random: &random)
            policy.purposes += (0..<5_000).map { .init(Purpose("extra\($0)"), "extra", clause: "C") }
            let compiled = try CompiledPolicy(policy)
            let apart = compiled.keepsAnyPurposeRulesApart
            #expect(apart, "policy \(p) copied its any-purpose rules into every purpose")
            let reference = ReferenceEvaluator(policy: policy)
            var generator = RequestGenerator(seed: UInt64(5000 + p))
            for _ in 0..<1_000 {
                let request = generator.next()
                let decision = compiled.decide(request)
                let verdict = compiled.check(request)
                if decision.isAllowed { allowed += 1 }
                let got = ReferenceEvaluator.Verdict(
                    allowed: decision.isAllowed, obligations: Set(decision.obligations.map(\.rawValue)))
                let expected = reference.evaluate(request)
                if (got != expected || verdict.isAllowed != decision.isAllowed) && disagreements.count < 5 {
                    disagreements.append("policy \(p), \(request): engine \(got), reference \(expected)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(allowed > 50, "allowed \(allowed) of 3,000")
    }

    @Test("Random vocabularies: 50 vocabularies of up to 1,000 categories, each with a random policy × 2,000 requests, no disagreement")
    func randomVocabularies() throws {
        var random = SeededGenerator(seed: 14)
        var disagreements: [String] = []
        var allowed = 0
        var widths = Set<Int>()
        for v in 0..<50 {
            let vocabulary = RandomVocabulary.make(index: v, random: &random)
            let policy = RandomPolicy.make(rules: 20 + v * 3, random: &random, vocabulary: vocabulary)
            let compiled = try CompiledPolicy(policy)
            widths.insert(max(vocabulary.categories.count, vocabulary.facts.count + Fact.derived.count))
            let reference = ReferenceEvaluator(policy: policy)
            var generator = RequestGenerator(seed: UInt64(9000 + v), vocabulary: vocabulary)
            for _ in 0..<2_000 {
                let request = generator.next()
                let decision = compiled.decide(request)
                let verdict = compiled.check(request)
                if decision.isAllowed { allowed += 1 }
                let got = ReferenceEvaluator.Verdict(
                    allowed: decision.isAllowed, obligations: Set(decision.obligations.map(\.rawValue)))
                let expected = reference.evaluate(request)
                let checked = verdict.isAllowed == decision.isAllowed && verdict.obligations.obligations == decision.obligations
                if (got != expected || !checked) && disagreements.count < 5 {
                    disagreements.append("vocabulary \(v), \(request): engine \(got), reference \(expected)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(allowed > 1_000, "allowed \(allowed) of 100,000")
        // Every width of the engine's bit sets was compiled.
        #expect(widths.contains { $0 <= 64 } && widths.contains { $0 > 512 })
    }
}
