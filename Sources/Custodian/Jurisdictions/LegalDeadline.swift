public import Foundation

/// A duty the law of a jurisdiction attaches to an event, with its time limit and the article
/// that sets it: the deadlines of GDPR, PIPA, APPI, UU PDP and HIPAA as data.
///
/// ```swift
/// for deadline in LegalDeadline.due(under: .kr, after: .accessRequest, at: requestTime) {
///     print(deadline.duty, deadline.due ?? "without delay", deadline.article)
/// }
/// ```
public struct LegalDeadline: Sendable, Hashable {
    /// Who the duty is owed to.
    public enum Party: String, Sendable, Hashable, CaseIterable, Codable {
        /// The supervisory authority (PIPC or KISA, the PPC, the Indonesian agency, HHS).
        case authority
        /// The person the information is about.
        case dataSubject
        /// The covered entity a business associate works for (HIPAA).
        case coveredEntity
    }

    /// The jurisdiction whose law sets the deadline.
    public var jurisdiction: Jurisdiction
    /// The event that starts it.
    public var event: LegalEvent
    /// What must be done.
    public var duty: String
    public var owedTo: Party
    /// The time the law gives.
    public var limit: TimeLimit
    /// How much longer the law allows when it allows an extension (and under what condition, in
    /// ``note``).
    public var extensionLimit: TimeLimit?
    /// The article that sets the limit (`PIPA Enforcement Decree Art. 41(4)`).
    public var article: String
    /// Conditions and caveats: when the duty applies at all, how time is counted.
    public var note: String?
    /// When the limit ends for the event's time, or `nil` when the law fixes no time (``TimeLimit/withoutDelay``,
    /// ``TimeLimit/noStatutoryLimit``), or the deadline was not computed for a time.
    public var due: Date?

    /// A deadline of `jurisdiction`'s law after `event`.
    public init(
        _ jurisdiction: Jurisdiction, _ event: LegalEvent, duty: String, owedTo: Party, limit: TimeLimit,
        extensionLimit: TimeLimit? = nil, article: String, note: String? = nil, due: Date? = nil
    ) {
        self.jurisdiction = jurisdiction
        self.event = event
        self.duty = duty
        self.owedTo = owedTo
        self.limit = limit
        self.extensionLimit = extensionLimit
        self.article = article
        self.note = note
        self.due = due
    }

    /// What is due under `jurisdiction` after `event` at `time`, each with its end time where the
    /// law fixes one, in the order the table lists them (the authority before the person).
    /// Empty for ``Jurisdiction/none``.
    public static func due(under jurisdiction: Jurisdiction, after event: LegalEvent, at time: Date) -> [LegalDeadline] {
        table.filter { $0.jurisdiction == jurisdiction && $0.event == event }.map { entry in
            var deadline = entry
            deadline.due = entry.limit.end(after: time)
            return deadline
        }
    }

    /// Every deadline the library knows, without end times.
    public static var all: [LegalDeadline] { table }
}
