/// Where a decision log keeps its entries, its tree and its checkpoints.
///
/// What a store persists, for each group of records appended: the ``LogAppend`` of the group —
/// every record's canonical bytes at its position, its leaf hash, and the hash of every complete
/// subtree of the tree (level 1 and above) the group completes. Stores never encode or hash a
/// record themselves: ``LogAppend`` does, once the store knows the next position and the tree's
/// right edge (``SubtreeAddress/decomposition(ofTreeOf:)``, read from the stored hashes).
///
/// What an implementation must guarantee:
/// - ``append(_:)`` gives the records the next positions in order, with no gap, and is atomic and
///   durable: when it returns, every record and every subtree hash survives a crash or power
///   loss; when it throws, none was appended. Several processes may append to one store
///   concurrently (the PostgreSQL store); the store serialises them into one order.
/// - Errors are ``DecisionLogError`` with kind `.unavailable`, `.diskFull` or `.ioError`, and
///   never carry record contents.
/// - Reads return entries and hashes exactly as stored, so that a verifier can detect tampering.
///
/// Custodian ships an in-memory store, a SQLite store (`DecisionLogSQLite`) and a PostgreSQL store
/// (`DecisionLogPostgres`, behind the `Postgres` package trait); one contract test suite runs
/// against each.
public protocol LogStore: Sendable {
    /// Appends records durably, as one unit, and returns their entries.
    func append(_ records: [EncodedRecord]) async throws(DecisionLogError) -> [LogEntry]
    /// The number of entries.
    func size() async throws(DecisionLogError) -> UInt64
    /// The entries stored with positions in `range`, in position order (as stored: a gap or a
    /// wrong position is the verifier's to find).
    func entries(in range: Range<UInt64>) async throws(DecisionLogError) -> [LogEntry]
    /// The entry of a decision.
    func entry(for decisionID: String) async throws(DecisionLogError) -> LogEntry?
    /// The first position of each of these decisions that the log holds (in one read, where the
    /// store can).
    func positions(of decisionIDs: [String]) async throws(DecisionLogError) -> [String: UInt64]
    /// The stored hashes of complete subtrees, in the order asked: a record's leaf hash for level
    /// 0, a stored interior hash above.
    /// - Throws: `.corrupt` when one is not stored.
    func subtreeHashes(_ addresses: [SubtreeAddress]) async throws(DecisionLogError) -> [MerkleHash]
    /// The interior hashes stored for the subtrees that appending `leaves` completes, as stored,
    /// in storage-key order (``SubtreeAddress/storageKey``: by last leaf, lowest level first), each
    /// with its key; `nil` when the log keeps no interior hashes (a log written before they were
    /// kept, opened read-only).
    func storedSubtrees(completedBy leaves: Range<UInt64>) async throws(DecisionLogError)
        -> [(key: Int64, hash: MerkleHash)]?
    /// Keeps a signed checkpoint.
    func saveCheckpoint(_ note: String, size: UInt64) async throws(DecisionLogError)
    /// The signed checkpoints kept, oldest first.
    func checkpoints() async throws(DecisionLogError) -> [String]
    /// Runs what the store needs while it is used (a database client's connection loop) until the
    /// task is cancelled; ``DecisionLog``'s service runs it. A store that needs nothing returns
    /// at once (the default).
    func run() async throws
}

extension LogStore {
    /// Nothing to run.
    public func run() async throws {}

    /// One ``entry(for:)`` a decision.
    public func positions(of decisionIDs: [String]) async throws(DecisionLogError) -> [String: UInt64] {
        var positions: [String: UInt64] = [:]
        for id in decisionIDs { if let entry = try await entry(for: id) { positions[id] = entry.index } }
        return positions
    }

    /// Encodes and appends records durably, as one unit.
    public func append(_ records: [DecisionRecord]) async throws(DecisionLogError) -> [LogEntry] {
        try await append(records.map { $0.encoded() })
    }
}
