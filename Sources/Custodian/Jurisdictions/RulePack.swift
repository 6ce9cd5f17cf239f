/// A jurisdiction's rule pack compiled for one organisation's policy.
///
/// A pack (a ``Policy`` whose ``Policy/pack`` is set) decides on facts, recipients, purposes and
/// legal bases, never on categories, so it is compiled against the policy's own vocabulary: the
/// policy's categories, and its facts and obligations together with those the pack declares
/// that the policy does not. A fact or obligation both declare is the policy's (a yes-or-no fact
/// is its name; a valued fact must be declared alike by both).
public struct RulePack: Sendable {
    /// The pack as written.
    public let document: Policy
    /// The pack's metadata: jurisdiction, law, what it leaves unmodelled.
    public let pack: Policy.Pack
    /// The pack compiled against the policy's vocabulary.
    public let compiled: CompiledPolicy

    /// The jurisdiction whose requests the pack decides.
    public var jurisdiction: Jurisdiction { pack.jurisdiction }

    /// Compiles `document` for a policy speaking `vocabulary`.
    /// - Throws: ``PolicyError`` when `document` is not a rule pack, when one of its rules
    ///   permits or names categories, or when a fact it declares conflicts with the policy's.
    public init(_ document: Policy, for vocabulary: Vocabulary) throws {
        guard let pack = document.pack else {
            throw PolicyError(field: "pack", "'\(document.id)' is not a rule pack (it has no 'pack' section)")
        }
        for rule in document.rules {
            guard rule.effect != .permit else {
                throw PolicyError(
                    rule: rule.id, field: "effect",
                    "a rule pack never permits: its rules forbid or add obligations to what the policy allows")
            }
            guard case .any = rule.categories else {
                throw PolicyError(
                    rule: rule.id, field: "categories",
                    "a rule pack's rules apply to any category ('any'): they decide on facts, so that one pack serves every policy's vocabulary")
            }
        }
        var combined = document
        combined.vocabulary = try vocabulary.adding(factsAndObligationsOf: document.vocabulary ?? .heroPlatform)
        self.document = document
        self.pack = pack
        compiled = try CompiledPolicy(combined)
    }
}

extension Vocabulary {
    /// This vocabulary with the facts and obligations of `other` that it does not declare: the
    /// vocabulary a rule pack is compiled in, and requests under a pack are read in.
    /// - Throws: ``PolicyError`` when a fact is declared by both, valued in one and not alike in
    ///   the other.
    public func adding(factsAndObligationsOf other: Vocabulary) throws -> Vocabulary {
        var result = self
        var facts = Dictionary(facts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var booleans = Set(booleanFacts.map(\.id))
        for declaration in other.facts {
            if let existing = facts[declaration.id] {
                guard existing.values == declaration.values else {
                    throw PolicyError(
                        field: "vocabulary.facts", element: declaration.id.rawValue,
                        "the fact '\(declaration.id)' is declared by the policy and by a rule pack with different values")
                }
                continue
            }
            let added = declaration.booleanFacts.map(\.id)
            if let clash = added.first(where: booleans.contains) {
                throw PolicyError(
                    field: "vocabulary.facts", element: clash.rawValue,
                    "the fact '\(clash)' of a rule pack's '\(declaration.id)' is declared otherwise by the policy")
            }
            booleans.formUnion(added)
            facts[declaration.id] = declaration
            result.facts.append(declaration)
        }
        let obligations = Set(obligations.map(\.id))
        result.obligations += other.obligations.filter { !obligations.contains($0.id) }
        return result
    }
}
