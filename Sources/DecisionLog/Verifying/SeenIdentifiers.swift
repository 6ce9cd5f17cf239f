/// The decision identifiers a verification has seen, 16 bytes each when they are UUIDs (as
/// Custodian writes them), so that ten million of them fit in a few hundred megabytes.
struct SeenIdentifiers {
    private var uuids = Set<UUIDBits>()
    private var others = Set<String>()

    private struct UUIDBits: Hashable {
        var high: UInt64
        var low: UInt64
    }

    /// Adds an identifier; `false` when it was seen before.
    mutating func insert(_ id: String) -> Bool {
        if let bits = Self.uuid(id) { return uuids.insert(bits).inserted }
        return others.insert(id).inserted
    }

    /// The 128 bits of a lower-case `8-4-4-4-12` UUID, or `nil` for any other string (which is
    /// then compared as a string: an upper-case spelling never aliases a lower-case one).
    private static func uuid(_ id: String) -> UUIDBits? {
        var id = id
        id.makeContiguousUTF8()
        return id.utf8.withContiguousStorageIfAvailable { bytes -> UUIDBits? in
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
        } ?? nil
    }
}
