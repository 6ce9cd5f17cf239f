/// Where a decision log keeps its entries and checkpoints.
///
/// What an implementation must guarantee:
/// - ``append(_:)`` gives the records the next positions in order, with no gap, and is atomic and
///   durable: when it returns, every record survives a crash or power loss; when it throws, none
///   was appended. Several processes may append to one store concurrently (the PostgreSQL store);
///   the store serialises them into one order.
/// - Errors are ``DecisionLogError`` with kind `.unavailable`, `.diskFull` or `.ioError`, and
///   never carry record contents.
/// - Reads return entries exactly as stored, so that a verifier can detect tampering.
///
/// Custodian ships an in-memory store, a SQLite store (`DecisionLogSQLite`) and a PostgreSQL store
/// (`DecisionLogPostgres`, behind the `Postgres` package trait); one contract test suite runs
/// against each.
public protocol LogStore: Sendable {
    /// Appends records durably, as one unit, and returns their entries.
    func append(_ records: [DecisionRecord]) async throws(DecisionLogError) -> [LogEntry]
    /// The number of entries.
    func size() async throws(DecisionLogError) -> UInt64
    /// The entries stored with positions in `range`, in position order (as stored: a gap or a
    /// wrong position is the verifier's to find).
    func entries(in range: Range<UInt64>) async throws(DecisionLogError) -> [LogEntry]
    /// The entry of a decision.
    func entry(for decisionID: String) async throws(DecisionLogError) -> LogEntry?
    /// Keeps a signed checkpoint.
    func saveCheckpoint(_ note: String, size: UInt64) async throws(DecisionLogError)
    /// The signed checkpoints kept, oldest first.
    func checkpoints() async throws(DecisionLogError) -> [String]
}
