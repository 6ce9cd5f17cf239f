/// The right edge of a log's Merkle tree: the hashes of the complete subtrees its leaves decompose
/// into. Enough to append leaves, to compute every new interior hash, and to compute the root,
/// in O(log n) memory however long the log.
///
/// ```swift
/// var frontier = MerkleFrontier()
/// frontier.append(.leaf(bytes)) { address, hash in store(address, hash) }
/// let root = frontier.rootHash
/// ```
public struct MerkleFrontier: Sendable, Hashable {
    /// The number of leaves.
    public private(set) var size: UInt64 = 0
    /// The hashes of ``SubtreeAddress/decomposition(ofTreeOf:)``, largest first.
    public private(set) var hashes: [MerkleHash] = []

    /// The frontier of the empty tree.
    public init() {}

    /// The frontier of a tree of `size` leaves from the hashes of its decomposition, largest
    /// first; `nil` when their number is not the number of bits set in `size`.
    public init?(size: UInt64, hashes: [MerkleHash]) {
        guard hashes.count == size.nonzeroBitCount else { return nil }
        self.size = size
        self.hashes = hashes
    }

    /// Adds a leaf, reporting each subtree it completes (level 1 and above), lowest first.
    /// - Complexity: O(1) amortized hashes.
    public mutating func append(_ leafHash: MerkleHash, completing: (SubtreeAddress, MerkleHash) -> Void = { _, _ in }) {
        var hash = leafHash
        var position = size
        var level = 0
        while position & 1 == 1 {
            hash = .node(hashes.removeLast(), hash)
            position >>= 1
            level += 1
            completing(SubtreeAddress(level: level, index: position), hash)
        }
        hashes.append(hash)
        size += 1
    }

    /// MTH of the whole tree (the hash of the empty string for no leaves).
    public var rootHash: MerkleHash {
        guard var hash = hashes.last else { return .empty }
        for left in hashes.dropLast().reversed() { hash = .node(left, hash) }
        return hash
    }
}
