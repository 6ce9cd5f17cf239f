/// The Merkle tree of a store's first `size` records, read from the subtree hashes the store keeps:
/// a root, an inclusion proof or a consistency proof costs O(log n) stored hashes, read in one
/// request, however long the log.
///
/// ```swift
/// let tree = StoredTree(store: store, size: try await store.size())
/// let root = try await tree.rootHash()
/// let path = try await tree.inclusionProof(for: 41)
/// ```
public struct StoredTree: Sendable {
    /// Where the subtree hashes are read from.
    public let store: any LogStore
    /// The number of leaves.
    public let size: UInt64

    /// The tree of `store`'s first `size` records.
    public init(store: any LogStore, size: UInt64) {
        self.store = store
        self.size = size
    }

    /// MTH of the first `size` records.
    public func rootHash() async throws(DecisionLogError) -> MerkleHash {
        try await compute { $0.hash(0, size) }
    }

    /// The audit path of leaf `index` (RFC 9162 §2.1.3.1).
    /// - Throws: `.notFound` when the tree has no leaf `index`.
    public func inclusionProof(for index: UInt64) async throws(DecisionLogError) -> [MerkleHash] {
        guard index < size else { throw DecisionLogError(.notFound, "no record \(index) in a tree of \(size)") }
        return try await compute { $0.inclusionProof(for: index, treeSize: size) }
    }

    /// The consistency proof from the tree of the first `oldSize` leaves to this one (RFC 9162
    /// §2.1.4.1), with the old tree's root.
    /// - Throws: `.notFound` when `oldSize` is larger than the tree.
    public func consistencyProof(from oldSize: UInt64) async throws(DecisionLogError) -> (oldRoot: MerkleHash, path: [MerkleHash]) {
        guard oldSize <= size else {
            throw DecisionLogError(.notFound, "the tree has \(size) records; no proof from \(oldSize)")
        }
        return try await compute { ($0.hash(0, oldSize), $0.consistencyProof(from: oldSize, to: size)) }
    }

    /// Runs `computation` twice: once to learn which subtrees it reads, then on their stored hashes.
    private func compute<T>(_ computation: (MerkleRecursion) -> T) async throws(DecisionLogError) -> T {
        let addresses = MerkleRecursion.subtreesRead(by: computation)
        let hashes = try await store.subtreeHashes(addresses)
        guard hashes.count == addresses.count else {
            throw DecisionLogError(.corrupt, "the store answered \(hashes.count) subtree hashes for \(addresses.count)")
        }
        let known = Dictionary(uniqueKeysWithValues: zip(addresses, hashes))
        return computation(MerkleRecursion { known[$0] ?? .empty })
    }
}
