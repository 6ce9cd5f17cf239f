import Custodian
import DecisionLog
import DecisionLogSQLite
import Foundation
import Testing

/// A 1,000-record SQLite log, tampered with in every way the acceptance criteria name.
@Suite("Tamper evidence", .serialized)
struct TamperTests {
    static let signer = try! CheckpointSigner(name: "t/log", privateKey: Data(repeating: 9, count: 32))
    static let verifier = try! CheckpointVerifier(verifierKey: signer.verifierKey)

    /// A log of 1,000 records with a checkpoint exported at the end.
    static func makeLog() async throws -> (SQLiteLogStore, String, String) {
        let path = temporaryPath("tamper")
        let store = try SQLiteLogStore(path: path)
        _ = try await store.append((0..<1000).map { Records.record($0) })
        let note = try await DecisionLog(store: store, signer: signer).checkpoint()
        return (store, path, note)
    }

    static func firstProblem(_ store: SQLiteLogStore, _ external: [String] = []) async throws -> VerificationReport.Problem? {
        try await LogVerifier(key: verifier).verify(store, against: external).problems.first
    }

    @Test("Flipping any byte of any record's stored bytes, hash or identifier is found at that record")
    func flips() async throws {
        let (store, path, _) = try await Self.makeLog()
        defer { removeDatabase(path) }
        #expect(try await Self.firstProblem(store) == nil)
        var random = SystemRandomNumberGenerator()
        let entries = try await store.entries(in: 0..<1000)
        for entry in entries {
            for column in ["leaf", "leaf_hash", "decision_id"] {
                if column == "decision_id" && entry.index % 10 != 0 { continue }  // every tenth: a string column
                var bytes = column == "leaf" ? Data(entry.leaf) : column == "leaf_hash" ? entry.leafHash.bytes : Data(entry.decisionID.utf8)
                let position = Int.random(in: 0..<bytes.count, using: &random)
                bytes[position] ^= UInt8.random(in: 1...255, using: &random)
                let value: any Sendable = column == "decision_id" ? String(decoding: bytes, as: UTF8.self) as any Sendable : bytes
                try store.unsafeExecute("UPDATE entries SET \(column) = ? WHERE idx = ?", arguments: [value, Int64(entry.index)])
                let problem = try await Self.firstProblem(store)
                #expect(problem?.index == entry.index, "\(column) of \(entry.index): \(String(describing: problem))")
                let original: any Sendable
                switch column {
                case "leaf": original = Data(entry.leaf)
                case "leaf_hash": original = entry.leafHash.bytes
                default: original = entry.decisionID
                }
                try store.unsafeExecute("UPDATE entries SET \(column) = ? WHERE idx = ?", arguments: [original, Int64(entry.index)])
            }
        }
        #expect(try await Self.firstProblem(store) == nil)
    }

    @Test("Each structural change, one at a time", arguments: ["delete", "duplicate", "swap", "move", "rewrite"])
    func structuralChange(_ change: String) async throws {
        let (store, path, note) = try await Self.makeLog()
        defer { removeDatabase(path) }
        switch change {
        case "delete":
            try store.unsafeExecute("DELETE FROM entries WHERE idx = 417")
            #expect(try await Self.firstProblem(store)?.index == 417)
        case "duplicate":
            try store.unsafeExecute(
                "INSERT INTO entries (idx, leaf, leaf_hash, decision_id) SELECT 1000, leaf, leaf_hash, decision_id FROM entries WHERE idx = 12")
            let problems = try await LogVerifier(key: Self.verifier).verify(store).problems
            #expect(problems.first?.index == 1000)
            #expect(problems.contains { $0.message.contains("recorded twice") })
        case "swap":
            try store.unsafeExecute("UPDATE entries SET idx = -1 WHERE idx = 100")
            try store.unsafeExecute("UPDATE entries SET idx = 100 WHERE idx = 700")
            try store.unsafeExecute("UPDATE entries SET idx = 700 WHERE idx = -1")
            #expect(try await Self.firstProblem(store)?.index == 100)
        case "move":
            try store.unsafeExecute("UPDATE entries SET idx = 5000 WHERE idx = 999")
            #expect(try await Self.firstProblem(store)?.index == 999)
        default:
            // A careful rewrite: change a record and recompute its stored hash. Only the signed
            // checkpoint can catch it.
            let entry = try #require(try await store.entries(in: 251..<252).first)
            let text = String(decoding: entry.leaf, as: UTF8.self).replacingOccurrences(of: "\"outcome\":\"deny\"", with: "\"outcome\":\"allow\"")
            #expect(text != String(decoding: entry.leaf, as: UTF8.self))
            try store.unsafeExecute(
                "UPDATE entries SET leaf = ?, leaf_hash = ? WHERE idx = 251",
                arguments: [Data(text.utf8), MerkleHash.leaf(Array(text.utf8)).bytes])
            let problem = try #require(try await Self.firstProblem(store, [note]))
            #expect(problem.message.contains("does not match"))
        }
        _ = note
    }

    @Test("Cutting off the tail is found against an exported checkpoint, even when the kept ones are gone")
    func cutTail() async throws {
        let (store, path, note) = try await Self.makeLog()
        defer { removeDatabase(path) }
        try store.unsafeExecute("DELETE FROM entries WHERE idx >= 900")
        try store.unsafeExecute("DELETE FROM checkpoints")
        // The subtree hashes over the cut records betray it…
        #expect(try await Self.firstProblem(store)?.message.contains("beyond its 900 records") == true)
        // …so a careful attacker deletes them too.
        try store.unsafeExecute("DELETE FROM nodes WHERE key >> 6 >= 900")
        // Without the exported checkpoint the shorter log looks whole…
        #expect(try await Self.firstProblem(store) == nil)
        // …with it, the cut is found and located.
        let problem = try #require(try await Self.firstProblem(store, [note]))
        #expect(problem.index == 900)
        #expect(problem.message.contains("cut off"))
    }
}

