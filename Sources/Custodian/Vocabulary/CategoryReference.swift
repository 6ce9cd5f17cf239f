/// A category as a request or a policy names it: one leaf (`contact.email`) or a whole group
/// (`contact`).
public enum CategoryReference: Sendable, Hashable {
    case leaf(Category)
    case group(Category.Group)

    /// Reads an identifier; `nil` when it names neither a leaf nor a group.
    public init?(identifier: String) {
        guard let reference = Self.byIdentifier[identifier] else { return nil }
        self = reference
    }

    private static let byIdentifier: [String: CategoryReference] = {
        var table: [String: CategoryReference] = [:]
        for leaf in Category.ordered { table[leaf.rawValue] = .leaf(leaf) }
        for group in Category.Group.allCases { table[group.rawValue] = .group(group) }
        return table
    }()

    /// The identifier as the vocabulary spells it.
    public var identifier: String {
        switch self {
        case .leaf(let category): category.rawValue
        case .group(let group): group.rawValue
        }
    }

    /// The leaf categories this reference stands for.
    public var leaves: CategorySet {
        switch self {
        case .leaf(let category): CategorySet(category)
        case .group(let group): CategorySet(group)
        }
    }
}

extension CategoryReference: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let identifier = try container.decode(String.self)
        guard let reference = CategoryReference(identifier: identifier) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "unknown category '\(identifier)'")
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }
}

extension CategoryReference: ExpressibleByStringLiteral {
    /// A literal must name a known category or group; a typo traps at once in debug and release.
    public init(stringLiteral value: String) {
        guard let reference = CategoryReference(identifier: value) else {
            preconditionFailure("unknown category '\(value)'")
        }
        self = reference
    }
}
