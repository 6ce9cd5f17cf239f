public import Custodian
public import Foundation

/// A ``PolicyEngine`` whose every decision is recorded before it is returned: an allow is
/// returned only after its record is durably appended. When the log fails, the caller gets a
/// deny that says so — never an allow that was not logged.
///
/// ```swift
/// let audited = AuditedEngine(engine: engine, log: log, pseudonymizer: pseudonymizer)
/// let decision = await audited.decide(request)
/// ```
public struct AuditedEngine: Sendable {
    public let engine: PolicyEngine
    public let log: DecisionLog
    public let pseudonymizer: SubjectPseudonymizer
    private let clock: @Sendable () -> Date

    public init(
        engine: PolicyEngine, log: DecisionLog, pseudonymizer: SubjectPseudonymizer,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.engine = engine
        self.log = log
        self.pseudonymizer = pseudonymizer
        self.clock = clock
    }

    /// Decides `request` and records the decision. Fails closed.
    public func decide(_ request: Request) async -> Decision {
        let decision = engine.decide(request)
        let record = DecisionRecord(decision, for: request, under: engine.policy, at: clock(), pseudonymizer: pseudonymizer)
        do {
            _ = try await log.append(record)
            return decision
        } catch {
            return Self.unrecorded(decision, error)
        }
    }

    /// Decides requests in order and records the decisions in the same order, in groups of the
    /// log's ``DecisionLog/maximumGroupSize``: a group's decisions and records are made on every
    /// core, and the next group is prepared while the previous one is being written. A group's
    /// decisions are returned only once the whole group is durably appended; a group that cannot
    /// be recorded is returned as denies that say so (fail closed).
    public func decide(_ requests: [Request]) async -> [Decision] {
        let groupSize = log.maximumGroupSize
        var decisions: [Decision] = []
        decisions.reserveCapacity(requests.count)
        var writing: (decisions: [Decision], append: Task<Result<Void, DecisionLogError>, Never>)?
        var start = 0
        while start < requests.count {
            let range = start..<min(requests.count, start + groupSize)
            let prepared = prepare(requests[range])
            if let writing { decisions += await Self.finish(writing) }
            let (records, log) = (prepared.map(\.record), self.log)
            writing = (
                prepared.map(\.decision),
                Task { () async -> Result<Void, DecisionLogError> in
                    do throws(DecisionLogError) {
                        _ = try await log.append(contentsOf: records)
                        return .success(())
                    } catch {
                        return .failure(error)
                    }
                }
            )
            start = range.upperBound
        }
        if let writing { decisions += await Self.finish(writing) }
        return decisions
    }

    /// Decisions and their encoded records, on every core.
    private func prepare(_ requests: ArraySlice<Request>) -> [(decision: Decision, record: EncodedRecord)] {
        let (engine, pseudonymizer, clock) = (self.engine, self.pseudonymizer, self.clock)
        let first = requests.startIndex
        return ParallelChunks.map(count: requests.count, chunks: ParallelChunks.defaultChunks) { range in
            range.map { i -> (decision: Decision, record: EncodedRecord) in
                let request = requests[first + i]
                let decision = engine.decide(request)
                let record = DecisionRecord(decision, for: request, under: engine.policy, at: clock(), pseudonymizer: pseudonymizer)
                return (decision, record.encoded())
            }
        }.flatMap { $0 }
    }

    /// A group's decisions once it is written; denies when it could not be.
    private static func finish(_ writing: (decisions: [Decision], append: Task<Result<Void, DecisionLogError>, Never>)) async -> [Decision] {
        switch await writing.append.value {
        case .success: return writing.decisions
        case .failure(let error): return writing.decisions.map { unrecorded($0, error) }
        }
    }

    /// The deny returned in place of a decision that could not be recorded.
    static func unrecorded(_ decision: Decision, _ error: DecisionLogError) -> Decision {
        Decision(
            outcome: .deny, obligations: [],
            reasons: [
                Reason(
                    kind: .notRecorded, rule: "log.notRecorded",
                    clause: "Custodian › fail closed: the decision could not be recorded in the decision log (\(error.kind))")
            ], policyVersion: decision.policyVersion, id: decision.id)
    }
}
