/// Checks RFC 9162 proofs against roots, trusting nothing but the hashes given.
public enum MerkleProof {
    /// Whether `proof` shows that `leafHash` is leaf `index` of the tree of `treeSize` leaves with
    /// root `rootHash` (RFC 9162 §2.1.3.2).
    public static func verifyInclusion(
        of leafHash: MerkleHash, at index: Int, treeSize: Int, proof: [MerkleHash], rootHash: MerkleHash
    ) -> Bool {
        guard index >= 0, index < treeSize else { return false }
        var fn = index
        var sn = treeSize - 1
        var r = leafHash
        for p in proof {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                r = .node(p, r)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                r = .node(r, p)
            }
            fn >>= 1
            sn >>= 1
        }
        return sn == 0 && r == rootHash
    }

    /// Whether `proof` shows that the tree of `oldSize` leaves with root `oldRoot` is a prefix of
    /// the tree of `newSize` leaves with root `newRoot` (RFC 9162 §2.1.4.2).
    public static func verifyConsistency(
        from oldSize: Int, _ oldRoot: MerkleHash, to newSize: Int, _ newRoot: MerkleHash, proof: [MerkleHash]
    ) -> Bool {
        guard 0 <= oldSize, oldSize <= newSize else { return false }
        if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
        if oldSize == 0 { return proof.isEmpty }
        var path = proof
        if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
        guard let first = path.first else { return false }
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var fr = first
        var sr = first
        for c in path.dropFirst() {
            if sn == 0 { return false }
            if fn & 1 == 1 || fn == sn {
                fr = .node(c, fr)
                sr = .node(c, sr)
                if fn & 1 == 0 {
                    while fn & 1 == 0 && fn != 0 {
                        fn >>= 1
                        sn >>= 1
                    }
                }
            } else {
                sr = .node(sr, c)
            }
            fn >>= 1
            sn >>= 1
        }
        return fr == oldRoot && sr == newRoot && sn == 0
    }
}
