/// A category as a request or a policy names it: one leaf (`contact.email`) or a whole group
/// (`contact`). Which leaves a group stands for is the policy's vocabulary's to say.
public enum CategoryReference: Sendable, Hashable {
    case leaf(Category)
    case group(Category.Group)

    /// Reads an identifier: a leaf when it has the shape `group.name`, a group when it is a single
    /// identifier; `nil` when it is neither.
    public init?(identifier: String) {
        if identifier.utf8.contains(UInt8(ascii: ".")) {
            guard let leaf = Category(rawValue: identifier) else { return nil }
            self = .leaf(leaf)
        } else {
            guard let group = Category.Group(rawValue: identifier) else { return nil }
            self = .group(group)
        }
    }

    /// The identifier as the vocabulary spells it.
    public var identifier: String {
        switch self {
        case .leaf(let category): category.rawValue
        case .group(let group): group.rawValue
        }
    }
}

extension CategoryReference: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let identifier = try container.decode(String.self)
        guard let reference = CategoryReference(identifier: identifier) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(identifier)' is neither a category (group.name) nor a group")
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }
}

extension CategoryReference: ExpressibleByStringLiteral {
    /// A literal must be a well-formed category or group; a malformed one traps at once.
    public init(stringLiteral value: String) {
        guard let reference = CategoryReference(identifier: value) else {
            preconditionFailure("malformed category '\(value)'")
        }
        self = reference
    }
}
