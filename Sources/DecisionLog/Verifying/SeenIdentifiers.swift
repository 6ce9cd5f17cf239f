/// The decision identifiers a verification has seen: 16 bytes each when they are UUIDs (as
/// Custodian writes them), in an open-addressing table, so that ten million fit in a few hundred
/// megabytes and each look-up costs one or two probes; any other identifier is kept as a string.
struct SeenIdentifiers {
    /// A lower-case `8-4-4-4-12` UUID's 128 bits.
    struct UUIDBits: Hashable, Sendable {
        var high: UInt64
        var low: UInt64
    }

    /// Slots of the table; `present[i]` says whether slot `i` holds an identifier.
    private var slots: [UUIDBits] = Array(repeating: UUIDBits(high: 0, low: 0), count: 1024)
    private var present: [Bool] = Array(repeating: false, count: 1024)
    private var count = 0
    private var others = Set<String>()
    /// Mixes the bits with a key of this process, so that identifiers made to collide in the
    /// table cannot make a verification slow.
    private let key = UInt64.random(in: .min ... .max) | 1

    /// Adds an identifier (`uuid`: its bits, when it is a UUID); `false` when it was seen before.
    mutating func insert(_ id: String, uuid: UUIDBits?) -> Bool {
        guard let bits = uuid else { return others.insert(id).inserted }
        if 2 * (count + 1) > slots.count { grow() }
        var i = slot(for: bits)
        while present[i] {
            if slots[i] == bits { return false }
            i = (i + 1) & (slots.count - 1)
        }
        slots[i] = bits
        present[i] = true
        count += 1
        return true
    }

    private func slot(for bits: UUIDBits) -> Int {
        let mixed = (bits.high ^ bits.low.rotated(by: 29)) &* key
        return Int(truncatingIfNeeded: mixed >> 32 ^ mixed) & (slots.count - 1)
    }

    private mutating func grow() {
        let old = zip(slots, present).filter(\.1).map(\.0)
        slots = Array(repeating: UUIDBits(high: 0, low: 0), count: slots.count * 2)
        present = Array(repeating: false, count: present.count * 2)
        for bits in old {
            var i = slot(for: bits)
            while present[i] { i = (i + 1) & (slots.count - 1) }
            slots[i] = bits
            present[i] = true
        }
    }

    /// The 128 bits of a lower-case `8-4-4-4-12` UUID, or `nil` for any other string (which is
    /// then compared as a string: an upper-case spelling never aliases a lower-case one).
    static func uuid(_ id: String) -> UUIDBits? {
        var id = id
        return id.withUTF8 { bytes -> UUIDBits? in
            guard bytes.count == 36 else { return nil }
            var high: UInt64 = 0
            var low: UInt64 = 0
            var nibbles = 0
            for (i, byte) in bytes.enumerated() {
                if i == 8 || i == 13 || i == 18 || i == 23 {
                    guard byte == UInt8(ascii: "-") else { return nil }
                    continue
                }
                let value: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): value = byte - UInt8(ascii: "a") + 10
                default: return nil
                }
                if nibbles < 16 { high = high << 4 | UInt64(value) } else { low = low << 4 | UInt64(value) }
                nibbles += 1
            }
            return UUIDBits(high: high, low: low)
        }
    }
}

extension UInt64 {
    fileprivate func rotated(by bits: UInt64) -> UInt64 { self << bits | self >> (64 - bits) }
}
