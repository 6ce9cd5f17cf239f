/// The outcome of a request and the obligations of an allow, without reasons: what
/// ``PolicyEngine/check(_:)`` returns on the hot path, computed without allocating.
public struct Verdict: Sendable, Hashable {
    public var outcome: Decision.Outcome
    public var obligations: ObligationSet

    public init(outcome: Decision.Outcome, obligations: ObligationSet) {
        self.outcome = outcome
        self.obligations = obligations
    }

    public var isAllowed: Bool { outcome == .allow }
}

/// A set of obligations, held inline (no allocation): a bit per obligation known to the process.
public struct ObligationSet: Sendable, Hashable, ExpressibleByArrayLiteral {
    /// The most obligations one process can know: the set's width in bits.
    public static let capacity = 512
    static let words = 8

    var bits: InlineArray<8, UInt64>
    public init() { bits = InlineArray(repeating: 0) }
    public init(_ obligation: Obligation) {
        self.init()
        insert(obligation)
    }
    public init<S: Sequence>(_ obligations: S) where S.Element == Obligation {
        self.init()
        for obligation in obligations { insert(obligation) }
    }
    public init(arrayLiteral obligations: Obligation...) { self.init(obligations) }

    public mutating func insert(_ obligation: Obligation) {
        bits[Int(obligation.number >> 6)] |= 1 << UInt64(obligation.number & 63)
    }

    @inline(__always) mutating func insert(number: UInt32) { bits[Int(number >> 6)] |= 1 << UInt64(number & 63) }

    public func contains(_ obligation: Obligation) -> Bool {
        bits[Int(obligation.number >> 6)] & (1 << UInt64(obligation.number & 63)) != 0
    }

    public mutating func formUnion(_ other: ObligationSet) {
        for word in 0..<Self.words { bits[word] |= other.bits[word] }
    }

    public var isEmpty: Bool {
        var any: UInt64 = 0
        for word in 0..<Self.words { any |= bits[word] }
        return any == 0
    }

    /// The obligations, sorted by identifier.
    public var obligations: [Obligation] {
        var result: [Obligation] = []
        for word in 0..<Self.words {
            var remaining = bits[word]
            while remaining != 0 {
                let number = UInt32(word * 64 + remaining.trailingZeroBitCount)
                result.append(Obligation(number: number))
                remaining &= remaining - 1
            }
        }
        return result.sorted()
    }

    public static func == (lhs: ObligationSet, rhs: ObligationSet) -> Bool {
        (0..<words).allSatisfy { lhs.bits[$0] == rhs.bits[$0] }
    }

    public func hash(into hasher: inout Hasher) {
        for word in 0..<Self.words { hasher.combine(bits[word]) }
    }
}
