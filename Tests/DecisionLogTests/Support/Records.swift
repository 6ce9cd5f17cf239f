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
            context: Context(facts: [.userNotified], consentedPurposes: [.marketing], at: Date(timeIntervalSince1970: 1_790_000_000)))
    }

    static func record(_ n: Int, subject: String? = nil) -> DecisionRecord {
        let request = request(n, subject: subject)
        return DecisionRecord(
            engine.decide(request), for: request, under: engine.policy, at: Date(timeIntervalSince1970: 1_790_000_000 + Double(n)),
            pseudonymizer: pseudonymizer)
    }
}

/// A store that fails on demand, for fault injection.
actor FailingStore: LogStore {
    let inner = InMemoryLogStore()
    var failure: DecisionLogError?
    /// Fail every n-th append (0: never).
    var failEvery = 0
    private(set) var transactions = 0

    init(failure: DecisionLogError? = nil, failEvery: Int = 0) {
        self.failure = failure
        self.failEvery = failEvery
    }

    func setFailure(_ failure: DecisionLogError?) { self.failure = failure }

    func append(_ records: [EncodedRecord]) async throws(DecisionLogError) -> [LogEntry] {
        transactions += 1
        if let failure { throw failure }
        if failEvery > 0, transactions % failEvery == 0 {
            throw DecisionLogError(.ioError, "injected")
        }
        return try await inner.append(records)
    }
    func size() async throws(DecisionLogError) -> UInt64 { await inner.size() }
    func entries(in range: Range<UInt64>) async throws(DecisionLogError) -> [LogEntry] { await inner.entries(in: range) }
    func entry(for decisionID: String) async throws(DecisionLogError) -> LogEntry? { await inner.entry(for: decisionID) }
    func subtreeHashes(_ addresses: [SubtreeAddress]) async throws(DecisionLogError) -> [MerkleHash] {
        try await inner.subtreeHashes(addresses)
    }
    func storedSubtrees(completedBy leaves: Range<UInt64>) async throws(DecisionLogError)
        -> [(key: Int64, hash: MerkleHash)]?
    {
        await inner.storedSubtrees(completedBy: leaves)
    }
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
