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

    private var pending: [(EncodedRecord, CheckedContinuation<Result<LogEntry, DecisionLogError>, Never>)] = []
    private var flushing = false

    public init(store: any LogStore, signer: CheckpointSigner? = nil, maximumGroupSize: Int = 1024) {
        self.store = store
        self.signer = signer
        self.maximumGroupSize = max(1, maximumGroupSize)
    }

    /// Appends a record; returns once it is durably stored. The record is encoded in the calling
    /// task, so that concurrent appenders encode in parallel.
    /// - Throws: the store's error; the record was then not appended.
    public nonisolated func append(_ record: DecisionRecord) async throws(DecisionLogError) -> LogEntry {
        try await append(record.encoded())
    }

    /// Appends an encoded record; returns once it is durably stored.
    /// - Throws: the store's error; the record was then not appended.
    public func append(_ record: EncodedRecord) async throws(DecisionLogError) -> LogEntry {
        let result = await withCheckedContinuation { continuation in
            pending.append((record, continuation))
            if !flushing {
                flushing = true
                Task { await self.flush() }
            }
        }
        return try result.get()
    }

    /// Appends records as one group (they are durable together or not at all).
    /// - Throws: the store's error; none of the records was then appended.
    public nonisolated func append(contentsOf records: [EncodedRecord]) async throws(DecisionLogError) -> [LogEntry] {
        try await store.append(records)
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

    /// Computes the log's current root from its stored subtree hashes (O(log n) reads), signs a
    /// checkpoint of it and keeps it in the store.
    /// - Parameters:
    ///   - cosigners: further keys of the same log that sign the same checkpoint, after the
    ///     log's own (a key rotation: the retiring key vouches for its successor).
    ///   - time: the checkpoint's time.
    /// - Returns: the signed note, to be exported and kept elsewhere.
    public func checkpoint(alsoSignedBy cosigners: [CheckpointSigner] = [], at time: Date = Date())
        async throws(DecisionLogError) -> String
    {
        guard let signer else { throw DecisionLogError(.invalidKey, "the log has no signing key") }
        let size = try await store.size()
        let root = try await StoredTree(store: store, size: size).rootHash()
        let checkpoint = Checkpoint(origin: signer.name, size: size, rootHash: root, time: time)
        let note = try CheckpointSigner.sign(checkpoint, by: [signer] + cosigners)
        try await store.saveCheckpoint(note, size: checkpoint.size)
        return note
    }

    /// A consistency proof between the trees of the log's first `oldSize` and `newSize` entries,
    /// with both roots: what shows that the later checkpoint extends the earlier one.
    public nonisolated func consistencyProof(from oldSize: UInt64, to newSize: UInt64? = nil) async throws(DecisionLogError)
        -> (oldRoot: MerkleHash, newRoot: MerkleHash, newSize: UInt64, path: [MerkleHash])
    {
        let stored = try await store.size()
        let size = newSize ?? stored
        guard oldSize <= size, size <= stored else {
            throw DecisionLogError(.notFound, "the log has \(stored) records; no proof from \(oldSize) to \(size)")
        }
        let tree = StoredTree(store: store, size: size)
        let (oldRoot, path) = try await tree.consistencyProof(from: oldSize)
        return (oldRoot, try await tree.rootHash(), size, path)
    }

    /// An inclusion proof for a decision, against the tree of the log's first `treeSize` entries
    /// (all of them by default).
    public nonisolated func prove(decisionID: String, treeSize: UInt64? = nil) async throws(DecisionLogError) -> InclusionProof {
        guard let entry = try await store.entry(for: decisionID) else {
            throw DecisionLogError(.notFound, "no record of decision \(decisionID)")
        }
        let stored = try await store.size()
        let size = treeSize ?? stored
        guard entry.index < size, size <= stored else {
            throw DecisionLogError(.notFound, "decision \(decisionID) is not in the first \(size) records")
        }
        let tree = StoredTree(store: store, size: size)
        return InclusionProof(
            decisionID: decisionID, index: entry.index, treeSize: size, leafHash: entry.leafHash,
            path: try await tree.inclusionProof(for: entry.index), rootHash: try await tree.rootHash())
    }
}
