/// One category of personal information, as a leaf of a policy's vocabulary (`contact.email`).
///
/// Categories are declared by a policy (its ``Vocabulary``): any `group.name` identifier can be
/// one. A request that names a category its policy does not declare is denied as invalid, never
/// silently allowed; the JSON request reader rejects it by name. Groups of categories
/// (`contact`) are ``Category/Group``. The Hero Platform vocabulary's categories are static
/// members (``contactEmail``…).
public struct Category: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier (`contact.email`).
    public let rawValue: String
    /// The process-wide number of the identifier (see `IdentifierTable`).
    package let number: UInt32

    /// The category named `rawValue`; `nil` unless it has the shape `group.name` (letters and
    /// digits, each part starting with a letter).
    public init?(rawValue: String) {
        guard IdentifierShape.isCategory(rawValue), let number = IdentifierTable.categories.intern(rawValue) else {
            return nil
        }
        self.rawValue = rawValue
        self.number = number
    }

    /// A category of the built-in vocabulary; a malformed literal traps at once.
    init(known rawValue: String) {
        guard let category = Category(rawValue: rawValue) else { preconditionFailure("malformed category '\(rawValue)'") }
        self = category
    }

    /// The group this category belongs to: the part before the dot.
    public var group: Group { Group(known: String(rawValue.prefix { $0 != "." })) }

    public static func == (lhs: Category, rhs: Category) -> Bool { lhs.number == rhs.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }
    /// Ordered by identifier.
    public static func < (lhs: Category, rhs: Category) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }

    /// A named group of categories (`contact`), which a request or a rule may name instead of
    /// listing its leaves. Its leaves are the categories of the policy's vocabulary whose
    /// identifier starts with it.
    public struct Group: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The identifier (`contact`).
        public let rawValue: String
        package let number: UInt32

        /// The group named `rawValue`; `nil` unless it is a well-formed identifier (letters and
        /// digits, starting with a letter).
        public init?(rawValue: String) {
            guard Identifier.isWellFormed(rawValue), let number = IdentifierTable.groups.intern(rawValue) else {
                return nil
            }
            self.rawValue = rawValue
            self.number = number
        }

        init(known rawValue: String) {
            guard let group = Group(rawValue: rawValue) else { preconditionFailure("malformed category group '\(rawValue)'") }
            self = group
        }

        public static func == (lhs: Group, rhs: Group) -> Bool { lhs.number == rhs.number }
        public func hash(into hasher: inout Hasher) { hasher.combine(number) }
        public static func < (lhs: Group, rhs: Group) -> Bool { lhs.rawValue < rhs.rawValue }
        public var description: String { rawValue }
    }
}

extension Category: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(String.self)
        guard let category = Category(rawValue: value) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(value)' is not a category identifier (group.name)")
        }
        self = category
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Category: ExpressibleByStringLiteral {
    /// A literal must have the shape `group.name`; a malformed one traps at once.
    public init(stringLiteral value: String) { self.init(known: value) }
}

extension Category.Group: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(String.self)
        guard let group = Category.Group(rawValue: value) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(value)' is not a category group identifier")
        }
        self = group
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Category.Group: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(known: value) }
}
