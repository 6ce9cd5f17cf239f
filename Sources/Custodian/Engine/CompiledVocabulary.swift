/// A policy's ``Vocabulary`` compiled to dense indices: the positions the engine's bit sets use,
/// and the lookups that read a request's identifiers without hashing.
///
/// Categories keep the order the vocabulary declares them in (decisions and log records list
/// categories in that order); facts are the engine's ``Fact/derived`` facts followed by the
/// declared ones; obligations follow their declaration.
public struct CompiledVocabulary: Sendable {
    /// The vocabulary as declared.
    public let vocabulary: Vocabulary
    /// The leaf categories, in declaration order.
    public let categories: [Category]
    /// The groups of the categories, in the order of their first leaf.
    public let groups: [Category.Group]
    /// The facts conditions may name: derived, then declared.
    public let facts: [Fact]
    /// The obligations rules may impose.
    public let obligations: [Obligation]

    /// Local index by process-wide number; -1 when the vocabulary does not declare it.
    let categoryIndex: [Int32]
    let groupIndex: [Int32]
    let factIndex: [Int32]
    let obligationIndex: [Int32]
    /// The local leaf indices of each local group.
    let groupLeaves: [[Int]]
    /// The words of the engine's bit sets: enough for the largest of the three dimensions.
    let words: Int

    /// The width of the engine's bit sets for this vocabulary, in bits (64 to 1,024).
    public var width: Int { words * 64 }
    private let referencesByName: [String: CategoryReference]
    /// The valued facts by name: each value's yes-or-no fact.
    public let valuedFacts: [String: [String: Fact]]
    private let factsByName: [String: Fact]
    private let obligationDescriptions: [Obligation: String]

    /// The most categories or facts (derived ones too) a vocabulary may hold; obligations are bounded by ``ObligationSet/capacity``.
    public static let maximumSize = 1024

    /// Compiles `vocabulary`.
    /// - Throws: ``PolicyError`` for a repeated declaration, a category without a known retention
    ///   rule, or a vocabulary beyond ``maximumSize``.
    public init(_ vocabulary: Vocabulary) throws {
        self.vocabulary = vocabulary
        var categories: [Category] = []
        var seenCategories = Set<Category>()
        for (position, declaration) in vocabulary.categories.enumerated() {
            guard seenCategories.insert(declaration.id).inserted else {
                throw PolicyError(
                    field: "vocabulary.categories[\(position)].id", "the category '\(declaration.id)' is declared twice")
            }
            if let retention = declaration.retention, !vocabulary.retention.contains(where: { $0.id == retention }) {
                throw PolicyError(
                    field: "vocabulary.categories[\(position)].retention",
                    "no retention rule '\(retention)' is declared (under vocabulary.retention)")
            }
            categories.append(declaration.id)
        }
        var facts = Fact.derived
        var seenFacts = Set(facts)
        var valued: [String: [String: Fact]] = [:]
        for (position, declaration) in vocabulary.facts.enumerated() {
            for fact in declaration.booleanFacts.map(\.id) {
                guard seenFacts.insert(fact).inserted else {
                    throw PolicyError(
                        field: "vocabulary.facts[\(position)].id",
                        Fact.derived.contains(fact)
                            ? "'\(fact)' is derived by the engine from the request and cannot be declared"
                            : "the fact '\(fact)' is declared twice")
                }
                facts.append(fact)
            }
            if let values = declaration.values {
                guard valued[declaration.id.rawValue] == nil, !seenFacts.contains(declaration.id) else {
                    throw PolicyError(field: "vocabulary.facts[\(position)].id", "the fact '\(declaration.id)' is declared twice")
                }
                valued[declaration.id.rawValue] = Dictionary(
                    uniqueKeysWithValues: zip(values, declaration.booleanFacts.map(\.id)).map { ($0, $1) })
            }
        }
        valuedFacts = valued
        var obligations: [Obligation] = []
        for (position, declaration) in vocabulary.obligations.enumerated() {
            guard !obligations.contains(declaration.id) else {
                throw PolicyError(
                    field: "vocabulary.obligations[\(position)].id", "the obligation '\(declaration.id)' is declared twice")
            }
            obligations.append(declaration.id)
        }
        var seenRetention = Set<String>()
        for (position, declaration) in vocabulary.retention.enumerated() where !seenRetention.insert(declaration.id).inserted {
            throw PolicyError(field: "vocabulary.retention[\(position)].id", "the retention rule '\(declaration.id)' is declared twice")
        }
        for (name, count, limit) in [
            ("categories", categories.count, Self.maximumSize), ("facts", facts.count, Self.maximumSize),
            ("obligations", obligations.count, ObligationSet.capacity),
        ] where count > limit {
            throw PolicyError(
                field: "vocabulary.\(name)", "declares \(count) \(name); a vocabulary holds at most \(limit)")
        }
        self.categories = categories
        self.facts = facts
        self.obligations = obligations
        groups = vocabulary.groups

        func table(_ numbers: [UInt32]) -> [Int32] {
            var table = [Int32](repeating: -1, count: Int(numbers.max().map { $0 + 1 } ?? 0))
            for (local, number) in numbers.enumerated() { table[Int(number)] = Int32(local) }
            return table
        }
        categoryIndex = table(categories.map(\.number))
        groupIndex = table(groups.map(\.number))
        factIndex = table(facts.map(\.number))
        obligationIndex = table(obligations.map(\.number))
        var groupLeaves = [[Int]](repeating: [], count: groups.count)
        for (local, category) in categories.enumerated() {
            groupLeaves[Int(groupIndex[Int(category.group.number)])].append(local)
        }
        self.groupLeaves = groupLeaves
        let largest = max(categories.count, facts.count, obligations.count, 1)
        words = [1, 2, 4, 8, 16].first { $0 * 64 >= largest }!

        var references: [String: CategoryReference] = [:]
        for category in categories { references[category.rawValue] = .leaf(category) }
        for group in groups { references[group.rawValue] = .group(group) }
        referencesByName = references
        factsByName = Dictionary(uniqueKeysWithValues: facts.map { ($0.rawValue, $0) })
        obligationDescriptions = Dictionary(
            vocabulary.obligations.map { ($0.id, $0.description) }, uniquingKeysWith: { first, _ in first })
    }

    /// The category or group the vocabulary declares under `identifier`, if any; never interns.
    public func reference(named identifier: String) -> CategoryReference? { referencesByName[identifier] }

    /// The fact the vocabulary knows under `identifier` (declared or derived), if any.
    public func fact(named identifier: String) -> Fact? { factsByName[identifier] }

    /// Whether the vocabulary declares `category`.
    public func declares(_ category: Category) -> Bool { index(of: category) != nil }

    /// Whether the vocabulary declares `group` (it has a category in it).
    public func declares(_ group: Category.Group) -> Bool { index(of: group) != nil }

    /// Whether the vocabulary knows `fact` (declared or derived).
    public func declares(_ fact: Fact) -> Bool { index(of: fact) != nil }

    /// Whether the vocabulary declares `obligation`.
    public func declares(_ obligation: Obligation) -> Bool { index(of: obligation) != nil }

    /// What `obligation` asks of the caller, as its declaration words it.
    public func description(of obligation: Obligation) -> String? { obligationDescriptions[obligation] }

    /// The leaves `reference` stands for, in declaration order; empty when it is not declared.
    public func leaves(of reference: CategoryReference) -> [Category] {
        switch reference {
        case .leaf(let category): declares(category) ? [category] : []
        case .group(let group): index(of: group).map { groupLeaves[$0].map { categories[$0] } } ?? []
        }
    }

    /// The leaf categories a request names, groups expanded, in declaration order; categories the
    /// vocabulary does not declare are left out.
    public func leafCategories(of references: [CategoryReference]) -> [Category] {
        var local = Set<Int>()
        for reference in references {
            switch reference {
            case .leaf(let category): if let index = index(of: category) { local.insert(index) }
            case .group(let group): if let index = index(of: group) { local.formUnion(groupLeaves[index]) }
            }
        }
        return local.sorted().map { categories[$0] }
    }

    @inline(__always) func index(of category: Category) -> Int? { Self.lookup(categoryIndex, category.number) }
    @inline(__always) func index(of group: Category.Group) -> Int? { Self.lookup(groupIndex, group.number) }
    @inline(__always) func index(of fact: Fact) -> Int? { Self.lookup(factIndex, fact.number) }
    @inline(__always) func index(of obligation: Obligation) -> Int? { Self.lookup(obligationIndex, obligation.number) }

    @inline(__always)
    private static func lookup(_ table: [Int32], _ number: UInt32) -> Int? {
        guard Int(number) < table.count else { return nil }
        let local = table[Int(number)]
        return local < 0 ? nil : Int(local)
    }
}

extension CompiledVocabulary {
    /// The Hero Platform vocabulary, compiled.
    public static let heroPlatform: CompiledVocabulary = {
        do { return try CompiledVocabulary(.heroPlatform) } catch { preconditionFailure("the built-in vocabulary: \(error)") }
    }()
}
