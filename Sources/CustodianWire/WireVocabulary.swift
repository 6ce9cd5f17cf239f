public import Custodian

/// The identifiers a request may use under one policy, as the request reader looks them up: its
/// vocabulary's categories and groups, and the facts a request may state. Make one per compiled
/// policy and keep it (building it costs a pass over the vocabulary).
public final class WireVocabulary: Sendable {
    let categoryReferences: RequestReader.ByteTable<CategoryReference>
    /// The facts a request may state, by name (the derived ones are not among them).
    let requestFacts: RequestReader.ByteTable<Fact>
    /// The valued facts, by name: each value's yes-or-no fact.
    let valuedFacts: RequestReader.ByteTable<[String: Fact]>

    /// The identifiers of `vocabulary`.
    public init(_ vocabulary: CompiledVocabulary) {
        categoryReferences = RequestReader.ByteTable(
            vocabulary.categories.map { ($0.rawValue, CategoryReference.leaf($0)) }
                + vocabulary.groups.map { ($0.rawValue, CategoryReference.group($0)) })
        requestFacts = RequestReader.ByteTable(vocabulary.facts.filter(\.isGivenByRequests).map { ($0.rawValue, $0) })
        valuedFacts = RequestReader.ByteTable(vocabulary.valuedFacts.map { ($0.key, $0.value) })
    }

    /// The Hero Platform vocabulary's identifiers (`VOCABULARY.md`).
    public static let heroPlatform = WireVocabulary(.heroPlatform)
}
