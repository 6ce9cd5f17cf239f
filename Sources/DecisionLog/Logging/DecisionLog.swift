public import Foundation
public import Logging
public import ServiceLifecycle

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
///
/// In a service, run it in the service group, before the services that decide: at graceful
/// shutdown it stops accepting appends (they fail, so an ``AuditedEngine`` denies), writes every
/// append it accepted, and only then returns; the store's own run loop (the PostgreSQL client's)
/// runs for as long as it does.
///
/// ```swift
/// let log = DecisionLog(store: store, signer: signer, logger: logger)
/// let group = ServiceGroup(services: [log, server], gracefulShutdownSignals: [.sigterm], logger: logger)
/// try await group.run()
/// ```
public actor DecisionLog {
    public nonisolated let store: any LogStore
    public nonisolated let signer: CheckpointSigner?
    /// The most records written in one group.
    public nonisolated let maximumGroupSize: Int
    /// Where the log reports what fails (a store error, with the number of records it cost;
    /// never a record's contents).
    public nonisolated let logger: Logger

    private var pending: [(EncodedRecord, CheckedContinuation<Result<LogEntry, DecisionLogError>, Never>)] = []
    private var flushing = false
    /// Groups given whole (``append(contentsOf:)``) being written.
    private var writingGroups = 0
    /// `false` once a graceful shutdown began: appends then fail.
    private var accepting = true
    private var drained: [CheckedContinuation<Void, Never>] = []

    /// - Parameters:
    ///   - store: where entries, subtree hashes and checkpoints are kept.
    ///   - signer: the checkpoint signing key; without one, ``checkpoint(alsoSignedBy:at:)`` fails.
    ///   - maximumGroupSize: the most records written in one store transaction.
    ///   - logger: the caller's logger (swift-log); by default nothing is logged.
    public init(
        store: any LogStore, signer: CheckpointSigner? = nil, maximumGroupSize: Int = 1024,
        logger: Logger = Logger(label: "custodian.decision-log", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.store = store
        self.signer = signer
        self.maximumGroupSize = max(1, maximumGroupSize)
        self.logger = logger
    }

    /// The error of an append made after a graceful shutdown began.
    static let shuttingDown = DecisionLogError(.unavailable, "the decision log is shutting down; nothing more is appended")

    /// Appends a record; returns once it is durably stored. The record is encoded in the calling
    /// task, so that concurrent appenders encode in parallel.
    /// - Throws: the store's error; the record was then not appended.
    public nonisolated func append(_ record: DecisionRecord) async throws(DecisionLogError) -> LogEntry {
        try await append(record.encoded())
    }

    /// Appends an encoded record; returns once it is durably stored.
    /// - Throws: the store's error; the record was then not appended.
    public func append(_ record: EncodedRecord) async throws(DecisionLogError) -> LogEntry {
        guard accepting else { throw Self.shuttingDown }
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
    public func append(contentsOf records: [EncodedRecord]) async throws(DecisionLogError) -> [LogEntry] {
        guard accepting else { throw Self.shuttingDown }
        writingGroups += 1
        defer {
            writingGroups -= 1
            resumeDrainedIfIdle()
        }
        do {
            return try await store.append(records)
        } catch {
            report(error, records: records.count)
            throw error
        }
    }

    /// Logs a store error with the number of records it cost.
    private func report(_ error: DecisionLogError, records: Int) {
        logger.error(
            "decision log append failed; the decisions were not recorded",
            metadata: ["error.kind": "\(error.kind)", "error.message": "\(error.message)", "records": "\(records)"])
    }

    private func resumeDrainedIfIdle() {
        guard pending.isEmpty, !flushing, writingGroups == 0 else { return }
        for waiter in drained { waiter.resume() }
        drained.removeAll()
    }

    /// Stops accepting appends and returns once every accepted one is written (or failed).
    public func drain() async {
        accepting = false
        if pending.isEmpty, !flushing, writingGroups == 0 { return }
        await withCheckedContinuation { drained.append($0) }
    }

    private func flush() async {
        while !pending.isEmpty {
            let group = Array(pending.prefix(maximumGroupSize))
            pending.removeFirst(group.count)
            do throws(DecisionLogError) {
                let entries = try await store.append(group.map(\.0))
                guard entries.count == group.count else {
                    throw DecisionLogError(.corrupt, "the store answered \(entries.count) entries for \(group.count) records")
                }
                for (waiter, entry) in zip(group, entries) { waiter.1.resume(returning: .success(entry)) }
            } catch {
                report(error, records: group.count)
                for waiter in group { waiter.1.resume(returning: .failure(error)) }
            }
        }
        flushing = false
        resumeDrainedIfIdle()
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

extension DecisionLog: Service {
    /// Runs the log in a service group: the store's run loop (the PostgreSQL client's) runs until
    /// graceful shutdown or cancellation; then the log stops accepting appends, writes every one
    /// it accepted (``drain()``), stops the store's loop and returns.
    public func run() async throws {
        let store = self.store
        let storeLoop = Task { try await store.run() }
        try? await gracefulShutdown()
        logger.info("decision log shutting down: writing what was accepted")
        await drain()
        storeLoop.cancel()
        _ = await storeLoop.result
        logger.info("decision log stopped")
    }
}
