/// A separate, explicit consent, given on its own rather than bundled with the terms.
public enum SeparateConsent: String, Sendable, Hashable, CaseIterable, Codable {
    case thirdPartyProvision, sensitiveData, uniqueIdentifier, overseasTransfer, marketing

    /// The condition fact that stands for this consent.
    public var fact: Fact {
        switch self {
        case .thirdPartyProvision: .separateConsentThirdPartyProvision
        case .sensitiveData: .separateConsentSensitiveData
        case .uniqueIdentifier: .separateConsentUniqueIdentifier
        case .overseasTransfer: .separateConsentOverseasTransfer
        case .marketing: .separateConsentMarketing
        }
    }
}
