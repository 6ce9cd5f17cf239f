import Custodian
import DecisionLog
import Foundation

/// Records for tests, made from real decisions of a small policy.
enum Records {
    static let pseudonymizer = try! SubjectPseudonymizer(key: Data(repeating: 7, count: 32))

    static let engine: PolicyEngine = {
        let policy = Policy(id: "t", title: "T", controller: .init(id: "c", name: "C", clause: "C")) {
            Policy.Declaration<Recipient>(.controller, "us", clause: "C")
            Policy.Declaration<Purpose>(.support, "support", clause: "S")
            Policy.Rule.permit(
                "support", clause: "Support", actions: [.collect, .use], purposes: [.support], categories: ["contact"],
                legalBases: [.contract])
        }
        return PolicyEngine(policy: try! CompiledPolicy(policy))
    }()

    /// A request that the test policy allows (even `n`) or denies (odd `n`).
    static func request(_ n: Int, subject: String? = nil) -> Request {
        Request(
            .use, subject: SubjectID(subject ?? "user-\(n)"), categories: [n % 2 == 0 ? "contact.email" : "usage.links"],
            purpose: .support, legalBasis: .contract,
            context: Context(facts: [FactSet(.userNotified)], consentedPurposes: [.marketing], at: Date(timeIntervalSince1970: 1_790_000_000)))
    }

    static func record(_ n: Int, subject: String? = nil) -> DecisionRecord {
        let request = request(n, subject: subject)
        return DecisionRecord(
            engine.decide(request), for: request, at: Date(timeIntervalSince1970: 1_790_000_000 + Double(n)),
            pseudonymizer: pseudonymizer)
    }
}

/// A store that fails on demand, for fault injection.
actor FailingStore: LogStore {
    let inner = InMemoryLogStore()
    var failure: DecisionLogError?
    /// Fail this share of appends at random (deterministically seeded).
    var failureRate = 0.0
    private var random = SystemRandomNumberGenerator()
    private(set) var transactions = 0

    init(failure: DecisionLogError? = nil, failureRate: Double = 0) {
        self.failure = failure
        self.failureRate = failureRate
    }

    func setFailure(_ failure: DecisionLogError?) { self.failure = failure }

    func append(_ records: [DecisionRecord]) async throws(DecisionLogError) -> [LogEntry] {
        transactions += 1
        if let failure { throw failure }
        if failureRate > 0, Double.random(in: 0..<1, using: &random) < failureRate {
            throw DecisionLogError(.ioError, "injected")
        }
        return try await inner.append(records)
    }
    func size() async throws(DecisionLogError) -> UInt64 { await inner.size() }
    func entries(in range: Range<UInt64>) async throws(DecisionLogError) -> [LogEntry] { await inner.entries(in: range) }
    func entry(for decisionID: String) async throws(DecisionLogError) -> LogEntry? { await inner.entry(for: decisionID) }
    func saveCheckpoint(_ note: String, size: UInt64) async throws(DecisionLogError) {
        await inner.saveCheckpoint(note, size: size)
    }
    func checkpoints() async throws(DecisionLogError) -> [String] { await inner.checkpoints() }
}

/// A fresh temporary path.
func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("custodian-\(name)-\(UUID()).sqlite").path
}

func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}
