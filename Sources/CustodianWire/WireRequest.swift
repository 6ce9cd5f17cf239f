public import Custodian
import Foundation

/// The JSON form of a ``Request`` that `custodian decide` reads (VOCABULARY.md), decoded
/// strictly: an unknown key, an unknown identifier or a value of the wrong type is an error that
/// names it.
public struct WireRequest: Decodable, Sendable {
    public let request: Request

    enum CodingKeys: String, CodingKey, CaseIterable {
        case action, subject, categories, purpose, recipient, legalBasis, jurisdiction, context
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let action = try container.decode(Action.self, forKey: .action)
        let subject = try container.decodeIfPresent(String.self, forKey: .subject)
        let vocabulary = decoder.userInfo[WireRequest.vocabularyKey] as? CompiledVocabulary ?? .heroPlatform
        let names = try container.decode([String].self, forKey: .categories)
        var categories: [CategoryReference] = []
        for (index, name) in names.enumerated() {
            guard let reference = vocabulary.reference(named: name) else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath + [CodingKeys.categories, AnyCodingKey(stringValue: "Index \(index)")],
                        debugDescription: "unknown category '\(name)'"))
            }
            categories.append(reference)
        }
        if categories.isEmpty {
            throw DecodingError.dataCorruptedError(
                forKey: .categories, in: container, debugDescription: "names no category")
        }
        let purpose = try container.decode(Purpose.self, forKey: .purpose)
        let recipient = try container.decodeIfPresent(Recipient.self, forKey: .recipient) ?? .controller
        let legalBasis = try container.decodeIfPresent(LegalBasis.self, forKey: .legalBasis)
        let jurisdiction = try container.decodeIfPresent(Jurisdiction.self, forKey: .jurisdiction) ?? .none
        let context = try container.decodeIfPresent(WireContext.self, forKey: .context)?.context ?? Context()
        request = Request(
            action, subject: subject.map(SubjectID.init), categories: categories, purpose: purpose,
            recipient: recipient, legalBasis: legalBasis, jurisdiction: jurisdiction, context: context)
    }

    /// Decodes one request from JSON text.
    /// - Throws: ``WireError`` naming the field and what is wrong with it.
    /// - Parameter vocabulary: the vocabulary of the policy that will decide it, which names the
    ///   categories and facts a request may use.
    public static func decode(
        _ text: Substring, line: Int? = nil, vocabulary: CompiledVocabulary = .heroPlatform
    ) throws(WireError) -> Request {
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[vocabularyKey] = vocabulary
            return try decoder.decode(WireRequest.self, from: Data(text.utf8)).request
        } catch let error as DecodingError {
            throw WireError(line: line, error)
        } catch {
            throw WireError(line: line, field: nil, message: "\(error)")
        }
    }
}

extension WireRequest {
    static let vocabularyKey = CodingUserInfoKey(rawValue: "custodian.vocabulary")!
}

/// The `context` object of a request.
struct WireContext: Decodable {
    let context: Context

    enum Field: String, CaseIterable {
        case consentedPurposes, separateConsents, destinationCountry, medium, destructionMethod, at
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        let vocabulary = decoder.userInfo[WireRequest.vocabularyKey] as? CompiledVocabulary ?? .heroPlatform
        var context = Context()
        for key in container.allKeys {
            if let fact = vocabulary.fact(named: key.stringValue), fact.isGivenByRequests {
                if try container.decode(Bool.self, forKey: key) { context.facts.insert(fact) }
                continue
            }
            if let values = vocabulary.valuedFacts[key.stringValue] {
                let value = try container.decode(String.self, forKey: key)
                guard let fact = values[value] else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription: "'\(value)' is not a value of '\(key.stringValue)' (\(values.keys.sorted().joined(separator: ", ")))")
                }
                context.facts.insert(fact)
                continue
            }
            switch Field(rawValue: key.stringValue) {
            case .consentedPurposes:
                context.consentedPurposes = Set(try container.decode([Purpose].self, forKey: key))
            case .separateConsents:
                context.separateConsents = Set(try container.decode([SeparateConsent].self, forKey: key))
            case .destinationCountry:
                let country = try container.decode(String.self, forKey: key)
                guard CountryCode.isAssigned(country) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container, debugDescription: "'\(country)' is not an ISO 3166-1 alpha-2 country code")
                }
                context.destinationCountry = country
            case .medium:
                context.medium = try container.decode(Medium.self, forKey: key)
            case .destructionMethod:
                context.destructionMethod = try container.decode(DestructionMethod.self, forKey: key)
            case .at:
                let text = try container.decode(String.self, forKey: key)
                guard CivilTime.isRealTime(text), let date = try? Date(text, strategy: .iso8601) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container, debugDescription: "'\(text)' is not an ISO 8601 time that exists")
                }
                context.at = date
            case nil:
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: decoder.codingPath + [key], debugDescription: "unknown fact '\(key.stringValue)'"))
            }
        }
        self.context = context
    }
}
