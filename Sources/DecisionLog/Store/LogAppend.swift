import Dispatch

/// What a store persists for one group of records appended after `frontier`: each record's
/// canonical bytes at its position with its leaf hash, and the hash of every subtree the group
/// completes (level 1 and above).
///
/// This is the one place where a record is joined to its position and hashed; every store calls
/// it inside its append transaction, once it knows the next position and the tree's right edge.
///
/// ```swift
/// let group = LogAppend(records, after: frontier)      // frontier.size is the next position
/// insert(group.entries); insert(group.subtrees)
/// ```
public struct LogAppend: Sendable {
    /// The entries, at positions `frontier.size` onwards.
    public let entries: [LogEntry]
    /// The subtrees the group completes, each with its hash, in the order they complete.
    public let subtrees: [(address: SubtreeAddress, hash: MerkleHash)]
    /// The tree's right edge after the group.
    public let frontier: MerkleFrontier

    /// Groups of at least this many records are hashed on every core.
    static let parallelThreshold = 256

    /// Joins `records` to the positions after `frontier` (from `frontier.size` on), hashes them
    /// (on every core for a large group) and computes every subtree they complete.
    public init(_ records: [EncodedRecord], after frontier: MerkleFrontier) {
        let start = frontier.size
        var entries = [LogEntry?](repeating: nil, count: records.count)
        if records.count >= Self.parallelThreshold {
            let parts = 2
            entries.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let target = buffer
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let range = (records.count * part / parts)..<(records.count * (part + 1) / parts)
                    for i in range { target[i] = Self.entry(records[i], at: start + UInt64(i)) }
                }
            }
        } else {
            for i in records.indices { entries[i] = Self.entry(records[i], at: start + UInt64(i)) }
        }
        var next = frontier
        var subtrees: [(address: SubtreeAddress, hash: MerkleHash)] = []
        subtrees.reserveCapacity(records.count)
        let built = entries.map { $0! }
        for entry in built { next.append(entry.leafHash) { subtrees.append(($0, $1)) } }
        self.entries = built
        self.subtrees = subtrees
        self.frontier = next
    }

    /// A record at its position, with its leaf hash.
    private static func entry(_ record: EncodedRecord, at index: UInt64) -> LogEntry {
        let leaf = record.leaf(at: index)
        return LogEntry(index: index, leaf: leaf, leafHash: .leaf(leaf), decisionID: record.decisionID)
    }
}
