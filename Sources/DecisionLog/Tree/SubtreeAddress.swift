/// A complete subtree of the log's Merkle tree: the `2^level` leaves starting at leaf
/// `index · 2^level`. Level 0 is a leaf; a store keeps the hash of every complete subtree of
/// level 1 and above, so that roots and proofs read O(log n) stored hashes.
public struct SubtreeAddress: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The height: the subtree holds `2^level` leaves.
    public var level: Int
    /// The subtree's position among the subtrees of its level.
    public var index: UInt64

    /// The subtree of `2^level` leaves starting at leaf `index · 2^level` (level 0 to 63).
    public init(level: Int, index: UInt64) {
        precondition((0..<64).contains(level), "a subtree level is 0 to 63")
        self.level = level
        self.index = index
    }

    /// The first leaf the subtree covers.
    public var firstLeaf: UInt64 { index << UInt64(level) }

    /// The leaves the subtree covers.
    public var leaves: Range<UInt64> { firstLeaf..<(firstLeaf + (1 << UInt64(level))) }

    /// The last leaf the subtree covers: the one whose append completes it.
    public var lastLeaf: UInt64 { firstLeaf + (1 << UInt64(level)) - 1 }

    /// The key a store keeps the subtree's hash under: `lastLeaf · 64 + level`. Keys grow in the
    /// order subtrees complete (by last leaf, lowest level first), so that appends add hashes at
    /// the end of one index, and the subtrees completed by a range of leaves are one range of keys.
    public var storageKey: Int64 { Int64(bitPattern: lastLeaf << 6 | UInt64(level)) }

    /// The subtree stored under `key`; `nil` for a key no subtree of level 1 or above has.
    public init?(storageKey key: Int64) {
        guard key >= 0 else { return nil }
        let level = Int(key & 63)
        let last = UInt64(key) >> 6
        guard level >= 1, (last + 1) % (1 << UInt64(level)) == 0 else { return nil }
        self.init(level: level, index: (last + 1) >> UInt64(level) - 1)
    }

    /// The range of storage keys of the subtrees completed by appending `leaves`.
    public static func storageKeys(completedBy leaves: Range<UInt64>) -> Range<Int64> {
        let clamp = { (leaf: UInt64) in Int64(min(leaf, UInt64(Int64.max) >> 6) << 6) }
        return clamp(leaves.lowerBound)..<clamp(leaves.upperBound)
    }

    /// The number of complete subtrees of `level` in a tree of `size` leaves.
    public static func count(atLevel level: Int, inTreeOf size: UInt64) -> UInt64 { size >> UInt64(level) }

    /// The complete subtrees that a tree of `size` leaves decomposes into, largest (leftmost)
    /// first: one for each bit set in `size`. Their hashes make the tree's right edge.
    public static func decomposition(ofTreeOf size: UInt64) -> [SubtreeAddress] {
        var addresses: [SubtreeAddress] = []
        var start: UInt64 = 0
        for level in stride(from: 63, through: 0, by: -1) where size & (1 << UInt64(level)) != 0 {
            addresses.append(SubtreeAddress(level: level, index: start >> UInt64(level)))
            start += 1 << UInt64(level)
        }
        return addresses
    }

    public static func < (lhs: SubtreeAddress, rhs: SubtreeAddress) -> Bool {
        (lhs.level, lhs.index) < (rhs.level, rhs.index)
    }

    public var description: String { "subtree \(index) of level \(level)" }
}
