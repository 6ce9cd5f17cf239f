/// A rule's choice of recipients or purposes: every one (`any`), or those listed.
public enum Selection<Element: Hashable & Sendable>: Sendable, Hashable {
    case any
    case only([Element])

    /// Whether `element` is selected.
    public func contains(_ element: Element) -> Bool {
        switch self {
        case .any: true
        case .only(let elements): elements.contains(element)
        }
    }

    /// The listed elements (empty for `any`).
    public var listed: [Element] {
        switch self {
        case .any: []
        case .only(let elements): elements
        }
    }
}

extension Selection: Codable where Element: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let word = try? container.decode(String.self) {
            guard word == "any" else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected 'any' or a list, found '\(word)'")
            }
            self = .any
        } else {
            self = .only(try container.decode([Element].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .any: try container.encode("any")
        case .only(let elements): try container.encode(elements)
        }
    }
}

extension Selection: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self = .only(elements) }
}
