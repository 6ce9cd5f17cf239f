/// What the policy says about one category of personal information.
public struct CategoryDescriptor: Sendable, Hashable {
    /// The category's name in the policy (`Credentials`).
    public var name: String
    /// The clause of the policy that describes it.
    public var clause: String
    /// The purposes the policy states for it.
    public var purposes: [Purpose]
    /// The legal bases the policy's text grounds its collection and use in; empty when the text
    /// names none (the Hero policy names none for any category: the policy then accepts any
    /// basis, or none — as under Japan's APPI — and a jurisdiction's rule pack adds what its law
    /// requires).
    public var legalBases: [LegalBasis]
    public var retention: RetentionRule
    /// The sensitivity of the most sensitive field.
    public var sensitivity: Sensitivity { fields.map(\.sensitivity).max() ?? .personal }
    public var source: CollectionSource
    public var fields: [FieldDescriptor]

    public init(
        name: String, clause: String, purposes: [Purpose], legalBases: [LegalBasis],
        retention: RetentionRule = .hero, source: CollectionSource, fields: [FieldDescriptor]
    ) {
        self.name = name
        self.clause = clause
        self.purposes = purposes
        self.legalBases = legalBases
        self.retention = retention
        self.source = source
        self.fields = fields
    }

    /// Every leaf category of the fields.
    public var categories: CategorySet { CategorySet(fields.map(\.category)) }
}

/// What the policy says about one field of a category.
public struct FieldDescriptor: Sendable, Hashable {
    public var category: Category
    public var sensitivity: Sensitivity
    public var source: CollectionSource

    public init(_ category: Category, _ sensitivity: Sensitivity = .personal, source: CollectionSource) {
        self.category = category
        self.sensitivity = sensitivity
        self.source = source
    }
}
