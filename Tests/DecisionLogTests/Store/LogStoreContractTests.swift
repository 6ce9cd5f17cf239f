import Custodian
import DecisionLog
import DecisionLogSQLite
import Foundation
import Testing

/// The store set-ups the contract runs against. PostgreSQL joins when the package is built with
/// the `Postgres` trait and `POSTGRES_URL` is set.
enum StoreSetup: String, CaseIterable, CustomTestStringConvertible {
    case inMemory, sqlite
    var testDescription: String { rawValue }

    func make() throws -> (any LogStore, cleanup: () -> Void) {
        switch self {
        case .inMemory:
            return (InMemoryLogStore(), {})
        case .sqlite:
            let path = temporaryPath("contract")
            return (try SQLiteLogStore(path: path), { removeDatabase(path) })
        }
    }
}

/// One contract, every store.
@Suite("Log store contract")
struct LogStoreContractTests {
    @Test("Appends get consecutive positions and read back exactly", arguments: StoreSetup.allCases)
    func appendAndRead(_ setup: StoreSetup) async throws {
        let (store, cleanup) = try setup.make()
        defer { cleanup() }
        #expect(try await store.size() == 0)
        let first = try await store.append((0..<3).map { Records.record($0) })
        let second = try await store.append([Records.record(3)])
        #expect(first.map(\.index) == [0, 1, 2])
        #expect(second.map(\.index) == [3])
        #expect(try await store.size() == 4)
        let read = try await store.entries(in: 0..<10)
        #expect(read == first + second)
        #expect(try await store.entries(in: 1..<3) == Array(first[1...2]))
        #expect(try await store.entry(for: first[1].decisionID) == first[1])
        #expect(try await store.entry(for: "no-such-decision") == nil)
        #expect(read.allSatisfy { $0.leafHash == .leaf($0.leaf) })
    }

    @Test("Checkpoints are kept in order", arguments: StoreSetup.allCases)
    func checkpoints(_ setup: StoreSetup) async throws {
        let (store, cleanup) = try setup.make()
        defer { cleanup() }
        let signer = try CheckpointSigner(name: "t/log", privateKey: CheckpointSigner.generateKey())
        let log = DecisionLog(store: store, signer: signer)
        _ = try await log.append(Records.record(0))
        let a = try await log.checkpoint()
        _ = try await log.append(Records.record(1))
        let b = try await log.checkpoint()
        #expect(try await store.checkpoints() == [a, b])
        let report = try await LogVerifier(key: try CheckpointVerifier(verifierKey: signer.verifierKey)).verify(store)
        #expect(report.isValid, "\(report.problems)")
        #expect(report.checkpointsChecked == 2)
    }

    @Test("16 concurrent tasks × 100 appends: every record once, one verifiable order", arguments: StoreSetup.allCases)
    func concurrentAppends(_ setup: StoreSetup) async throws {
        let (store, cleanup) = try setup.make()
        defer { cleanup() }
        let log = DecisionLog(store: store)
        let ids = try await withThrowingTaskGroup(of: [String].self) { group in
            for task in 0..<16 {
                group.addTask {
                    var ids: [String] = []
                    for n in 0..<100 { ids.append(try await log.append(Records.record(task * 1000 + n)).decisionID) }
                    return ids
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        let entries = try await store.entries(in: 0..<10_000)
        #expect(entries.count == 1600)
        #expect(entries.map(\.index) == Array(0..<1600))
        #expect(Set(entries.map(\.decisionID)) == Set(ids))
        #expect(try await LogVerifier(key: nil).verify(store).isValid)
    }

    @Test("Proofs of inclusion verify against the log's root", arguments: StoreSetup.allCases)
    func proofs(_ setup: StoreSetup) async throws {
        let (store, cleanup) = try setup.make()
        defer { cleanup() }
        let log = DecisionLog(store: store)
        var ids: [String] = []
        for n in 0..<37 { ids.append(try await log.append(Records.record(n)).decisionID) }
        for id in ids {
            let proof = try await log.prove(decisionID: id)
            #expect(proof.isValid)
            let partial = try await log.prove(decisionID: ids[3], treeSize: 20)
            #expect(partial.isValid && partial.treeSize == 20)
        }
        await #expect(throws: DecisionLogError.self) { try await log.prove(decisionID: "missing") }
    }
}
