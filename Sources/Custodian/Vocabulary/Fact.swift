/// A yes-or-no fact a decision can depend on, as rule conditions name it.
///
/// Most facts come straight from the request's ``Context``; three are derived from it when a
/// request is prepared (``purposeConsented`` and the separate consents). An absent fact is not
/// established.
public enum Fact: String, Sendable, Hashable, CaseIterable, Codable {
    case consentBundled, objection, userDirected, contractInForce, processorContract
    case requiredByLaw, permittedByLaw, courtOrder, emergency, userNotified
    case pushNotificationsEnabled, appCrashed, businessTransaction, transferSafeguards
    case containsHealthData, retentionExpired, legalHold, legallyMandatedRetention
    /// The person asked for steps to be taken before a contract is entered into (a quote, a
    /// registration in progress), and this processing is necessary for them: "necessary for the
    /// purpose of entering into and performing a contract". Beside ``contractInForce``.
    case contractRequested
    /// The person consented to the request's own purpose (it is in `consentedPurposes`).
    case purposeConsented
    /// A separate, explicit consent (`separateConsents`) of each kind.
    case separateConsentThirdPartyProvision = "separateConsent.thirdPartyProvision"
    case separateConsentSensitiveData = "separateConsent.sensitiveData"
    case separateConsentUniqueIdentifier = "separateConsent.uniqueIdentifier"
    case separateConsentOverseasTransfer = "separateConsent.overseasTransfer"
    case separateConsentMarketing = "separateConsent.marketing"

    /// The fact's bit in a ``FactSet``: 1 shifted by the case's position in the declaration.
    @inlinable public var bit: UInt32 { 1 << UInt32(unsafeBitCast(self, to: UInt8.self)) }

    /// Every fact in declaration order, computed once.
    public static let ordered: [Fact] = allCases
}

/// A set of facts as a 32-bit mask.
public struct FactSet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public init(_ fact: Fact) { rawValue = fact.bit }
    public init<S: Sequence>(_ facts: S) where S.Element == Fact {
        rawValue = facts.reduce(0) { $0 | $1.bit }
    }

    /// The facts in the set, in declaration order.
    public var facts: [Fact] { Fact.ordered.filter { rawValue & $0.bit != 0 } }
}
