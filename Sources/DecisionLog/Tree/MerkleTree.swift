/// The Merkle tree of a log's leaf hashes, as RFC 9162 §2.1 defines it, with every complete
/// subtree's hash kept so that roots and proofs cost O(log n) hash look-ups, not O(n) hashing.
///
/// ```swift
/// var tree = MerkleTree()
/// tree.append(.leaf(bytes))
/// let proof = tree.inclusionProof(for: 0, treeSize: tree.size)
/// ```
public struct MerkleTree: Sendable {
    /// `levels[j][i]` is the hash of the complete subtree of 2^j leaves starting at leaf i·2^j.
    private var levels: [[MerkleHash]] = [[]]

    public init() {}

    public init<S: Sequence>(leafHashes: S) where S.Element == MerkleHash {
        for hash in leafHashes { append(hash) }
    }

    /// The number of leaves.
    public var size: Int { levels[0].count }

    /// The hash of leaf `index`.
    public func leafHash(at index: Int) -> MerkleHash { levels[0][index] }

    /// Adds a leaf hash.
    /// - Complexity: O(1) amortized.
    public mutating func append(_ leafHash: MerkleHash) {
        levels[0].append(leafHash)
        var level = 0
        while levels[level].count % 2 == 0 {
            let count = levels[level].count
            let parent = MerkleHash.node(levels[level][count - 2], levels[level][count - 1])
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(parent)
            level += 1
        }
    }

    /// The hash of a complete subtree of the tree.
    public func subtreeHash(_ address: SubtreeAddress) -> MerkleHash { levels[address.level][Int(address.index)] }

    /// The root hash of the first `treeSize` leaves (MTH(D[0:treeSize])).
    /// - Complexity: O(log n).
    public func rootHash(treeSize: Int? = nil) -> MerkleHash {
        let n = treeSize ?? size
        precondition(n >= 0 && n <= size, "tree size \(n) is beyond the \(size) leaves")
        return recursion.hash(0, UInt64(n))
    }

    /// The audit path of leaf `index` in the tree of the first `treeSize` leaves (RFC 9162
    /// §2.1.3.1).
    public func inclusionProof(for index: Int, treeSize: Int) -> [MerkleHash] {
        precondition(index >= 0 && index < treeSize && treeSize <= size, "no leaf \(index) in a tree of \(treeSize)")
        return recursion.inclusionProof(for: UInt64(index), treeSize: UInt64(treeSize))
    }

    /// The consistency proof between the trees of the first `oldSize` and `newSize` leaves
    /// (RFC 9162 §2.1.4.1); empty when the sizes are equal or the old tree is empty.
    public func consistencyProof(from oldSize: Int, to newSize: Int) -> [MerkleHash] {
        precondition(0 <= oldSize && oldSize <= newSize && newSize <= size, "no consistency from \(oldSize) to \(newSize)")
        return recursion.consistencyProof(from: UInt64(oldSize), to: UInt64(newSize))
    }

    /// The interior hashes the tree holds at `level` (1 and above), in index order.
    public func hashes(atLevel level: Int) -> [MerkleHash] { level < levels.count ? levels[level] : [] }

    private var recursion: MerkleRecursion {
        MerkleRecursion { [levels] address in levels[address.level][Int(address.index)] }
    }
}
