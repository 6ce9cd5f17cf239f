/// What a policy's words mean: the categories of personal information it governs, the facts its
/// conditions name, the obligations it imposes, its retention rules, and the model types that
/// group its categories the way its text does.
///
/// A vocabulary is part of a policy document (`vocabulary:`), or imported from a shared file so
/// that several policies speak one vocabulary. ``Vocabulary/heroPlatform`` is the vocabulary of
/// the Hero Platform policy and of `VOCABULARY.md`; a policy that declares none uses it.
public struct Vocabulary: Sendable, Hashable, Codable {
    /// Every leaf category, in the order its policy lists them.
    public var categories: [CategoryDeclaration]
    /// The facts requests may state (the engine's own ``Fact/derived`` facts need no declaration).
    public var facts: [FactDeclaration]
    public var obligations: [ObligationDeclaration]
    /// Retention rules, which categories name by identifier.
    public var retention: [RetentionDeclaration]
    /// The model types generated for the vocabulary (`custodian generate-models`).
    public var types: [TypeDeclaration]

    public init(
        categories: [CategoryDeclaration], facts: [FactDeclaration], obligations: [ObligationDeclaration],
        retention: [RetentionDeclaration], types: [TypeDeclaration] = []
    ) {
        self.categories = categories
        self.facts = facts
        self.obligations = obligations
        self.retention = retention
        self.types = types
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case categories, facts, obligations, retention, types }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        categories = try container.decodeIfPresent([CategoryDeclaration].self, forKey: .categories) ?? []
        facts = try container.decodeIfPresent([FactDeclaration].self, forKey: .facts) ?? []
        obligations = try container.decodeIfPresent([ObligationDeclaration].self, forKey: .obligations) ?? []
        retention = try container.decodeIfPresent([RetentionDeclaration].self, forKey: .retention) ?? []
        types = try container.decodeIfPresent([TypeDeclaration].self, forKey: .types) ?? []
    }

    /// This vocabulary's declarations followed by `other`'s: how imported vocabularies and a
    /// document's own declarations combine. A declaration made twice is an error when the
    /// result is compiled.
    public func followed(by other: Vocabulary) -> Vocabulary {
        Vocabulary(
            categories: categories + other.categories, facts: facts + other.facts,
            obligations: obligations + other.obligations, retention: retention + other.retention,
            types: types + other.types)
    }

    /// How many declarations the list named `kind` (`categories`, `facts`, `obligations`,
    /// `retention`, `types`) holds.
    public func count(of kind: String) -> Int {
        switch kind {
        case "categories": categories.count
        case "facts": facts.count
        case "obligations": obligations.count
        case "retention": retention.count
        case "types": types.count
        default: 0
        }
    }

    /// The yes-or-no facts of the vocabulary: its facts, each valued one as one fact per value.
    public var booleanFacts: [FactDeclaration] { facts.flatMap(\.booleanFacts) }

    /// A vocabulary that declares nothing.
    public static let empty = Vocabulary(categories: [], facts: [], obligations: [], retention: [])

    /// The groups of the categories, in the order of their first category.
    public var groups: [Category.Group] {
        var seen = Set<Category.Group>()
        return categories.map(\.id.group).filter { seen.insert($0).inserted }
    }

    /// The declaration of `category`, if any.
    public func declaration(of category: Category) -> CategoryDeclaration? { categories.first { $0.id == category } }

    /// The retention rule named `id`, if declared.
    public func retentionRule(_ id: String) -> RetentionRule? { retention.first { $0.id == id }?.rule }
}

/// One leaf category a vocabulary declares.
public struct CategoryDeclaration: Sendable, Hashable, Codable {
    public var id: Category
    public var description: String
    public var sensitivity: Sensitivity
    public var source: CollectionSource
    /// The identifier of the ``RetentionDeclaration`` that governs it; `nil` when none does (lint
    /// reports a collected category without one).
    public var retention: String?
    /// The name of its static member in generated code (`onlineIPAddress`); by default the
    /// identifier in lower camel case (`contact.email` → `contactEmail`).
    public var swiftName: String?

    public init(
        _ id: Category, _ description: String, sensitivity: Sensitivity = .personal, source: CollectionSource,
        retention: String?, swiftName: String? = nil
    ) {
        self.id = id
        self.description = description
        self.sensitivity = sensitivity
        self.source = source
        self.retention = retention
        self.swiftName = swiftName
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, description, sensitivity, source, retention, swiftName }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Category.self, forKey: .id)
        description = try container.decode(String.self, forKey: .description)
        sensitivity = try container.decodeIfPresent(Sensitivity.self, forKey: .sensitivity) ?? .personal
        source = try container.decode(CollectionSource.self, forKey: .source)
        retention = try container.decodeIfPresent(String.self, forKey: .retention)
        swiftName = try container.decodeIfPresent(String.self, forKey: .swiftName)
    }

    /// The name of its static member in generated code.
    public var memberName: String {
        if let swiftName { return swiftName }
        let parts = id.rawValue.split(separator: ".")
        return String(parts[0]) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}

/// One fact a vocabulary declares: yes-or-no (`referralOnFile`), or valued, with the values it
/// can take (`riskLevel` of `low`, `medium`, `high`).
///
/// A valued fact is one yes-or-no fact per value, named `fact.value` (`riskLevel.high`): what
/// conditions name (`when: {any: [riskLevel.medium, riskLevel.high]}`), and what a request sets
/// when it gives the value (`"riskLevel": "high"` in JSON).
public struct FactDeclaration: Sendable, Hashable, Codable {
    public var id: Fact
    public var description: String
    /// The values of a valued fact (identifiers); `nil` for a yes-or-no fact.
    public var values: [String]?

    public init(_ id: Fact, _ description: String, values: [String]? = nil) {
        self.id = id
        self.description = description
        self.values = values
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, description, values }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Fact.self, forKey: .id)
        description = try container.decode(String.self, forKey: .description)
        values = try container.decodeIfPresent([String].self, forKey: .values)
        if let values {
            guard !values.isEmpty else {
                throw DecodingError.dataCorruptedError(forKey: .values, in: container, debugDescription: "lists no value")
            }
            for value in values where !Identifier.isWellFormed(value) || Fact(rawValue: id.rawValue + "." + value) == nil {
                throw DecodingError.dataCorruptedError(
                    forKey: .values, in: container,
                    debugDescription: "'\(value)' is not a value identifier (letters and digits, starting with a letter)")
            }
        }
    }

    /// The yes-or-no facts it stands for: itself, or one per value (`riskLevel.high`).
    public var booleanFacts: [FactDeclaration] {
        guard let values else { return [self] }
        return values.compactMap { value in
            Fact(rawValue: id.rawValue + "." + value).map {
                FactDeclaration($0, "\(id.rawValue) is \(value): \(description)")
            }
        }
    }
}

/// One obligation a vocabulary declares, with what it asks of the caller.
public struct ObligationDeclaration: Sendable, Hashable, Codable {
    public var id: Obligation
    /// What the obligation asks of the caller, in English (`explain` shows it).
    public var description: String

    public init(_ id: Obligation, _ description: String) {
        self.id = id
        self.description = description
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, description }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Obligation.self, forKey: .id)
        description = try container.decode(String.self, forKey: .description)
    }
}

/// A named retention rule.
public struct RetentionDeclaration: Sendable, Hashable, Codable {
    public var id: String
    /// `whilePurposesRequire`, or a number of days from collection.
    public var days: Int?
    public var legalRequirementsExtend: Bool
    /// The destruction methods by medium.
    public var destruction: [Medium: [DestructionMethod]]
    public var clause: String

    public init(
        _ id: String, days: Int? = nil, legalRequirementsExtend: Bool, destruction: [Medium: [DestructionMethod]],
        clause: String
    ) {
        self.id = id
        self.days = days
        self.legalRequirementsExtend = legalRequirementsExtend
        self.destruction = destruction
        self.clause = clause
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, days, legalRequirementsExtend, destruction, clause }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        days = try container.decodeIfPresent(Int.self, forKey: .days)
        if let days, days < 1 {
            throw DecodingError.dataCorruptedError(forKey: .days, in: container, debugDescription: "a period is at least one day")
        }
        legalRequirementsExtend = try container.decode(Bool.self, forKey: .legalRequirementsExtend)
        let byName = try container.decode([String: [DestructionMethod]].self, forKey: .destruction)
        var destruction: [Medium: [DestructionMethod]] = [:]
        for (name, methods) in byName {
            guard let medium = Medium(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .destruction, in: container, debugDescription: "unknown medium '\(name)' (electronic, paper)")
            }
            destruction[medium] = methods
        }
        self.destruction = destruction
        clause = try container.decode(String.self, forKey: .clause)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(days, forKey: .days)
        try container.encode(legalRequirementsExtend, forKey: .legalRequirementsExtend)
        try container.encode(
            Dictionary(uniqueKeysWithValues: destruction.map { ($0.key.rawValue, $0.value) }), forKey: .destruction)
        try container.encode(clause, forKey: .clause)
    }

    /// The rule as the model carries it.
    public var rule: RetentionRule {
        RetentionRule(
            period: days.map(RetentionRule.Period.days) ?? .whilePurposesRequire,
            legalRequirementsExtend: legalRequirementsExtend, destruction: destruction, clause: clause)
    }
}

/// A model type: a section of the policy that names some categories together and states their
/// purposes (`ContactInformation`).
public struct TypeDeclaration: Sendable, Hashable, Codable {
    /// The Swift type name (`ContactInformation`).
    public var name: String
    /// One sentence for the type's documentation.
    public var summary: String
    public var clause: String
    public var purposes: [Purpose]
    public var legalBases: [LegalBasis]
    public var source: CollectionSource
    /// Its fields: each a category and the Swift property that holds it.
    public var fields: [Field]

    public init(
        _ name: String, summary: String, clause: String, purposes: [Purpose], legalBases: [LegalBasis] = [],
        source: CollectionSource, fields: [Field]
    ) {
        self.name = name
        self.summary = summary
        self.clause = clause
        self.purposes = purposes
        self.legalBases = legalBases
        self.source = source
        self.fields = fields
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, summary, clause, purposes, legalBases, source, fields }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        summary = try container.decode(String.self, forKey: .summary)
        clause = try container.decode(String.self, forKey: .clause)
        purposes = try container.decode([Purpose].self, forKey: .purposes)
        legalBases = try container.decodeIfPresent([LegalBasis].self, forKey: .legalBases) ?? []
        source = try container.decode(CollectionSource.self, forKey: .source)
        fields = try container.decode([Field].self, forKey: .fields)
    }

    /// One field of a model type.
    public struct Field: Sendable, Hashable, Codable {
        public var category: Category
        /// The Swift property name (`email`).
        public var name: String

        public init(_ category: Category, _ name: String) {
            self.category = category
            self.name = name
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case category, name }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            category = try container.decode(Category.self, forKey: .category)
            name = try container.decode(String.self, forKey: .name)
        }
    }
}
