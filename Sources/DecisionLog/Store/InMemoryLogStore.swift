/// A store that keeps everything in memory: for tests, and for services that ship their log
/// elsewhere. Nothing survives the process.
public actor InMemoryLogStore: LogStore {
    private var stored: [LogEntry] = []
    /// Interior hashes by address, as stored.
    private var subtrees: [SubtreeAddress: MerkleHash] = [:]
    private var frontier = MerkleFrontier()
    private var notes: [String] = []

    public init() {}

    public func append(_ records: [EncodedRecord]) throws(DecisionLogError) -> [LogEntry] {
        let group = LogAppend(records, after: frontier)
        stored += group.entries
        for (address, hash) in group.subtrees { subtrees[address] = hash }
        frontier = group.frontier
        return group.entries
    }

    public func size() -> UInt64 { UInt64(stored.count) }

    public func entries(in range: Range<UInt64>) -> [LogEntry] {
        let lower = Int(min(range.lowerBound, UInt64(stored.count)))
        let upper = Int(min(range.upperBound, UInt64(stored.count)))
        return Array(stored[lower..<upper])
    }

    public func entry(for decisionID: String) -> LogEntry? { stored.first { $0.decisionID == decisionID } }

    public func subtreeHashes(_ addresses: [SubtreeAddress]) throws(DecisionLogError) -> [MerkleHash] {
        var hashes: [MerkleHash] = []
        for address in addresses {
            let hash = address.level == 0 ? (address.index < stored.count ? stored[Int(address.index)].leafHash : nil) : subtrees[address]
            guard let hash else { throw DecisionLogError(.corrupt, "the log keeps no hash of \(address)") }
            hashes.append(hash)
        }
        return hashes
    }

    public func storedSubtrees(completedBy leaves: Range<UInt64>) -> [(key: Int64, hash: MerkleHash)]? {
        let keys = SubtreeAddress.storageKeys(completedBy: leaves)
        return subtrees.map { ($0.key.storageKey, $0.value) }.filter { keys.contains($0.0) }.sorted { $0.0 < $1.0 }
    }

    public func saveCheckpoint(_ note: String, size: UInt64) { notes.append(note) }

    public func checkpoints() -> [String] { notes }

    /// Changes what the store holds, for tamper tests.
    package func tamper(_ change: (inout [LogEntry]) -> Void) { change(&stored) }

    /// Changes a stored interior hash, for tamper tests.
    package func tamperSubtree(_ address: SubtreeAddress, _ hash: MerkleHash?) { subtrees[address] = hash }
}
