import DecisionLog
import Foundation
import Testing

@Suite("The tree's right edge")
struct MerkleFrontierTests {
    static func leaves(_ count: Int) -> [MerkleHash] { (0..<count).map { MerkleHash.leaf(Array("leaf \($0)".utf8)) } }

    @Test("Appending leaf by leaf gives the in-memory tree's root and completes exactly its interior hashes")
    func matchesTree() {
        let leaves = Self.leaves(1100)
        var frontier = MerkleFrontier()
        var tree = MerkleTree()
        var completed: [Int: [MerkleHash]] = [:]
        var keys: [Int64] = []
        #expect(frontier.rootHash == .empty)
        for leaf in leaves {
            var reported: [SubtreeAddress] = []
            frontier.append(leaf) { address, hash in
                reported.append(address)
                keys.append(address.storageKey)
                #expect(SubtreeAddress(storageKey: address.storageKey) == address)
                #expect(Int(address.index) == completed[address.level, default: []].count)
                completed[address.level, default: []].append(hash)
            }
            tree.append(leaf)
            #expect(reported.map(\.level) == Array(1..<(reported.count + 1)), "lowest first")
            #expect(frontier.rootHash == tree.rootHash())
            #expect(frontier.size == UInt64(tree.size))
        }
        for (level, hashes) in completed { #expect(hashes == tree.hashes(atLevel: level)) }
        #expect(completed.keys.max() == 10)
        #expect(keys == keys.sorted() && Set(keys).count == keys.count, "storage keys grow in completion order")
        #expect(SubtreeAddress(storageKey: 5 << 6 | 2) == nil, "leaf 5 completes no subtree of level 2")
        #expect(SubtreeAddress(storageKey: 7 << 6) == nil, "level 0 is not stored")
    }

    @Test("A right edge rebuilt from the stored decomposition continues the same tree")
    func rebuilt() throws {
        let leaves = Self.leaves(777)
        let tree = MerkleTree(leafHashes: leaves)
        for size in [0, 1, 2, 3, 255, 256, 257, 500, 776] {
            let addresses = SubtreeAddress.decomposition(ofTreeOf: UInt64(size))
            #expect(addresses.map { 1 << $0.level }.reduce(0, +) == size)
            var frontier = try #require(MerkleFrontier(size: UInt64(size), hashes: addresses.map(tree.subtreeHash)))
            for leaf in leaves[size...] { frontier.append(leaf) }
            #expect(frontier.rootHash == tree.rootHash())
        }
        #expect(MerkleFrontier(size: 3, hashes: [.empty]) == nil)
    }
}
