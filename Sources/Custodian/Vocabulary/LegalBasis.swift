/// The lawful ground a processing relies on (GDPR Art. 6(1) and its counterparts).
public enum LegalBasis: String, Sendable, Hashable, CaseIterable, Codable {
    case consent, contract, legalObligation, vitalInterests, publicTask, legitimateInterests

    /// The case's bit in an 8-bit mask: 1 shifted by its position in the declaration.
    @inlinable public var bit: UInt8 { 1 << unsafeBitCast(self, to: UInt8.self) }
}
