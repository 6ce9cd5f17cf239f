/// How long personal information may be kept, and what ends or extends that period.
public struct RetentionRule: Sendable, Hashable {
    public enum Period: Sendable, Hashable {
        /// As long as reasonably necessary for the stated purposes (or a separate consent).
        case whilePurposesRequire
        /// A fixed number of days from collection.
        case days(Int)
    }

    public var period: Period
    /// Whether a legal or regulatory requirement (a legal hold, a legally mandated period)
    /// extends retention past the period.
    public var legalRequirementsExtend: Bool
    /// How the information is destroyed when the period ends.
    public var destruction: [Medium: [DestructionMethod]]
    public var clause: String

    public init(
        period: Period, legalRequirementsExtend: Bool, destruction: [Medium: [DestructionMethod]], clause: String
    ) {
        self.period = period
        self.legalRequirementsExtend = legalRequirementsExtend
        self.destruction = destruction
        self.clause = clause
    }

    /// The Hero Platform policy's rule, the same for every category (§5 Retention and
    /// Destruction).
    public static let hero = RetentionRule(
        period: .whilePurposesRequire, legalRequirementsExtend: true,
        destruction: [.electronic: [.irrecoverableDeletion, .cryptographicErasure], .paper: [.shredding, .incineration]],
        clause: "Retention and Destruction")
}
