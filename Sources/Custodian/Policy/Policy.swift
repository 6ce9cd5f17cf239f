/// A privacy policy as data: who the controller is, which recipients and purposes it names, and
/// the rules that permit, forbid or add obligations to what is done with personal information.
///
/// A policy is written in YAML or JSON (one schema, read by `CustodianPolicyFiles`) or built in
/// Swift with ``PolicyBuilder``; ``CompiledPolicy`` turns it into indexed tables for the engine.
public struct Policy: Sendable, Hashable, Codable {
    /// The schema this document follows. The only one so far is ``Policy/currentSchema``.
    public var schema: String
    /// A short stable identifier (`hero-platform`).
    public var id: String
    public var title: String
    /// The revision number the controller gives this text of the policy.
    public var revision: Int?
    /// The date the policy takes effect (ISO 8601 date).
    public var effective: String?
    /// Where the policy's text is (a path or an address), which clauses refer to.
    public var source: String?
    public var controller: Controller
    /// The recipients the policy names. Any other recipient is one the policy does not name.
    public var recipients: [Declaration<Recipient>]
    /// The purposes the policy names. Any other purpose is an *other purpose*.
    public var purposes: [Declaration<Purpose>]
    public var rules: [Rule]
    /// The policy's vocabulary: its categories, facts, obligations, retention rules and model
    /// types. `nil` for a policy that declares none, which speaks ``Vocabulary/heroPlatform``.
    public var vocabulary: Vocabulary?
    /// Set when the document is a jurisdiction's rule pack rather than an organisation's policy.
    public var pack: Pack?

    /// The schema identifier of this version of the format.
    public static let currentSchema = "custodian.policy/1"

    public init(
        schema: String = Policy.currentSchema, id: String, title: String, revision: Int? = nil, effective: String? = nil,
        source: String? = nil, controller: Controller, recipients: [Declaration<Recipient>],
        purposes: [Declaration<Purpose>], rules: [Rule], vocabulary: Vocabulary? = nil, pack: Pack? = nil
    ) {
        self.schema = schema
        self.id = id
        self.title = title
        self.revision = revision
        self.effective = effective
        self.source = source
        self.controller = controller
        self.recipients = recipients
        self.purposes = purposes
        self.rules = rules
        self.vocabulary = vocabulary
        self.pack = pack
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schema, id, title, revision, effective, source, controller, recipients, purposes, rules, vocabulary, pack
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schema = try container.decode(String.self, forKey: .schema)
        guard schema == Policy.currentSchema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "unsupported schema '\(schema)' (expected '\(Policy.currentSchema)')")
        }
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        revision = try container.decodeIfPresent(Int.self, forKey: .revision)
        if let revision, revision < 0 {
            throw DecodingError.dataCorruptedError(
                forKey: .revision, in: container, debugDescription: "a revision is a whole number from 0")
        }
        effective = try container.decodeIfPresent(String.self, forKey: .effective)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        controller = try container.decode(Controller.self, forKey: .controller)
        recipients = try container.decode([Declaration<Recipient>].self, forKey: .recipients)
        purposes = try container.decode([Declaration<Purpose>].self, forKey: .purposes)
        rules = try container.decode([Rule].self, forKey: .rules)
        vocabulary = try container.decodeIfPresent(Vocabulary.self, forKey: .vocabulary)
        pack = try container.decodeIfPresent(Pack.self, forKey: .pack)
    }

    /// The data controller.
    public struct Controller: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        public var clause: String

        public init(id: String, name: String, clause: String) {
            self.id = id
            self.name = name
            self.clause = clause
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case id, name, clause }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(String.self, forKey: .id)
            name = try container.decode(String.self, forKey: .name)
            clause = try container.decode(String.self, forKey: .clause)
        }
    }

    /// A recipient or purpose the policy names, with the clause that names it.
    public struct Declaration<ID: Hashable & Sendable & Codable>: Sendable, Hashable, Codable {
        public var id: ID
        public var description: String
        public var clause: String

        public init(_ id: ID, _ description: String, clause: String) {
            self.id = id
            self.description = description
            self.clause = clause
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case id, description, clause }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(ID.self, forKey: .id)
            description = try container.decode(String.self, forKey: .description)
            clause = try container.decode(String.self, forKey: .clause)
        }
    }
}
