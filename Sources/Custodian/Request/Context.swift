public import Foundation

/// The facts a decision depends on.
///
/// Every fact is optional: an absent fact is *not established* (false, empty). The yes-or-no
/// facts are a ``FactSet`` of the facts that hold.
public struct Context: Sendable, Hashable {
    /// The yes-or-no facts that hold (only the facts that come from the request; derived facts
    /// such as ``Fact/purposeConsented`` are added when the request is decided).
    public var facts: FactSet
    /// Purposes the person has consented to and not withdrawn.
    public var consentedPurposes: Set<Purpose>
    /// Separate, explicit consents given.
    public var separateConsents: Set<SeparateConsent>
    /// ISO 3166 code of the country where the recipient will hold the data.
    public var destinationCountry: String?
    /// How the data is stored.
    public var medium: Medium?
    /// How the data is to be destroyed.
    public var destructionMethod: DestructionMethod?
    /// When the request is made.
    public var at: Date?

    public init(
        facts: FactSet = [],
        consentedPurposes: Set<Purpose> = [],
        separateConsents: Set<SeparateConsent> = [],
        destinationCountry: String? = nil,
        medium: Medium? = nil,
        destructionMethod: DestructionMethod? = nil,
        at: Date? = nil
    ) {
        self.facts = facts
        self.consentedPurposes = consentedPurposes
        self.separateConsents = separateConsents
        self.destinationCountry = destinationCountry
        self.medium = medium
        self.destructionMethod = destructionMethod
        self.at = at
    }

    /// Whether `fact` holds in this context.
    public func holds(_ fact: Fact) -> Bool { facts.contains(fact) }

    /// The facts of this context merged with `other`'s: a fact holds when either establishes it;
    /// the single-valued facts of `other` fill only what this context leaves unset.
    ///
    /// Use it to combine facts a service keeps in a store with the facts a request carries.
    public func merging(_ other: Context) -> Context {
        Context(
            facts: facts.union(other.facts),
            consentedPurposes: consentedPurposes.union(other.consentedPurposes),
            separateConsents: separateConsents.union(other.separateConsents),
            destinationCountry: destinationCountry ?? other.destinationCountry,
            medium: medium ?? other.medium,
            destructionMethod: destructionMethod ?? other.destructionMethod,
            at: at ?? other.at)
    }
}
