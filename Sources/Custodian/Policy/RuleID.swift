/// The stable identifier of a rule (`share.specialists`). Reasons cite it; its wording for
/// people lives elsewhere.
public struct RuleID: RawRepresentable, Sendable, Hashable, Codable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(String.self)
        guard Self.isWellFormed(value) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(value)' is not a rule identifier (letters, digits, '.', '-', '_'; at most 128)")
        }
        rawValue = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether `value` can be a rule identifier: 1 to 128 letters, digits, `.`, `-` and `_`.
    package static func isWellFormed(_ value: String) -> Bool {
        let allowed = value.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
        return !value.isEmpty && value.utf8.count <= 128 && allowed
    }

    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}
