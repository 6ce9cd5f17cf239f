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
