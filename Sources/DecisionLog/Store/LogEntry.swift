import Custodian

/// One record as a store keeps it: its position, its canonical bytes, its leaf hash and its
/// decision identifier (for look-ups).
public struct LogEntry: Sendable, Hashable {
    public var index: UInt64
    /// The canonical encoding of the record (``DecisionRecord/canonicalEncoding(index:)``).
    public var leaf: [UInt8]
    /// `SHA-256(0x00 ‖ leaf)`, as stored.
    public var leafHash: MerkleHash
    public var decisionID: String

    public init(index: UInt64, leaf: [UInt8], leafHash: MerkleHash, decisionID: String) {
        self.index = index
        self.leaf = leaf
        self.leafHash = leafHash
        self.decisionID = decisionID
    }

    /// The entry for `record` at position `index`.
    public init(_ record: DecisionRecord, at index: UInt64) {
        let leaf = record.canonicalEncoding(index: index)
        self.init(index: index, leaf: leaf, leafHash: .leaf(leaf), decisionID: record.decisionID.description)
    }
}
