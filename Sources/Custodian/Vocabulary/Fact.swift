/// A yes-or-no fact a decision can depend on, as rule conditions name it.
///
/// Facts are declared by a policy (its ``Vocabulary``); a few are the engine's own and hold in
/// every vocabulary: ``purposeConsented`` and the separate consents, which are derived from the
/// request's ``Context`` when it is decided. An absent fact is not established. The Hero Platform
/// vocabulary's facts are static members (``contractInForce``…).
public struct Fact: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The identifier (`contractInForce`, `separateConsent.marketing`).
    public let rawValue: String
    package let number: UInt32

    /// The fact named `rawValue`; `nil` unless it is one or more well-formed identifiers (each at
    /// most 64 characters) joined by dots, at most 128 characters in all.
    public init?(rawValue: String) {
        guard IdentifierShape.isFact(rawValue), let number = IdentifierTable.facts.intern(rawValue) else { return nil }
        self.rawValue = rawValue
        self.number = number
    }

    init(known rawValue: String) {
        guard let fact = Fact(rawValue: rawValue) else { preconditionFailure("malformed fact '\(rawValue)'") }
        self = fact
    }

    public static func == (lhs: Fact, rhs: Fact) -> Bool { lhs.number == rhs.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }
    public static func < (lhs: Fact, rhs: Fact) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }

    /// The person consented to the request's own purpose (it is in `consentedPurposes`).
    public static let purposeConsented = Fact(known: "purposeConsented")
    /// A separate, explicit consent (`separateConsents`) of each kind.
    public static let separateConsentThirdPartyProvision = Fact(known: "separateConsent.thirdPartyProvision")
    public static let separateConsentSensitiveData = Fact(known: "separateConsent.sensitiveData")
    public static let separateConsentUniqueIdentifier = Fact(known: "separateConsent.uniqueIdentifier")
    public static let separateConsentOverseasTransfer = Fact(known: "separateConsent.overseasTransfer")
    public static let separateConsentMarketing = Fact(known: "separateConsent.marketing")

    /// The request names a legal basis (`legalBasis`), whichever it is.
    public static let legalBasisStated = Fact(known: "legalBasisStated")
    /// The request's `destinationCountry` lies outside the territory of the jurisdiction whose
    /// rule pack decides it (for `EU`, outside the European Economic Area). Never holds for a
    /// policy that is not a rule pack, nor for a request that names no destination.
    public static let destinationAbroad = Fact(known: "destinationAbroad")
    /// The request's `destinationCountry` is one the law of the deciding rule pack's jurisdiction
    /// recognises as protecting personal information adequately (``Jurisdiction/adequateDestinations``).
    public static let destinationAdequate = Fact(known: "destinationAdequate")

    /// The facts the engine derives from a request, which every vocabulary has without
    /// declaring them; a request never gives them directly.
    public static let derived: [Fact] = [
        .purposeConsented, .separateConsentThirdPartyProvision, .separateConsentSensitiveData,
        .separateConsentUniqueIdentifier, .separateConsentOverseasTransfer, .separateConsentMarketing,
        .legalBasisStated, .destinationAbroad, .destinationAdequate,
    ]

    /// Whether a request may state this fact itself (every fact but the derived ones).
    public var isGivenByRequests: Bool { !Fact.derived.contains(self) }
}

extension Fact: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(String.self)
        guard let fact = Fact(rawValue: value) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(value)' is not a fact identifier (identifiers of letters and digits, each starting with a letter and at most 64 characters, joined by dots; at most 128 characters in all)")
        }
        self = fact
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Fact: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self.init(known: value) }
}

/// A set of facts: the facts a request's context establishes.
public struct FactSet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
    private var members: Set<Fact>

    public init() { members = [] }
    public init(_ fact: Fact) { members = [fact] }
    public init<S: Sequence>(_ facts: S) where S.Element == Fact { members = Set(facts) }
    public init(arrayLiteral facts: Fact...) { members = Set(facts) }

    /// Whether `fact` is in the set.
    public func contains(_ fact: Fact) -> Bool { members.contains(fact) }
    /// Whether every fact of `other` is in the set.
    public func contains(_ other: FactSet) -> Bool { other.members.isSubset(of: members) }
    public mutating func insert(_ fact: Fact) { members.insert(fact) }
    public mutating func insert(_ other: FactSet) { members.formUnion(other.members) }
    public mutating func remove(_ fact: Fact) { members.remove(fact) }
    public func union(_ other: FactSet) -> FactSet { FactSet(members.union(other.members)) }
    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }
    public func makeIterator() -> Set<Fact>.Iterator { members.makeIterator() }

    /// The facts in the set, sorted by identifier.
    public var facts: [Fact] { members.sorted() }
}
