import DecisionLog
import Foundation
import Testing

@Suite("The RFC 9162 Merkle tree")
struct MerkleTreeTests {
    /// The RFC 6962 test inputs used by every Certificate Transparency implementation.
    static let inputs: [[UInt8]] = [
        [], [0x00], [0x10], [0x20, 0x21], [0x30, 0x31], [0x40, 0x41, 0x42, 0x43],
        [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57], Array(0x60...0x6f),
    ]
    static let roots = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    @Test("Roots match the RFC 6962 test vectors")
    func vectors() {
        let tree = MerkleTree(leafHashes: Self.inputs.map { MerkleHash.leaf($0) })
        for size in 0...8 { #expect(tree.rootHash(treeSize: size).hex == Self.roots[size]) }
    }

    /// MTH written straight from the RFC's definition, to check the cached tree against.
    static func reference(_ leaves: ArraySlice<MerkleHash>) -> MerkleHash {
        if leaves.isEmpty { return .empty }
        if leaves.count == 1 { return leaves.first! }
        var k = 1
        while k * 2 < leaves.count { k *= 2 }
        return .node(reference(leaves.prefix(k)), reference(leaves.dropFirst(k)))
    }

    static func leaves(_ n: Int) -> [MerkleHash] { (0..<n).map { MerkleHash.leaf(Array("leaf \($0)".utf8)) } }

    @Test("Every root of every tree up to 130 leaves matches the recursive definition")
    func rootsMatchDefinition() {
        let leaves = Self.leaves(130)
        let tree = MerkleTree(leafHashes: leaves)
        for n in 0...130 { #expect(tree.rootHash(treeSize: n) == Self.reference(leaves[0..<n])) }
    }

    @Test("Every inclusion proof of every tree up to 70 leaves verifies; a wrong leaf, index or node does not")
    func inclusion() {
        let leaves = Self.leaves(70)
        let tree = MerkleTree(leafHashes: leaves)
        for n in 1...70 {
            let root = tree.rootHash(treeSize: n)
            for i in 0..<n {
                let proof = tree.inclusionProof(for: i, treeSize: n)
                #expect(MerkleProof.verifyInclusion(of: leaves[i], at: i, treeSize: n, proof: proof, rootHash: root))
                #expect(!MerkleProof.verifyInclusion(of: leaves[(i + 1) % 70], at: i, treeSize: n, proof: proof, rootHash: root))
                if n > 1 {
                    #expect(!MerkleProof.verifyInclusion(of: leaves[i], at: (i + 1) % n, treeSize: n, proof: proof, rootHash: root))
                }
                // (A proof alone does not bind the tree size for every size; the signed checkpoint does.)
                if !proof.isEmpty {
                    var bad = proof
                    bad[bad.count / 2] = .leaf([0xFF])
                    #expect(!MerkleProof.verifyInclusion(of: leaves[i], at: i, treeSize: n, proof: bad, rootHash: root))
                    #expect(!MerkleProof.verifyInclusion(of: leaves[i], at: i, treeSize: n, proof: proof.dropLast(), rootHash: root))
                }
            }
        }
    }

    @Test("Every consistency proof between trees up to 50 leaves verifies; a wrong root or node does not")
    func consistency() {
        let leaves = Self.leaves(50)
        let tree = MerkleTree(leafHashes: leaves)
        for n in 1...50 {
            let newRoot = tree.rootHash(treeSize: n)
            for m in 1...n {
                let oldRoot = tree.rootHash(treeSize: m)
                let proof = tree.consistencyProof(from: m, to: n)
                #expect(MerkleProof.verifyConsistency(from: m, oldRoot, to: n, newRoot, proof: proof), "\(m)→\(n)")
                if m < n {
                    #expect(!MerkleProof.verifyConsistency(from: m, .leaf([1]), to: n, newRoot, proof: proof))
                    #expect(!MerkleProof.verifyConsistency(from: m, oldRoot, to: n, .leaf([1]), proof: proof))
                    var bad = proof
                    bad[0] = .leaf([2])
                    #expect(!MerkleProof.verifyConsistency(from: m, oldRoot, to: n, newRoot, proof: bad))
                }
            }
        }
    }
}
