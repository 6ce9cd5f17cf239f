/// A rule reduced to bit sets over its policy's vocabulary, so that matching it against a
/// prepared request is a handful of word operations.
struct CompiledRule<let words: Int>: Sendable {
    /// The rule's position in ``CompiledPolicy/rules``.
    var index: Int32
    var categories: Bits<words>
    var usableForPurpose: Bool
    /// Bit `i` set when the legal basis at position `i` of `LegalBasis.allCases` is accepted;
    /// `anyLegalBasis` when the rule does not depend on one (then no basis is needed either).
    var legalBases: UInt8
    /// Bit per `Medium` case; 0 when the rule names none.
    var media: UInt8
    /// Bit per `DestructionMethod` case; 0 when the rule names none.
    var methods: UInt8
    /// Whether `any` lists facts (at least one of them must hold).
    var needsAny: Bool
    var all: Bits<words>
    var any: Bits<words>
    var none: Bits<words>
    var obligations: Bits<words>

    static var anyLegalBasis: UInt8 { 0xFF }

    static var empty: Self {
        CompiledRule(
            index: 0, categories: Bits(), usableForPurpose: false, legalBases: 0, media: 0, methods: 0, needsAny: false,
            all: Bits(), any: Bits(), none: Bits(), obligations: Bits())
    }

    /// Whether the rule's condition and legal basis hold for `request`.
    @inline(__always)
    func holds(for request: PreparedRequest<words>) -> Bool {
        (legalBases == Self.anyLegalBasis || legalBases & request.legalBasis != 0) && conditionHolds(for: request)
    }

    /// Whether the rule's condition holds, legal basis aside.
    @inline(__always)
    func conditionHolds(for request: PreparedRequest<words>) -> Bool {
        all.isSubset(of: request.facts)
            && (!needsAny || any.intersects(request.facts))
            && !none.intersects(request.facts)
            && (media == 0 || media & request.medium != 0)
            && (methods == 0 || methods & request.method != 0)
    }
}

/// A request reduced to indices and bit sets for one compiled policy.
struct PreparedRequest<let words: Int>: Sendable {
    var action: Int
    var recipient: Int
    var purpose: Int
    var leaves: Bits<words>
    var facts: Bits<words>
    /// The request's legal basis as a one-bit mask, 0 when it gives none.
    var legalBasis: UInt8
    var medium: UInt8
    var method: UInt8
    /// Whether the request names a category or group the policy's vocabulary does not declare.
    var namesUnknownCategory: Bool
}
