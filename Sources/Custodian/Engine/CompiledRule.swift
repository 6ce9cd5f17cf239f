/// A rule reduced to masks, so that matching it against a prepared request is a handful of
/// integer operations.
struct CompiledRule: Sendable {
    /// The rule's position in ``CompiledPolicy/rules``.
    var index: Int32
    var categories: CategorySet
    var usableForPurpose: Bool
    /// Bit `i` set when the legal basis at position `i` of `LegalBasis.allCases` is accepted;
    /// `anyLegalBasis` when the rule does not depend on one (then no basis is needed either).
    var legalBases: UInt8
    var all: UInt32
    var any: UInt32
    var none: UInt32
    /// Bit per `Medium` case; 0 when the rule names none.
    var media: UInt8
    /// Bit per `DestructionMethod` case; 0 when the rule names none.
    var methods: UInt8
    var obligations: UInt16

    static let anyLegalBasis: UInt8 = 0xFF

    /// Whether the rule's condition and legal basis hold for `request`.
    @inline(__always)
    func holds(for request: PreparedRequest) -> Bool {
        request.facts & all == all
            && (any == 0 || request.facts & any != 0)
            && request.facts & none == 0
            && (legalBases == Self.anyLegalBasis || legalBases & request.legalBasis != 0)
            && (media == 0 || media & request.medium != 0)
            && (methods == 0 || methods & request.method != 0)
    }

    /// Whether the rule's condition holds, legal basis aside.
    @inline(__always)
    func conditionHolds(for request: PreparedRequest) -> Bool {
        request.facts & all == all
            && (any == 0 || request.facts & any != 0)
            && request.facts & none == 0
            && (media == 0 || media & request.medium != 0)
            && (methods == 0 || methods & request.method != 0)
    }
}

/// A request reduced to indices and masks for one compiled policy.
struct PreparedRequest: Sendable {
    var action: Int
    var recipient: Int
    var purpose: Int
    var leaves: CategorySet
    var facts: UInt32
    /// The request's legal basis as a one-bit mask, 0 when it gives none.
    var legalBasis: UInt8
    var medium: UInt8
    var method: UInt8
}
