extension Policy {
    /// What makes a policy document a jurisdiction's rule pack: the jurisdiction, the law it
    /// encodes, and what of that law it leaves out.
    ///
    /// A rule pack is combined with an organisation's policy by ``PolicyEngine``: its `forbid`
    /// rules can deny what the policy allows, its `obligate` rules add obligations, and it never
    /// allows anything by itself. Its rules decide on facts, recipients, purposes and legal bases,
    /// not on categories (every rule's `categories` is `any`), so that one pack serves any
    /// policy's vocabulary.
    public struct Pack: Sendable, Hashable, Codable {
        /// The jurisdiction whose requests the pack decides.
        public var jurisdiction: Jurisdiction
        /// The law the pack encodes, with its version (`개인정보 보호법 (PIPA), as amended …`).
        public var law: String
        /// What of the law the pack does not model, one item each, so that no one mistakes the
        /// pack for the whole law.
        public var unmodelled: [String]

        /// Pack metadata for `jurisdiction`'s `law`, listing what it leaves `unmodelled`.
        public init(jurisdiction: Jurisdiction, law: String, unmodelled: [String] = []) {
            self.jurisdiction = jurisdiction
            self.law = law
            self.unmodelled = unmodelled
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case jurisdiction, law, unmodelled }

        /// Reads the `pack` section, rejecting unknown keys and the jurisdiction `none`.
        public init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            jurisdiction = try container.decode(Jurisdiction.self, forKey: .jurisdiction)
            guard jurisdiction != .none else {
                throw DecodingError.dataCorruptedError(
                    forKey: .jurisdiction, in: container, debugDescription: "a rule pack is for a jurisdiction, not 'none'")
            }
            law = try container.decode(String.self, forKey: .law)
            unmodelled = try container.decodeIfPresent([String].self, forKey: .unmodelled) ?? []
        }
    }
}
