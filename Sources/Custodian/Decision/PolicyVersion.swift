/// The version of a policy: the SHA-256 of its canonical encoding, as `sha256:<hex>`.
///
/// Two policies with the same rules have the same version whether they were written in YAML,
/// JSON or with the Swift builder.
public struct PolicyVersion: Sendable, Hashable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
}
