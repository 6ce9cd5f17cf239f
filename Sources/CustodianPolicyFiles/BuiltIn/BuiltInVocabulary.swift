/// A vocabulary document shipped with Custodian, which a policy imports by name:
/// `imports: ["custodian:hero-platform"]`.
public struct BuiltInVocabulary: Sendable {
    /// The name a document imports it by, after `custodian:`.
    public let name: String
    /// The document (YAML).
    public let text: String

    /// The prefix of an import that names a built-in vocabulary rather than a file.
    public static let importPrefix = "custodian:"

    /// Every built-in vocabulary.
    public static let all: [BuiltInVocabulary] = [.heroPlatform, .jurisdictions]

    /// The built-in vocabulary an import names (`custodian:hero-platform`), if any.
    public static func named(_ reference: String) -> BuiltInVocabulary? {
        guard reference.hasPrefix(importPrefix) else { return nil }
        let name = reference.dropFirst(importPrefix.count)
        return all.first { $0.name == name }
    }
}
