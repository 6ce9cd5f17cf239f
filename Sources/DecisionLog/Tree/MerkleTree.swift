/// The Merkle tree of a log's leaf hashes, as RFC 9162 §2.1 defines it, with every complete
/// subtree's hash kept so that roots and proofs cost O(log² n) hash look-ups, not O(n) hashing.
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

    /// The root hash of the first `treeSize` leaves (MTH(D[0:treeSize])).
    /// - Complexity: O(log² n).
    public func rootHash(treeSize: Int? = nil) -> MerkleHash {
        let n = treeSize ?? size
        precondition(n >= 0 && n <= size, "tree size \(n) is beyond the \(size) leaves")
        return n == 0 ? .empty : hash(0, n)
    }

    /// The audit path of leaf `index` in the tree of the first `treeSize` leaves (RFC 9162
    /// §2.1.3.1).
    public func inclusionProof(for index: Int, treeSize: Int) -> [MerkleHash] {
        precondition(index >= 0 && index < treeSize && treeSize <= size, "no leaf \(index) in a tree of \(treeSize)")
        var proof: [MerkleHash] = []
        path(index, 0, treeSize, &proof)
        return proof
    }

    /// The consistency proof between the trees of the first `oldSize` and `newSize` leaves
    /// (RFC 9162 §2.1.4.1); empty when the sizes are equal or the old tree is empty.
    public func consistencyProof(from oldSize: Int, to newSize: Int) -> [MerkleHash] {
        precondition(0 <= oldSize && oldSize <= newSize && newSize <= size, "no consistency from \(oldSize) to \(newSize)")
        guard oldSize > 0, oldSize < newSize else { return [] }
        var proof: [MerkleHash] = []
        subproof(oldSize, 0, newSize, true, &proof)
        return proof
    }

    // MARK: - RFC 9162 recursions over the range [lo, hi)

    /// MTH(D[lo:hi]).
    private func hash(_ lo: Int, _ hi: Int) -> MerkleHash {
        let n = hi - lo
        if n & (n - 1) == 0 && lo % n == 0 {
            let level = n.trailingZeroBitCount
            return levels[level][lo >> level]
        }
        let k = Self.largestPowerOfTwo(below: n)
        return .node(hash(lo, lo + k), hash(lo + k, hi))
    }

    private func path(_ m: Int, _ lo: Int, _ hi: Int, _ proof: inout [MerkleHash]) {
        let n = hi - lo
        guard n > 1 else { return }
        let k = Self.largestPowerOfTwo(below: n)
        if m < k {
            path(m, lo, lo + k, &proof)
            proof.append(hash(lo + k, hi))
        } else {
            path(m - k, lo + k, hi, &proof)
            proof.append(hash(lo, lo + k))
        }
    }

    private func subproof(_ m: Int, _ lo: Int, _ hi: Int, _ complete: Bool, _ proof: inout [MerkleHash]) {
        let n = hi - lo
        if m == n {
            if !complete { proof.append(hash(lo, hi)) }
            return
        }
        let k = Self.largestPowerOfTwo(below: n)
        if m <= k {
            subproof(m, lo, lo + k, complete, &proof)
            proof.append(hash(lo + k, hi))
        } else {
            subproof(m - k, lo + k, hi, false, &proof)
            proof.append(hash(lo, lo + k))
        }
    }

    /// The largest power of two strictly less than `n` (n ≥ 2).
    static func largestPowerOfTwo(below n: Int) -> Int {
        1 << (Int.bitWidth - 1 - (n - 1).leadingZeroBitCount)
    }
}
