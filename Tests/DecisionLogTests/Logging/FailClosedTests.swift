import Custodian
import DecisionLog
import DecisionLogSQLite
import Foundation
import Testing

#if Postgres
import DecisionLogPostgres
#endif

@Suite("Fail closed: no allow that was not logged")
struct FailClosedTests {
    static let failures: [DecisionLogError] = [
        DecisionLogError(.unavailable, "database down"), DecisionLogError(.diskFull, "disk full"),
        DecisionLogError(.ioError, "I/O error"),
    ]

    @Test("A failing store turns every allow into a deny that says why", arguments: failures)
    func failingStore(_ failure: DecisionLogError) async throws {
        let store = FailingStore(failure: failure)
        let audited = AuditedEngine(engine: Records.engine, log: DecisionLog(store: store), pseudonymizer: Records.pseudonymizer)
        for n in 0..<20 {
            let plain = Records.engine.decide(Records.request(n))
            let decision = await audited.decide(Records.request(n))
            #expect(!decision.isAllowed)
            #expect(decision.obligations.isEmpty)
            if plain.isAllowed {
                #expect(decision.reasons.map(\.kind) == [.notRecorded])
                #expect(decision.reasons[0].clause.contains(failure.kind.description))
            }
        }
        #expect(try await store.size() == 0)
        // When the store recovers, allows come back, and each is logged.
        await store.setFailure(nil)
        let decision = await audited.decide(Records.request(0))
        #expect(decision.isAllowed)
        #expect(try await store.entry(for: decision.id.description) != nil)
    }

    @Test("Under intermittent failures, every allow returned is in the log")
    func intermittentFailures() async throws {
        let store = FailingStore(failEvery: 3)
        let log = DecisionLog(store: store, maximumGroupSize: 16)
        let audited = AuditedEngine(engine: Records.engine, log: log, pseudonymizer: Records.pseudonymizer)
        let allowed = await withTaskGroup(of: Decision.self) { group in
            for n in 0..<2000 { group.addTask { await audited.decide(Records.request(n * 2)) } }
            return await group.reduce(into: [Decision]()) { if $1.isAllowed { $0.append($1) } }
        }
        #expect(allowed.count > 100 && allowed.count < 2000)
        let logged = Set(try await store.entries(in: 0..<10_000).map(\.decisionID))
        #expect(allowed.allSatisfy { logged.contains($0.id.description) })
    }

    @Test("SQLite: a full disk and an unreachable database give denies, never unlogged allows")
    func sqliteFaults() async throws {
        // A database capped at a few pages fills up.
        let path = temporaryPath("full")
        defer { removeDatabase(path) }
        let full = try SQLiteLogStore(path: path, maximumPages: 8)
        let audited = AuditedEngine(engine: Records.engine, log: DecisionLog(store: full), pseudonymizer: Records.pseudonymizer)
        var denied = 0
        var allowedIDs: [String] = []
        for n in 0..<400 {
            let decision = await audited.decide(Records.request(n * 2))
            if decision.isAllowed { allowedIDs.append(decision.id.description) } else { denied += 1 }
            if decision.reasons.contains(where: { $0.kind == .notRecorded }) {
                #expect(decision.reasons[0].clause.contains("diskFull"))
            }
        }
        #expect(denied > 0)
        for id in allowedIDs { #expect(try await full.entry(for: id) != nil) }
        // A database that cannot be opened is an error, not a store that drops records.
        #expect(throws: DecisionLogError.self) { try SQLiteLogStore(path: "/nonexistent-dir/sub/log.sqlite") }
    }

    #if Postgres
    @Test("PostgreSQL: a database that is down gives denies, never unlogged allows")
    func postgresDown() async throws {
        // Nothing listens on port 1.
        let store = try PostgresLogStore(url: "postgres://custodian@127.0.0.1:1/postgres", operationTimeout: .seconds(3))
        let audited = AuditedEngine(engine: Records.engine, log: DecisionLog(store: store), pseudonymizer: Records.pseudonymizer)
        let decision = await audited.decide(Records.request(0))
        #expect(!decision.isAllowed)
        #expect(decision.reasons.map(\.kind) == [.notRecorded])
        #expect(decision.reasons[0].clause.contains("unavailable"))
    }
    #endif

    @Test("Appends from concurrent tasks are committed in groups")
    func groupCommit() async throws {
        let store = FailingStore()
        let log = DecisionLog(store: store)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 0..<1000 { group.addTask { _ = try await log.append(Records.record(n)) } }
            try await group.waitForAll()
        }
        #expect(try await store.size() == 1000)
        let transactions = await store.transactions
        #expect(transactions < 1000, "\(transactions) transactions for 1000 appends")
    }
}

extension DecisionLogError: CustomTestStringConvertible {
    public var testDescription: String { kind.description }
}
