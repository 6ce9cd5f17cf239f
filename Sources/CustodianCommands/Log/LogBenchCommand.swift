import ArgumentParser
import Custodian
import CustodianPolicyFiles
import CustodianWire
import DecisionLog
import DecisionLogSQLite
import Foundation

/// `custodian-log-bench`: builds large logs in bulk, checks bulk against one-by-one appends, and
/// measures `AuditedEngine` throughput from many tasks (benchmarks only; not part of `custodian`).
package struct LogBenchCommand: AsyncParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "custodian-log-bench",
        abstract: "Decision-log benchmarks: bulk-built logs, bulk versus one-by-one roots, audited throughput.",
        subcommands: [Build.self, Compare.self, Appenders.self])

    /// `build LOG --records N`: small, valid records appended through the store in large groups.
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build", abstract: "Append small, valid records to an empty log (from 'custodian log init') in large groups.")

        @Argument(help: "An empty SQLite log.") var log: String
        @Option(name: .long, help: "How many records.") var records: Int
        @Option(name: .long, help: "Records per append (one transaction each).") var group: Int = 100_000
        @Flag(name: .long, help: "Add to a log that already holds records.") var add = false

        func run() async throws {
            guard records > 0, group > 0 else { throw ValidationError("--records and --group must be positive") }
            let store = try SQLiteLogStore(path: log)
            let existing = try await store.size()
            guard add || existing == 0 else {
                throw ValidationError("'\(log)' already holds records; give it an empty log, or --add")
            }
            let maker = try BenchRecords()
            let start = ContinuousClock.now
            var written = 0
            while written < records {
                let count = min(group, records - written)
                _ = try await store.append((0..<count).map { _ in maker.next() })
                written += count
            }
            let seconds = (ContinuousClock.now - start).seconds
            Output.print("\(records) records in \(String(format: "%.1f", seconds)) s (\(Int(Double(records) / seconds)) a second)")
        }
    }

    /// `compare --records N`: the same records in bulk groups and one at a time, same roots.
    struct Compare: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "compare",
            abstract: "Append the same records in bulk and one by one to in-memory stores; compare roots at sampled sizes.")

        @Option(name: .long, help: "How many records.") var records: Int
        @Option(name: .long, help: "Records per bulk append.") var group: Int = 100_000

        func run() async throws {
            guard records > 0, group > 0 else { throw ValidationError("--records and --group must be positive") }
            let maker = try BenchRecords()
            let all = (0..<records).map { _ in maker.next() }
            let bulk = InMemoryLogStore()
            let single = InMemoryLogStore()
            var samples = Set([1, 2, 3, 5, 7, records])
            var power = 10
            while power < records {
                samples.formUnion([power - 1, power, power + 1])
                power *= 10
            }
            var written = 0
            while written < records {
                let count = min(group, records - written)
                _ = try await bulk.append(Array(all[written..<(written + count)]))
                written += count
            }
            var checked = 0
            for (n, record) in all.enumerated() {
                _ = try await single.append([record])
                guard samples.contains(n + 1) else { continue }
                let a = try await StoredTree(store: bulk, size: UInt64(n + 1)).rootHash()
                let b = try await StoredTree(store: single, size: UInt64(n + 1)).rootHash()
                guard a == b else { throw CommandError("roots differ at size \(n + 1): \(a) versus \(b)") }
                checked += 1
            }
            Output.print("same root in bulk (groups of \(group)) and one by one at \(checked) sizes up to \(records)")
        }
    }

    /// `appenders WORKLOAD --log L --tasks N`: `AuditedEngine.decide` from N tasks at once.
    struct Appenders: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "appenders",
            abstract: "Decide and durably log a workload from many concurrent tasks (AuditedEngine); print decisions a second.")

        @Argument(help: "The workload (JSON Lines).") var workload: String
        @Option(name: .long, help: "The log: a SQLite path or a postgres:// URL.") var log: String
        @Option(name: .long, help: "Concurrent tasks, each deciding one request at a time.") var tasks: Int = 256
        @Option(name: .long, help: "How many decisions in all.") var decisions: Int = 100_000

        func run() async throws {
            guard tasks > 0, decisions > 0 else { throw ValidationError("--tasks and --decisions must be positive") }
            let engine = PolicyEngine(policy: try BuiltInPolicy.heroPlatform.compiled())
            let text = try String(contentsOfFile: workload, encoding: .utf8)
            let requests = try RequestBatch(reading: text, vocabulary: .heroPlatform).requests
            let store: any LogStore =
                log.contains("://")
                ? try PostgresStoreOpener.open(log, readOnly: false) : try SQLiteLogStore(path: log)
            let audited = AuditedEngine(
                engine: engine, log: DecisionLog(store: store),
                pseudonymizer: try SubjectPseudonymizer(key: SubjectPseudonymizer.generateKey()))
            let (tasks, decisions) = (self.tasks, self.decisions)
            let start = ContinuousClock.now
            let unrecorded = await withTaskGroup(of: Int.self) { group in
                for task in 0..<tasks {
                    group.addTask {
                        var failed = 0
                        var n = task
                        while n < decisions {
                            let decision = await audited.decide(requests[n % requests.count])
                            if decision.reasons.first?.kind == .notRecorded { failed += 1 }
                            n += tasks
                        }
                        return failed
                    }
                }
                return await group.reduce(0, +)
            }
            let seconds = (ContinuousClock.now - start).seconds
            Output.print(
                "\(decisions) decisions from \(tasks) tasks in \(String(format: "%.2f", seconds)) s: "
                    + "\(Int(Double(decisions) / seconds)) a second, \(unrecorded) not recorded")
            if unrecorded > 0 { throw ExitCode(3) }
        }
    }
}

/// Real decisions of a one-rule policy, each with a new identifier and time: small, valid records.
final class BenchRecords: @unchecked Sendable {
    private var template: DecisionRecord
    private var count = 0

    init() throws {
        let policy = Policy(id: "bench", title: "Bench", controller: .init(id: "c", name: "C", clause: "C")) {
            Policy.Declaration<Recipient>(.controller, "us", clause: "C")
            Policy.Declaration<Purpose>(.support, "support", clause: "S")
            Policy.Rule.permit(
                "support", clause: "Support", actions: [.use], purposes: [.support], categories: ["contact"],
                legalBases: [.contract])
        }
        let engine = PolicyEngine(policy: try CompiledPolicy(policy))
        let request = Request(
            .use, subject: SubjectID("someone"), categories: ["contact.email"], purpose: .support, legalBasis: .contract)
        template = DecisionRecord(
            engine.decide(request), for: request, under: engine.policy, at: Date(timeIntervalSince1970: 1_790_000_000),
            pseudonymizer: try SubjectPseudonymizer(key: Data(repeating: 1, count: 32)))
    }

    func next() -> EncodedRecord {
        template.decisionID = DecisionID()
        template.time = Date(timeIntervalSince1970: 1_790_000_000 + Double(count) / 1000)
        count += 1
        return template.encoded()
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
