import Crypto
public import Foundation

/// A SHA-256 hash in the log's Merkle tree (RFC 9162 §2.1.1).
///
/// Held as four words rather than a `Data`, so that hashing leaves and nodes, and keeping a tree of
/// millions of them, allocates nothing per hash.
public struct MerkleHash: Sendable, Hashable, CustomStringConvertible {
    private var words: (UInt64, UInt64, UInt64, UInt64)

    public static func == (lhs: MerkleHash, rhs: MerkleHash) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2
            && lhs.words.3 == rhs.words.3
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    /// The 32 bytes.
    public var bytes: Data { withUnsafeBytes(of: words) { Data($0) } }

    public init?(bytes: Data) {
        guard bytes.count == 32 else { return nil }
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { target in _ = bytes.copyBytes(to: target.bindMemory(to: UInt8.self)) }
        self.words = words
    }

    init(digest: SHA256.Digest) {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &words) { target in
            digest.withUnsafeBytes { source in target.copyMemory(from: source) }
        }
        self.words = words
    }

    /// The hash of the empty tree: SHA-256 of nothing.
    public static let empty = MerkleHash(digest: SHA256.hash(data: Data()))

    /// `SHA-256(0x00 ‖ leaf)`.
    public static func leaf<D: DataProtocol>(_ leaf: D) -> MerkleHash {
        var hasher = SHA256()
        hasher.update(data: [0x00] as [UInt8])
        hasher.update(data: leaf)
        return MerkleHash(digest: hasher.finalize())
    }

    /// `SHA-256(0x00 ‖ leaf)` of bytes in an array, without copying them.
    public static func leaf(_ leaf: [UInt8]) -> MerkleHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(0)) { hasher.update(bufferPointer: $0) }
        leaf.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return MerkleHash(digest: hasher.finalize())
    }

    /// `SHA-256(0x01 ‖ left ‖ right)`.
    public static func node(_ left: MerkleHash, _ right: MerkleHash) -> MerkleHash {
        var hasher = SHA256()
        withUnsafeBytes(of: UInt8(1)) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: left.words) { hasher.update(bufferPointer: $0) }
        withUnsafeBytes(of: right.words) { hasher.update(bufferPointer: $0) }
        return MerkleHash(digest: hasher.finalize())
    }

    /// Lower-case hexadecimal.
    public var hex: String { withUnsafeBytes(of: words) { Hex.encode($0) } }

    public init?(hex: String) {
        guard let data = Hex.decode(hex) else { return nil }
        self.init(bytes: data)
    }

    public var description: String { hex }
}
