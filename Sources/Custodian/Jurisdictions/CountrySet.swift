/// A set of ISO 3166-1 alpha-2 codes as 676 bits (26 × 26), held inline: membership without
/// hashing a string or allocating, for the derived facts a rule pack reads on every decision.
struct CountrySet: Sendable {
    private var words: InlineArray<11, UInt64>

    init(_ codes: Set<String>) {
        words = InlineArray(repeating: 0)
        for code in codes {
            guard let position = Self.position(of: code) else { continue }
            words[position >> 6] |= 1 << UInt64(position & 63)
        }
    }

    /// Whether `code` (two upper-case ASCII letters) is in the set; anything else is not.
    @inline(__always)
    func contains(_ code: String) -> Bool {
        guard let position = Self.position(of: code) else { return false }
        return words[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    @inline(__always)
    private static func position(of code: String) -> Int? {
        var utf8 = code.utf8.makeIterator()
        guard let first = utf8.next(), let second = utf8.next(), utf8.next() == nil,
            (65...90).contains(first), (65...90).contains(second)
        else { return nil }
        return Int(first - 65) * 26 + Int(second - 65)
    }
}
