public import Foundation

/// A tamper-evident log of decisions on top of a ``LogStore``.
///
/// Appends from concurrent tasks are committed in groups: while one group is being written,
/// the next one gathers, so durability costs one store transaction per group, not per decision.
///
/// ```swift
/// let log = DecisionLog(store: try SQLiteLogStore(path: "decisions.sqlite"), signer: signer)
/// let entry = try await log.append(record)          // durable when it returns
/// let note = try await log.checkpoint()             // a signed checkpoint to keep elsewhere
/// ```
public actor DecisionLog {
    public nonisolated let store: any LogStore
    public nonisolated let signer: CheckpointSigner?
    /// The most records written in one group.
    public nonisolated let maximumGroupSize: Int

    private var pending: [(DecisionRecord, CheckedContinuation<Result<LogEntry, DecisionLogError>, Never>)] = []
    private var flushing = false

    public init(store: any LogStore, signer: CheckpointSigner? = nil, maximumGroupSize: Int = 1024) {
        self.store = store
        self.signer = signer
        self.maximumGroupSize = max(1, maximumGroupSize)
    }

    /// Appends a record; returns once it is durably stored.
    /// - Throws: the store's error; the record was then not appended.
    public func append(_ record: DecisionRecord) async throws(DecisionLogError) -> LogEntry {
        let result = await withCheckedContinuation { continuation in
            pending.append((record, continuation))
            if !flushing {
                flushing = true
                Task { await self.flush() }
            }
        }
        return try result.get()
    }

    private func flush() async {
        while !pending.isEmpty {
            let group = Array(pending.prefix(maximumGroupSize))
            pending.removeFirst(group.count)
            do {
                let entries = try await store.append(group.map(\.0))
                for (waiter, entry) in zip(group, entries) { waiter.1.resume(returning: .success(entry)) }
            } catch {
                for waiter in group { waiter.1.resume(returning: .failure(error)) }
            }
        }
        flushing = false
    }

    /// Computes the log's current tree, signs a checkpoint of it and keeps it in the store.
    /// - Parameters:
    ///   - cosigners: further keys of the same log that sign the same checkpoint, after the
    ///     log's own (a key rotation: the retiring key vouches for its successor).
    ///   - time: the checkpoint's time.
    /// - Returns: the signed note, to be exported and kept elsewhere.
    public func checkpoint(alsoSignedBy cosigners: [CheckpointSigner] = [], at time: Date = Date())
        async throws(DecisionLogError) -> String
    {
        guard let signer else { throw DecisionLogError(.invalidKey, "the log has no signing key") }
        let tree = try await Self.tree(of: store)
        let checkpoint = Checkpoint(
            origin: signer.name, size: UInt64(tree.size), rootHash: tree.rootHash(), time: time)
        let note = try CheckpointSigner.sign(checkpoint, by: [signer] + cosigners)
        try await store.saveCheckpoint(note, size: checkpoint.size)
        return note
    }

    /// The Merkle tree of the store's stored leaf hashes.
    public static func tree(of store: any LogStore, chunk: UInt64 = 50_000) async throws(DecisionLogError) -> MerkleTree {
        let size = try await store.size()
        var tree = MerkleTree()
        var start: UInt64 = 0
        while start < size {
            for entry in try await store.entries(in: start..<min(size, start + chunk)) { tree.append(entry.leafHash) }
            start += chunk
        }
        return tree
    }

    /// A consistency proof between the trees of the log's first `oldSize` and `newSize` entries,
    /// with both roots: what shows that the later checkpoint extends the earlier one.
    public func consistencyProof(from oldSize: UInt64, to newSize: UInt64? = nil) async throws(DecisionLogError)
        -> (oldRoot: MerkleHash, newRoot: MerkleHash, newSize: UInt64, path: [MerkleHash])
    {
        let tree = try await Self.tree(of: store)
        let size = Int(newSize ?? UInt64(tree.size))
        guard oldSize <= UInt64(size), size <= tree.size else {
            throw DecisionLogError(.notFound, "the log has \(tree.size) records; no proof from \(oldSize) to \(size)")
        }
        return (
            tree.rootHash(treeSize: Int(oldSize)), tree.rootHash(treeSize: size), UInt64(size),
            tree.consistencyProof(from: Int(oldSize), to: size)
        )
    }

    /// An inclusion proof for a decision, against the tree of the log's first `treeSize` entries
    /// (all of them by default).
    public func prove(decisionID: String, treeSize: UInt64? = nil) async throws(DecisionLogError) -> InclusionProof {
        guard let entry = try await store.entry(for: decisionID) else {
            throw DecisionLogError(.notFound, "no record of decision \(decisionID)")
        }
        let tree = try await Self.tree(of: store)
        let size = Int(treeSize ?? UInt64(tree.size))
        guard Int(entry.index) < size, size <= tree.size else {
            throw DecisionLogError(.notFound, "decision \(decisionID) is not in the first \(size) records")
        }
        return InclusionProof(
            decisionID: decisionID, index: entry.index, treeSize: UInt64(size), leafHash: entry.leafHash,
            path: tree.inclusionProof(for: Int(entry.index), treeSize: size), rootHash: tree.rootHash(treeSize: size))
    }
}
