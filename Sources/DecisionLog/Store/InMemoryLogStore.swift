/// A store that keeps everything in memory: for tests, and for services that ship their log
/// elsewhere. Nothing survives the process.
public actor InMemoryLogStore: LogStore {
    private var stored: [LogEntry] = []
    private var notes: [String] = []

    public init() {}

    public func append(_ records: [DecisionRecord]) throws(DecisionLogError) -> [LogEntry] {
        let start = UInt64(stored.count)
        let entries = records.enumerated().map { LogEntry($1, at: start + UInt64($0)) }
        stored += entries
        return entries
    }

    public func size() -> UInt64 { UInt64(stored.count) }

    public func entries(in range: Range<UInt64>) -> [LogEntry] {
        let lower = Int(min(range.lowerBound, UInt64(stored.count)))
        let upper = Int(min(range.upperBound, UInt64(stored.count)))
        return Array(stored[lower..<upper])
    }

    public func entry(for decisionID: String) -> LogEntry? { stored.first { $0.decisionID == decisionID } }

    public func saveCheckpoint(_ note: String, size: UInt64) { notes.append(note) }

    public func checkpoints() -> [String] { notes }

    /// Changes what the store holds, for tamper tests.
    package func tamper(_ change: (inout [LogEntry]) -> Void) { change(&stored) }
}
