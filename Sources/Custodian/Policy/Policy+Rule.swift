extension Policy {
    /// One rule of a policy, citing the clause of the policy text it comes from.
    ///
    /// A rule applies to a request when the request's action, recipient, purpose and categories
    /// are among the rule's, its legal basis is one the rule accepts, and the rule's
    /// ``Condition`` holds. What it then does depends on its ``Effect``.
    public struct Rule: Sendable, Hashable, Codable {
        public enum Effect: String, Sendable, Hashable, Codable, CaseIterable {
            /// Allows the categories it covers, unless a `forbid` applies.
            case permit
            /// Denies the request whatever else permits it.
            case forbid
            /// Adds its obligations to an allow; never allows anything by itself.
            case obligate
        }

        public var id: RuleID
        public var effect: Effect
        /// Where in the policy text the rule comes from (`Sharing and Disclosure › Specialists`).
        public var clause: String
        /// The sentence of the policy the rule implements, word for word.
        public var quote: String?
        /// How an ambiguity was resolved (the protective reading, and why).
        public var note: String?
        public var actions: [Action]
        public var recipients: Selection<Recipient>
        public var purposes: Selection<Purpose>
        public var categories: CategoryScope
        /// The legal bases the rule accepts; `nil` when the rule does not depend on one.
        public var legalBases: [LegalBasis]?
        public var when: Condition
        public var obligations: [Obligation]

        public init(
            _ id: RuleID, effect: Effect = .permit, clause: String, quote: String? = nil, note: String? = nil,
            actions: [Action], recipients: Selection<Recipient> = [.controller], purposes: Selection<Purpose> = .any,
            categories: CategoryScope = .any, legalBases: [LegalBasis]? = nil, when: Condition = .always,
            obligations: [Obligation] = []
        ) {
            self.id = id
            self.effect = effect
            self.clause = clause
            self.quote = quote
            self.note = note
            self.actions = actions
            self.recipients = recipients
            self.purposes = purposes
            self.categories = categories
            self.legalBases = legalBases
            self.when = when
            self.obligations = obligations
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, effect, clause, quote, note, actions, recipients, purposes, categories, legalBases, when, obligations
        }

        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(RuleID.self, forKey: .id)
            effect = try container.decode(Effect.self, forKey: .effect)
            clause = try container.decode(String.self, forKey: .clause)
            quote = try container.decodeIfPresent(String.self, forKey: .quote)
            note = try container.decodeIfPresent(String.self, forKey: .note)
            actions = try container.decode([Action].self, forKey: .actions)
            recipients = try container.decode(Selection<Recipient>.self, forKey: .recipients)
            purposes = try container.decode(Selection<Purpose>.self, forKey: .purposes)
            categories = try container.decode(CategoryScope.self, forKey: .categories)
            legalBases = try container.decodeIfPresent([LegalBasis].self, forKey: .legalBases)
            when = try container.decodeIfPresent(Condition.self, forKey: .when) ?? .always
            obligations = try container.decodeIfPresent([Obligation].self, forKey: .obligations) ?? []
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(effect, forKey: .effect)
            try container.encode(clause, forKey: .clause)
            try container.encodeIfPresent(quote, forKey: .quote)
            try container.encodeIfPresent(note, forKey: .note)
            try container.encode(actions, forKey: .actions)
            try container.encode(recipients, forKey: .recipients)
            try container.encode(purposes, forKey: .purposes)
            try container.encode(categories, forKey: .categories)
            try container.encodeIfPresent(legalBases, forKey: .legalBases)
            if when != .always { try container.encode(when, forKey: .when) }
            if !obligations.isEmpty { try container.encode(obligations, forKey: .obligations) }
        }
    }
}
