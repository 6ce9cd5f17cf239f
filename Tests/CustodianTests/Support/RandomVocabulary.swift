import Custodian

/// Random vocabularies: from a handful of categories to a thousand, facts and obligations to
/// hundreds, so that the engine is compiled at every width of its bit sets (64 to 1,024 bits).
enum RandomVocabulary {
    static func make(index: Int, random: inout SeededGenerator) -> Vocabulary {
        // Sizes cycle through the widths: one word, two, four, eight, sixteen.
        let bands = [(1, 60), (65, 128), (129, 250), (257, 500), (513, 1000)]
        let band = bands[index % bands.count]
        let categoryCount = Int.random(in: band.0...band.1, using: &random)
        // At most 600 declared: with the values of valued ones, at most 966 yes-or-no facts.
        let factCount = Int.random(in: 1...min(600, band.1), using: &random)
        let obligationCount = Int.random(in: 1...min(200, band.1), using: &random)
        let groupCount = Int.random(in: 1...max(1, min(40, categoryCount)), using: &random)
        let prefix = "v\(index)"
        return Vocabulary(
            categories: (0..<categoryCount).map { n in
                CategoryDeclaration(
                    Category(rawValue: "\(prefix)g\(n % groupCount).c\(n)")!, "category \(n)",
                    sensitivity: random.pick(Sensitivity.allCases), source: random.pick(CollectionSource.allCases),
                    retention: "kept")
            },
            // Every fifth fact valued, with two to four values (each a yes-or-no fact of its own).
            facts: (0..<factCount).map { n in
                FactDeclaration(
                    Fact(rawValue: "\(prefix)f\(n)")!, "fact \(n)",
                    values: n % 5 == 4 ? (0..<(2 + n % 3)).map { "v\($0)" } : nil)
            },
            obligations: (0..<obligationCount).map { n in
                // Obligations are few in one process (``ObligationSet/capacity``): vocabularies share names.
                ObligationDeclaration(Obligation(rawValue: "sharedObligation\(n)")!, "obligation \(n)")
            },
            retention: [
                RetentionDeclaration("kept", days: 30, legalRequirementsExtend: true, destruction: [:], clause: "R")
            ])
    }
}
