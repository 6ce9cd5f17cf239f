/// What the caller must do when it acts on an allow.
///
/// Obligations are declared by a policy (its ``Vocabulary``). The identifier is stable; its
/// wording for people lives in the declaration, apart from it. The Hero Platform vocabulary's
/// obligations are static members (``notifyUserInAdvance``…).
public struct Obligation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier (`notifyUserInAdvance`).
    public let rawValue: String
    package let number: UInt32

    /// The obligation named `rawValue`; `nil` unless it is a well-formed identifier (letters and
    /// digits, starting with a letter, at most 64 characters) and fewer than
    /// ``ObligationSet/capacity`` obligations are known to the process.
    public init?(rawValue: String) {
        guard Identifier.isWellFormed(rawValue), let number = IdentifierTable.obligations.intern(rawValue) else {
            return nil
        }
        self.rawValue = rawValue
        self.number = number
    }

    init(known rawValue: String) {
        guard let obligation = Obligation(rawValue: rawValue) else { preconditionFailure("malformed obligation '\(rawValue)'") }
        self = obligation
    }

    /// The obligation the process numbered `number`.
    init(number: UInt32) {
        self.number = number
        rawValue = IdentifierTable.obligations.name(of: number)
    }

    public static func == (lhs: Obligation, rhs: Obligation) -> Bool { lhs.number == rhs.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }
    /// Ordered by identifier.
    public static func < (lhs: Obligation, rhs: Obligation) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
}

extension Obligation: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(String.self)
        guard let obligation = Obligation(rawValue: value) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: Identifier.isWellFormed(value)
                    ? "'\(value)' would be obligation number \(ObligationSet.capacity + 1) read by this process; one process knows at most \(ObligationSet.capacity) distinct obligations"
                    : "'\(value)' is not an obligation identifier (letters and digits, starting with a letter, at most 64 characters)")
        }
        self = obligation
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Obligation: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(known: value) }
}
