/// Proof that a decision's record is in the log: its leaf hash, position and audit path up to a
/// root hash, which a signed checkpoint vouches for.
public struct InclusionProof: Sendable, Hashable {
    public var decisionID: String
    public var index: UInt64
    public var treeSize: UInt64
    public var leafHash: MerkleHash
    public var path: [MerkleHash]
    public var rootHash: MerkleHash

    /// Whether the path leads from the leaf to the root.
    public var isValid: Bool {
        MerkleProof.verifyInclusion(
            of: leafHash, at: Int(index), treeSize: Int(treeSize), proof: path, rootHash: rootHash)
    }

    /// The proof as one JSON object.
    public var json: String {
        "{\"decisionId\":\"\(decisionID)\",\"index\":\(index),\"treeSize\":\(treeSize),\"leafHash\":\"\(leafHash.hex)\","
            + "\"path\":[\(path.map { "\"\($0.hex)\"" }.joined(separator: ","))],\"rootHash\":\"\(rootHash.hex)\"}"
    }
}
