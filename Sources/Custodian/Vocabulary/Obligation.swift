/// What the caller must do when it acts on an allow.
///
/// The identifier is stable; its wording for people lives apart from it (see
/// ``Obligation/summary``), so that later versions can word it in other languages.
public enum Obligation: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case notifyUserInAdvance, minimizeData, limitUseToContract, limitToOrderScope
    case recordProvision, recordDisclosure, encryptIdentifiers, destroyIrrecoverably
    case segregateRetainedData, honorObjection, protectSecret

    public static func < (lhs: Obligation, rhs: Obligation) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The obligation's bit in a mask of obligations.
    @inlinable public var bit: UInt16 { 1 << UInt16(unsafeBitCast(self, to: UInt8.self)) }

    /// Every obligation, sorted by identifier, computed once.
    public static let sorted: [Obligation] = allCases.sorted()
}
