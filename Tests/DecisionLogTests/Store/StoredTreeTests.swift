import Custodian
import DecisionLog
import DecisionLogSQLite
import Foundation
import Testing

/// Roots and proofs read from stored subtree hashes, against every store.
@Suite("Stored trees")
struct StoredTreeTests {
    static let signer = try! CheckpointSigner(name: "t/log", privateKey: Data(repeating: 5, count: 32))
    static let verifier = try! CheckpointVerifier(verifierKey: signer.verifierKey)

    @Test("Groups of any size store the subtrees that make every root and proof the in-memory tree's", arguments: StoreSetup.allCases)
    func proofsFromStoredHashes(_ setup: StoreSetup) async throws {
        let (store, cleanup) = try await setup.make()
        defer { Task { await cleanup() } }
        var appended = 0
        for (n, group) in [1, 1, 2, 5, 300, 1, 64, 130, 7, 1].enumerated() {
            _ = try await store.append((appended..<(appended + group)).map { Records.record($0 + 10_000 * n) })
            appended += group
        }
        let entries = try await store.entries(in: 0..<UInt64(appended))
        let tree = MerkleTree(leafHashes: entries.map(\.leafHash))
        let stored = try #require(try await store.storedSubtrees(completedBy: 0..<UInt64.max))
        #expect(stored.map(\.key) == stored.map(\.key).sorted())
        for level in 1...9 {
            let atLevel = stored.filter { SubtreeAddress(storageKey: $0.key)?.level == level }
            #expect(atLevel.map { SubtreeAddress(storageKey: $0.key)?.index } == (0..<UInt64(appended >> level)).map { $0 })
            #expect(atLevel.map(\.hash) == tree.hashes(atLevel: level))
        }
        #expect(stored.count == appended - appended.nonzeroBitCount)
        for size in [0, 1, 2, 3, 4, 9, 300, 309, 373, 509, 511, 512] {
            let stored = StoredTree(store: store, size: UInt64(size))
            #expect(try await stored.rootHash() == tree.rootHash(treeSize: size))
            for index in Set([0, size / 3, size / 2, size - 1]) where index >= 0 && index < size {
                #expect(try await stored.inclusionProof(for: UInt64(index)) == tree.inclusionProof(for: index, treeSize: size))
            }
            for old in Set([0, 1, size / 2, size]) where old <= size {
                let (root, path) = try await stored.consistencyProof(from: UInt64(old))
                #expect(root == tree.rootHash(treeSize: old))
                #expect(path == tree.consistencyProof(from: old, to: size))
            }
        }
        await #expect(throws: DecisionLogError.self) { try await StoredTree(store: store, size: 512).inclusionProof(for: 512) }
        await #expect(throws: DecisionLogError.self) { try await store.subtreeHashes([SubtreeAddress(level: 4, index: 100)]) }
    }

    @Test("Verifying since a checkpoint reads only the records after it and checks the consistency proof", arguments: StoreSetup.allCases)
    func incremental(_ setup: StoreSetup) async throws {
        let (store, cleanup) = try await setup.make()
        defer { Task { await cleanup() } }
        let log = DecisionLog(store: store, signer: Self.signer)
        _ = try await store.append((0..<333).map { Records.record($0) })
        let early = try await log.checkpoint()
        _ = try await store.append((333..<1000).map { Records.record($0) })
        _ = try await log.checkpoint()
        let verifier = LogVerifier(key: Self.verifier)
        let report = try await verifier.verify(store, since: early)
        #expect(report.isValid, "\(report.problems)")
        #expect(report.firstChecked == 333 && report.size == 1000)
        #expect(report.consistencyChecked)
        #expect(report.rootHash == (try await verifier.verify(store)).rootHash)
        // A checkpoint by an unknown key is not a starting point.
        let stranger = try CheckpointSigner(name: "t/log", privateKey: Data(repeating: 6, count: 32))
        let forged = try await DecisionLog(store: store, signer: stranger).checkpoint()
        let refused = try await verifier.verify(store, since: forged)
        #expect(refused.problems.contains { $0.message.contains("given as the starting point is not valid") })
    }

    @Test("Since a checkpoint: a changed record after it, a changed edge before it")
    func incrementalTamper() async throws {
        let path = temporaryPath("since")
        defer { removeDatabase(path) }
        let store = try SQLiteLogStore(path: path)
        let log = DecisionLog(store: store, signer: Self.signer)
        _ = try await store.append((0..<600).map { Records.record($0) })
        let early = try await log.checkpoint()
        _ = try await store.append((600..<1000).map { Records.record($0) })
        let verifier = LogVerifier(key: Self.verifier)
        #expect(try await verifier.verify(store, since: early).isValid)

        // After it: found at the record.
        let entry = try #require(try await store.entries(in: 800..<801).first)
        try store.unsafeExecute("UPDATE entries SET leaf = ? WHERE idx = 800", arguments: [Data("{}".utf8)])
        #expect(try await verifier.verify(store, since: early).problems.first?.index == 800)
        try store.unsafeExecute("UPDATE entries SET leaf = ? WHERE idx = 800", arguments: [Data(entry.leaf)])
        #expect(try await verifier.verify(store, since: early).isValid)

        // Before it, on the tree's edge at its size (subtree 0 of level 9 = records 0..<512).
        try store.unsafeExecute(
            "UPDATE nodes SET hash = zeroblob(32) WHERE key = ?", arguments: [SubtreeAddress(level: 9, index: 0).storageKey])
        let problem = try #require(try await verifier.verify(store, since: early).problems.first)
        #expect(problem.message.contains("no longer give the root"))
        #expect(try await verifier.verify(store).problems.first?.index == 0)
    }

    @Test("A stored interior hash changed, deleted or added is found by a full verification")
    func tamperedSubtrees() async throws {
        let path = temporaryPath("subtrees")
        defer { removeDatabase(path) }
        let store = try SQLiteLogStore(path: path)
        _ = try await store.append((0..<1000).map { Records.record($0) })
        let verifier = LogVerifier(key: Self.verifier)
        #expect(try await verifier.verify(store).isValid)
        for level in 1...9 {
            let index = UInt64(1000 >> level) / 2
            let address = SubtreeAddress(level: level, index: index)
            let original = try #require(try await store.subtreeHashes([address]).first)
            var bytes = original.bytes
            bytes[Int(index) % 32] ^= 0x40
            try store.unsafeExecute("UPDATE nodes SET hash = ? WHERE key = ?", arguments: [bytes, address.storageKey])
            let problems = try await verifier.verify(store).problems
            #expect(problems.map(\.index) == [address.firstLeaf], "\(problems)")
            #expect(problems.first?.message.contains("does not match the records under it") == true)
            try store.unsafeExecute("DELETE FROM nodes WHERE key = ?", arguments: [address.storageKey])
            #expect(try await verifier.verify(store).problems.first?.message.contains("keeps no hash") == true)
            try store.unsafeExecute("INSERT INTO nodes VALUES (?, ?)", arguments: [address.storageKey, original.bytes])
        }
        let beyond = SubtreeAddress(level: 3, index: 125).storageKey
        try store.unsafeExecute("INSERT INTO nodes VALUES (?, zeroblob(32))", arguments: [beyond])
        #expect(try await verifier.verify(store).problems.first?.message.contains("beyond its 1000 records") == true)
        try store.unsafeExecute("DELETE FROM nodes WHERE key = ?", arguments: [beyond])
        // A key that is no subtree, among the records' own.
        try store.unsafeExecute("INSERT INTO nodes VALUES (?, zeroblob(32))", arguments: [Int64(100 << 6 | 5)])
        #expect(try await verifier.verify(store).problems.first?.message.contains("no subtree of its records") == true)
        try store.unsafeExecute("DELETE FROM nodes WHERE key = ?", arguments: [Int64(100 << 6 | 5)])
        #expect(try await verifier.verify(store).isValid)
        // Appends after a tamper go on; verification still finds it.
        let reopened = try SQLiteLogStore(path: path)
        try store.unsafeExecute(
            "UPDATE nodes SET hash = zeroblob(32) WHERE key = ?", arguments: [SubtreeAddress(level: 9, index: 0).storageKey])
        _ = try await reopened.append([Records.record(5000)])
        #expect(try await verifier.verify(reopened).problems.first?.index == 0)
    }

    @Test("A log written before interior hashes were kept: read-only proofs match, opening it for writing adds them")
    func legacyLog() async throws {
        let path = temporaryPath("legacy")
        defer { removeDatabase(path) }
        let records = (0..<300).map { Records.record($0) }
        do {
            // The version-1 schema, as earlier releases wrote it.
            let current = try SQLiteLogStore(path: path)
            _ = try await current.append(records)
            try current.unsafeExecute("DROP TABLE nodes")
            try current.unsafeExecute("DELETE FROM grdb_migrations WHERE identifier = 'v2-subtrees'")
        }
        let tree = MerkleTree(leafHashes: (0..<300).map { MerkleHash.leaf(records[$0].canonicalEncoding(index: UInt64($0))) })
        let readOnly = try SQLiteLogStore(path: path, access: .readOnly)
        #expect(try await readOnly.storedSubtrees(completedBy: 0..<10) == nil)
        #expect(try await StoredTree(store: readOnly, size: 300).rootHash() == tree.rootHash())
        #expect(try await StoredTree(store: readOnly, size: 300).inclusionProof(for: 17) == tree.inclusionProof(for: 17, treeSize: 300))
        #expect(try await LogVerifier(key: nil).verify(readOnly).isValid)
        let writable = try SQLiteLogStore(path: path)
        let stored = try #require(try await writable.storedSubtrees(completedBy: 0..<UInt64.max))
        #expect(stored.filter { $0.key & 63 == 2 }.map(\.hash) == tree.hashes(atLevel: 2))
        _ = try await writable.append([Records.record(300)])
        #expect(try await LogVerifier(key: nil).verify(writable).isValid)
    }
}
