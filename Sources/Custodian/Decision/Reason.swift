/// One reason for a decision: the rule that applied (or failed to) and the policy clause it
/// comes from.
///
/// The rule identifier is stable; the wording shown to people is produced apart from it
/// (``ReasonWording``), so that later versions can word it in other languages.
public struct Reason: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A rule permitted the request (or the part of it named by ``Reason/categories``).
        case permitted
        /// A rule forbade the request.
        case forbidden
        /// A rule added obligations to an allow.
        case obligated
        /// A rule could have permitted the request, but its conditions (``Reason/missing``) did
        /// not hold.
        case conditionsNotMet
        /// No rule covers the request, or part of it: the default is to deny.
        case noRule
        /// The request itself cannot be decided (for example, it names no category).
        case invalidRequest
        /// The decision could not be recorded in the decision log, so it is a deny (fail closed).
        case notRecorded
        /// Information about how the decision was made (for example, a jurisdiction whose rule
        /// pack does not exist yet). It never turns a deny into an allow.
        case notice
    }

    public var kind: Kind
    public var rule: RuleID
    public var clause: String
    /// What was missing, on a deny: facts that had to hold (`userNotified`), facts that had to be
    /// absent (`not legalHold`), a legal basis, a medium or a destruction method.
    public var missing: [String]
    /// The categories this reason is about, where it concerns only some of the request's.
    public var categories: [Category]

    public init(kind: Kind, rule: RuleID, clause: String, missing: [String] = [], categories: [Category] = []) {
        self.kind = kind
        self.rule = rule
        self.clause = clause
        self.missing = missing
        self.categories = categories
    }
}
