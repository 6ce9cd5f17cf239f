/// The categories a rule covers.
public enum CategoryScope: Sendable, Hashable {
    /// Every category.
    case any
    /// The categories listed (leaves or groups).
    case only([CategoryReference])
    /// Each category the request's purpose may be used for: a category that a `use` rule for the
    /// controller permits for that purpose, under the same facts. Sharing rules use it so that a
    /// share never carries more than the purpose may use.
    case usableForPurpose

    /// The leaves the scope stands for in `vocabulary`, in declaration order (every category for
    /// `any` and `usableForPurpose`).
    public func leaves(in vocabulary: CompiledVocabulary) -> [Category] {
        switch self {
        case .any, .usableForPurpose: vocabulary.categories
        case .only(let references): vocabulary.leafCategories(of: references)
        }
    }
}

extension CategoryScope: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let word = try? container.decode(String.self) {
            switch word {
            case "any": self = .any
            case "usableForPurpose": self = .usableForPurpose
            default:
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected 'any', 'usableForPurpose' or a list, found '\(word)'")
            }
        } else {
            self = .only(try container.decode([CategoryReference].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .any: try container.encode("any")
        case .usableForPurpose: try container.encode("usableForPurpose")
        case .only(let references): try container.encode(references)
        }
    }
}

extension CategoryScope: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: CategoryReference...) { self = .only(elements) }
}
