/// A rule's choice of recipients or purposes: every one (`any`), those listed, or every one but
/// those listed (`except`).
///
/// In a policy document: `any`, a list (`[specialist, patient]`), or a mapping with one key,
/// `{except: [controller, user]}` — every recipient or purpose but those, including ones the
/// policy does not name (`advertiser`, `marketing`). A rule pack says "every third party" so.
public enum Selection<Element: Hashable & Sendable>: Sendable, Hashable {
    /// Every element, including those the policy does not name.
    case any
    /// The elements listed.
    case only([Element])
    /// Every element but those listed.
    case except([Element])

    /// Whether `element` is selected.
    public func contains(_ element: Element) -> Bool {
        switch self {
        case .any: true
        case .only(let elements): elements.contains(element)
        case .except(let elements): !elements.contains(element)
        }
    }

    /// The elements the selection names: listed, or excepted (empty for `any`).
    public var listed: [Element] {
        switch self {
        case .any: []
        case .only(let elements), .except(let elements): elements
        }
    }
}

extension Selection: Codable where Element: Codable {
    private enum ExceptKey: String, CodingKey, CaseIterable { case except }

    /// Reads `any`, a list, or `{except: [...]}`.
    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: ExceptKey.self) {
            try decoder.rejectUnknownKeys(ExceptKey.self)
            self = .except(try keyed.decode([Element].self, forKey: .except))
            return
        }
        let container = try decoder.singleValueContainer()
        if let word = try? container.decode(String.self) {
            guard word == "any" else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected 'any', a list, or {except: [...]}, found '\(word)'")
            }
            self = .any
        } else {
            self = .only(try container.decode([Element].self))
        }
    }

    /// Writes the selection in the form it is read in.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .any:
            var container = encoder.singleValueContainer()
            try container.encode("any")
        case .only(let elements):
            var container = encoder.singleValueContainer()
            try container.encode(elements)
        case .except(let elements):
            var container = encoder.container(keyedBy: ExceptKey.self)
            try container.encode(elements, forKey: .except)
        }
    }
}

extension Selection: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self = .only(elements) }
}
