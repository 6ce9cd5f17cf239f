import Custodian
import DecisionLog
import DecisionLogSQLite
import Foundation
import Testing

#if Postgres
import DecisionLogPostgres
#endif

/// The store set-ups the contract runs against. PostgreSQL joins when the package is built with
/// the `Postgres` trait and `POSTGRES_URL` names a server (`Scripts/with-postgres.sh` starts one).
struct StoreSetup: CustomTestStringConvertible, Sendable {
    var name: String
    var make: @Sendable () async throws -> (any LogStore, cleanup: @Sendable () async -> Void)
    var testDescription: String { name }

    static let inMemory = StoreSetup(name: "in-memory") { (InMemoryLogStore(), {}) }
    static let sqlite = StoreSetup(name: "SQLite") {
        let path = temporaryPath("contract")
        return (try SQLiteLogStore(path: path), { removeDatabase(path) })
    }

    static var allCases: [StoreSetup] {
        var setups = [inMemory, sqlite]
        #if Postgres
        if let url = ProcessInfo.processInfo.environment["POSTGRES_URL"] {
            setups.append(
                StoreSetup(name: "PostgreSQL") {
                    let store = try PostgresLogStore(url: url, schema: "t_\(UUID().uuidString.prefix(8).lowercased())")
                    return (store, { try? await store.dropEverything() })
                })
        }
        #endif
        return setups
    }
}

/// One contract, every store.
@Suite("Log store contract")
struct LogStoreContractTests {
    @Test(
        "PostgreSQL is part of the contract run",
        .enabled(if: ProcessInfo.processInfo.environment["POSTGRES_URL"] != nil, "POSTGRES_URL is not set: PostgreSQL store not tested"))
    func postgresIncluded() {
        #if Postgres
        #expect(StoreSetup.allCases.contains { $0.name == "PostgreSQL" })
        #else
        Issue.record("POSTGRES_URL is set but the package was built without the Postgres trait (swift test --traits Postgres)")
        #endif
    }

    @Test("Appends get consecutive positions and read back exactly", arguments: StoreSetup.allCases)
    func appendAndRead(_ setup: StoreSetup) async throws {
        let (store, cleanup) = try await setup.make()
        defer { Task { await cleanup() } }
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
        let (store, cleanup) = try await setup.make()
        defer { Task { await cleanup() } }
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
        let (store, cleanup) = try await setup.make()
        defer { Task { await cleanup() } }
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
        let (store, cleanup) = try await setup.make()
        defer { Task { await cleanup() } }
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
