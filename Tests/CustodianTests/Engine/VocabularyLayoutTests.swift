import Custodian
import Testing

/// The engine reads an enumeration's case position from its bits; these hold that to the
/// declaration order, so a change of layout would fail here rather than decide wrongly.
@Suite("Dense indices of the vocabulary")
struct VocabularyLayoutTests {
    @Test("Category indices are declaration positions, and round-trip")
    func categories() {
        for (position, category) in Category.allCases.enumerated() {
            #expect(category.index == position)
            #expect(Category.at(position) == category)
        }
        #expect(Category.allCases.count <= 64)
        #expect(CategorySet.all.categories == Category.allCases)
    }

    @Test("Fact, obligation, legal basis, medium and method bits are distinct single bits")
    func bits() {
        func distinctSingleBits<T: BinaryInteger>(_ bits: [T]) -> Bool {
            Set(bits.map { Int($0) }).count == bits.count && bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 }
        }
        #expect(distinctSingleBits(Fact.allCases.map(\.bit)))
        #expect(distinctSingleBits(Obligation.allCases.map(\.bit)))
        #expect(distinctSingleBits(LegalBasis.allCases.map(\.bit)))
        #expect(distinctSingleBits(Medium.allCases.map(\.bit)))
        #expect(distinctSingleBits(DestructionMethod.allCases.map(\.bit)))
        #expect(Fact.allCases.enumerated().allSatisfy { $0.element.bit == 1 << UInt32($0.offset) })
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
