/// An identifier from an open set (a purpose, a recipient): any well-formed name is accepted, and
/// the policy decides which ones it names.
public protocol OpenIdentifier: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible
where RawValue == String {
    init(rawValue: String)
    /// What the identifier names, for error messages (`purpose`).
    static var kind: String { get }
}

extension OpenIdentifier {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// Reads the identifier, rejecting a malformed one (see ``Purpose/isWellFormed(_:)``).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(String.self)
        guard Identifier.isWellFormed(value) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(value)' is not a well-formed \(Self.kind) identifier")
        }
        self.init(rawValue: value)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}
