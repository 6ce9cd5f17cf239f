public import Custodian

/// A policy document that ships with Custodian.
public struct BuiltInPolicy: Sendable {
    /// The document's file name, used in error and lint locations.
    public let name: String
    /// The document (YAML).
    public let text: String

    /// The policy the document describes.
    /// - Throws: ``PolicyFileError`` (never for the shipped documents: a test decodes each).
    public func policy() throws -> Policy {
        try PolicyFile.decode(text, file: name)
    }

    /// The policy, compiled.
    public func compiled() throws -> CompiledPolicy {
        try PolicyFile.compile(text, file: name)
    }

    /// Every built-in policy.
    public static let all: [BuiltInPolicy] = [.heroPlatform]
}
