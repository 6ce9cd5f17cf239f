/// The lawful ground a processing relies on (GDPR Art. 6(1) and its counterparts).
public enum LegalBasis: String, Sendable, Hashable, CaseIterable, Codable {
    case consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests
}
