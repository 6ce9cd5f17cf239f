import Crypto
public import Foundation

/// A SHA-256 hash in the log's Merkle tree (RFC 9162 §2.1.1).
public struct MerkleHash: Sendable, Hashable, CustomStringConvertible {
    /// The 32 bytes.
    public let bytes: Data

    public init?(bytes: Data) {
        guard bytes.count == 32 else { return nil }
        self.bytes = bytes
    }

    init(digest: SHA256.Digest) { bytes = Data(digest) }

    /// The hash of the empty tree: SHA-256 of nothing.
    public static let empty = MerkleHash(digest: SHA256.hash(data: Data()))

    /// `SHA-256(0x00 ‖ leaf)`.
    public static func leaf<D: DataProtocol>(_ leaf: D) -> MerkleHash {
        var hasher = SHA256()
        hasher.update(data: [0x00])
        hasher.update(data: leaf)
        return MerkleHash(digest: hasher.finalize())
    }

    /// `SHA-256(0x01 ‖ left ‖ right)`.
    public static func node(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        var hasher = SHA256()
        hasher.update(data: [0x01])
        hasher.update(data: left.bytes)
        hasher.update(data: right.bytes)
        return MerkleHash(digest: hasher.finalize())
    }

    /// Lower-case hexadecimal.
    public var hex: String { Hex.encode(bytes) }

    public init?(hex: String) {
        guard let data = Hex.decode(hex) else { return nil }
        self.init(bytes: data)
    }

    public var description: String { hex }
}
