import Benchmark
import Custodian
import CustodianCommands
import CustodianPolicyFiles
import CustodianWire
import DecisionLog
import DecisionLogSQLite
import Foundation

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions],
        timeUnits: .nanoseconds, warmupIterations: 3, scalingFactor: .kilo, maxDuration: .seconds(3),
        maxIterations: 10_000)

    // MARK: Deciding

    Benchmark("Decide: typed request, outcome and obligations (check)") { benchmark in
        let requests = Fixtures.requests
        let engine = Fixtures.engine
        var n = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(engine.check(requests[n]))
            n = n == requests.count - 1 ? 0 : n + 1
        }
    }

    Benchmark("Decide: typed request, full decision with reasons") { benchmark in
        let requests = Fixtures.requests
        let engine = Fixtures.engine
        var n = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(engine.decide(requests[n]))
            n = n == requests.count - 1 ? 0 : n + 1
        }
    }

    Benchmark("Decide: JSON line in, JSON decision out") { benchmark in
        let lines = Fixtures.lines
        let engine = Fixtures.engine
        var n = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let request = try! RequestReader.read(lines[n])
            blackHole(DecisionWriter.json(engine.decide(request)))
            n = n == lines.count - 1 ? 0 : n + 1
        }
    }

    Benchmark("Decide: JSON line through Foundation's JSONDecoder (for comparison)") { benchmark in
        let lines = Fixtures.lines
        var n = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try! WireRequest.decode(lines[n]))
            n = n == lines.count - 1 ? 0 : n + 1
        }
    }

    for count in [10, 100, 1_000, 10_000] {
        let setup = SyntheticSetup(rules: count)
        Benchmark("Decide: typed check under a policy of \(count) extra rules") { benchmark in
            let (engine, requests) = (setup.engine, setup.requests)
            var n = 0
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(engine.check(requests[n]))
                n = n == requests.count - 1 ? 0 : n + 1
            }
        }
    }

    for tasks in [1, 2, 4, 16] {
        Benchmark(
            "Decide: typed check from \(tasks) concurrent tasks",
            configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .mega, maxDuration: .seconds(3))
        ) { benchmark async in
            // Each task decides requests of its own, as separate callers would: shared request
            // values would make the cores contend for their reference counts.
            let perTask = benchmark.scaledIterations.count / tasks
            let inputs = (0..<tasks).map { _ in Fixtures.lines.prefix(5_000).map { try! RequestReader.read($0) } }
            let engines = (0..<tasks).map { _ in PolicyEngine(policy: try! BuiltInPolicy.heroPlatform.compiled()) }
            benchmark.startMeasurement()
            await withTaskGroup(of: Void.self) { group in
                for task in 0..<tasks {
                    let (requests, engine) = (inputs[task], engines[task])
                    group.addTask {
                        var n = 0
                        for _ in 0..<perTask {
                            blackHole(engine.check(requests[n]))
                            n = n == requests.count - 1 ? 0 : n + 1
                        }
                    }
                }
            }
        }
    }

    // MARK: Policies

    Benchmark(
        "Policy: compile the Hero policy from YAML",
        configuration: .init(metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident], scalingFactor: .one)
    ) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try! BuiltInPolicy.heroPlatform.compiled()) }
    }

    Benchmark(
        "Policy: compile a policy of 10,000 rules",
        configuration: .init(metrics: [.wallClock, .peakMemoryResident], scalingFactor: .one, maxIterations: 20)
    ) { benchmark in
        let policy = Fixtures.synthetic(rules: 10_000)
        benchmark.startMeasurement()
        blackHole(try! CompiledPolicy(policy))
    }

    Benchmark(
        "Memory: the compiled Hero policy, resident",
        configuration: .init(metrics: [.peakMemoryResidentDelta, .peakMemoryResident], scalingFactor: .one, maxIterations: 5)
    ) { benchmark in
        benchmark.startMeasurement()
        let policy = try! BuiltInPolicy.heroPlatform.compiled()
        benchmark.stopMeasurement()
        blackHole(policy)
    }

    // MARK: The decision log

    for (name, tasks) in [("1 task", 1), ("16 tasks", 16), ("256 tasks", 256)] {
        Benchmark(
            "Log: decide and append, in memory, \(name)",
            configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .kilo, maxDuration: .seconds(3))
        ) { benchmark async in
            await decideAndLog(store: InMemoryLogStore(), tasks: tasks, count: benchmark.scaledIterations.count)
        }
        Benchmark(
            "Log: decide and append durably to SQLite (synchronous=FULL, group commit), \(name)",
            configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .kilo, maxDuration: .seconds(5), maxIterations: 50)
        ) { benchmark async in
            let path = NSTemporaryDirectory() + "custodian-bench-\(UUID()).sqlite"
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            let store = try! SQLiteLogStore(path: path)
            benchmark.startMeasurement()
            await decideAndLog(store: store, tasks: tasks, count: benchmark.scaledIterations.count)
        }
    }

    Benchmark(
        "Log: verify 100,000 records (in memory)",
        configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .one, maxIterations: 20)
    ) { benchmark async in
        let store = InMemoryLogStore()
        _ = try! await store.append(LogFixtures.records)
        benchmark.startMeasurement()
        blackHole(try! await LogVerifier(key: nil).verify(store))
    }

    Benchmark(
        "Log: inclusion proof in a tree of 1,000,000 records",
        configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .kilo)
    ) { benchmark in
        let tree = LogFixtures.tree
        var n = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(tree.inclusionProof(for: n, treeSize: tree.size))
            n = (n + 7919) % tree.size
        }
    }

    Benchmark(
        "Log: consistency proof in a tree of 1,000,000 records",
        configuration: .init(metrics: [.wallClock, .throughput], scalingFactor: .kilo)
    ) { benchmark in
        let tree = LogFixtures.tree
        var n = 1
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(tree.consistencyProof(from: n, to: tree.size))
            n = (n + 7919) % (tree.size - 1) + 1
        }
    }
}

/// A synthetic policy and requests, built once per benchmark.
struct SyntheticSetup: Sendable {
    let engine: PolicyEngine
    let requests: [Request]
    init(rules count: Int) {
        engine = PolicyEngine(policy: try! CompiledPolicy(Fixtures.synthetic(rules: count)))
        requests = Fixtures.syntheticRequests(rules: count)
    }
}

/// Decides the workload's requests and records each decision, from `tasks` tasks.
func decideAndLog(store: any LogStore, tasks: Int, count: Int) async {
    let audited = AuditedEngine(
        engine: Fixtures.engine, log: DecisionLog(store: store),
        pseudonymizer: try! SubjectPseudonymizer(key: Data(repeating: 1, count: 32)))
    let requests = Fixtures.requests
    await withTaskGroup(of: Void.self) { group in
        for task in 0..<tasks {
            group.addTask {
                var n = task * 997
                for _ in 0..<(count / tasks) {
                    blackHole(await audited.decide(requests[n % requests.count]))
                    n += 1
                }
            }
        }
    }
}

enum LogFixtures {
    /// 100,000 records of workload decisions.
    static let records: [DecisionRecord] = {
        let pseudonymizer = try! SubjectPseudonymizer(key: Data(repeating: 1, count: 32))
        return (0..<100_000).map { n in
            let request = Fixtures.requests[n % Fixtures.requests.count]
            return DecisionRecord(Fixtures.engine.decide(request), for: request, under: Fixtures.hero, pseudonymizer: pseudonymizer)
        }
    }()

    /// A tree of 1,000,000 leaves.
    static let tree = MerkleTree(leafHashes: (0..<1_000_000).map { MerkleHash.leaf(Array("leaf \($0)".utf8)) })
}
