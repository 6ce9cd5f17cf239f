extension MerkleTree {
    /// The tree of every leaf hash `store` holds, read in chunks: for a log written before
    /// interior hashes were kept, opened where they cannot be added (read-only).
    package static func ofLeafHashes(in store: any LogStore, chunk: UInt64 = 50_000) async throws(DecisionLogError) -> MerkleTree {
        var tree = MerkleTree()
        let size = try await store.size()
        var start: UInt64 = 0
        while start < size {
            for entry in try await store.entries(in: start..<min(size, start + chunk)) { tree.append(entry.leafHash) }
            start += chunk
        }
        return tree
    }

    /// The hashes of complete subtrees of the tree, in the order asked.
    /// - Throws: `.corrupt` for a subtree the tree does not hold.
    package func subtreeHashes(_ addresses: [SubtreeAddress]) throws(DecisionLogError) -> [MerkleHash] {
        var hashes: [MerkleHash] = []
        for address in addresses {
            guard address.index < UInt64(size) >> UInt64(address.level) else {
                throw DecisionLogError(.corrupt, "the log keeps no hash of \(address)")
            }
            hashes.append(subtreeHash(address))
        }
        return hashes
    }
}
