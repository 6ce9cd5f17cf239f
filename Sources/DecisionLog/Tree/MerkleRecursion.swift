/// RFC 9162 §2.1's recursions (root, audit path, consistency proof) over a tree whose complete
/// subtrees' hashes come from `subtree`: an in-memory tree's levels or a store's stored hashes.
/// Each computation asks for O(log n) distinct subtrees.
struct MerkleRecursion {
    let subtree: (SubtreeAddress) -> MerkleHash

    /// MTH(D[lo:hi]).
    func hash(_ lo: UInt64, _ hi: UInt64) -> MerkleHash {
        let n = hi - lo
        if n == 0 { return .empty }
        if n & (n - 1) == 0 && lo % n == 0 {
            let level = n.trailingZeroBitCount
            return subtree(SubtreeAddress(level: level, index: lo >> UInt64(level)))
        }
        let k = Self.largestPowerOfTwo(below: n)
        return .node(hash(lo, lo + k), hash(lo + k, hi))
    }

    /// PATH(m, D[lo:hi]).
    func path(_ m: UInt64, _ lo: UInt64, _ hi: UInt64, _ proof: inout [MerkleHash]) {
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

    /// SUBPROOF(m, D[lo:hi], complete).
    func subproof(_ m: UInt64, _ lo: UInt64, _ hi: UInt64, _ complete: Bool, _ proof: inout [MerkleHash]) {
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

    /// The audit path of leaf `index` in the tree of `treeSize` leaves.
    func inclusionProof(for index: UInt64, treeSize: UInt64) -> [MerkleHash] {
        var proof: [MerkleHash] = []
        path(index, 0, treeSize, &proof)
        return proof
    }

    /// The consistency proof from the tree of `oldSize` leaves to that of `newSize`.
    func consistencyProof(from oldSize: UInt64, to newSize: UInt64) -> [MerkleHash] {
        guard oldSize > 0, oldSize < newSize else { return [] }
        var proof: [MerkleHash] = []
        subproof(oldSize, 0, newSize, true, &proof)
        return proof
    }

    /// The largest power of two strictly less than `n` (n ≥ 2).
    static func largestPowerOfTwo(below n: UInt64) -> UInt64 {
        1 << UInt64(UInt64.bitWidth - 1 - (n - 1).leadingZeroBitCount)
    }

    /// The distinct subtrees a computation reads, in the order of first use.
    static func subtreesRead<T>(by computation: (MerkleRecursion) -> T) -> [SubtreeAddress] {
        let reads = SubtreeReads()
        _ = computation(
            MerkleRecursion { address in
                if reads.seen.insert(address).inserted { reads.order.append(address) }
                return .empty
            })
        return reads.order
    }
}

/// The subtrees a computation asked for.
private final class SubtreeReads {
    var seen = Set<SubtreeAddress>()
    var order: [SubtreeAddress] = []
}
