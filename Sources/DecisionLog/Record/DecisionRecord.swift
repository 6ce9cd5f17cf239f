public import Custodian
public import Foundation

/// What the decision log keeps of one decision: identifiers only, never a personal-information
/// value. The subject is kept as a keyed hash (``SubjectPseudonymizer``).
public struct DecisionRecord: Sendable, Hashable {
    public var decisionID: DecisionID
    public var time: Date
    public var policyVersion: PolicyVersion
    /// `hmac-sha256:<hex>` of the subject, or `nil` when the request named none.
    public var subject: String?
    public var action: Action
    /// The leaf categories of the request, in vocabulary order.
    public var categories: [Category]
    public var purpose: Purpose
    public var recipient: Recipient
    public var legalBasis: LegalBasis?
    public var jurisdiction: Jurisdiction
    /// The facts the decision relied on.
    public var facts: Facts
    public var outcome: Decision.Outcome
    public var obligations: [Obligation]
    public var reasons: [LoggedReason]

    /// The facts of a request's context, as identifiers.
    public struct Facts: Sendable, Hashable {
        public var holding: [Fact]
        public var consentedPurposes: [Purpose]
        public var separateConsents: [SeparateConsent]
        public var destinationCountry: String?
        public var medium: Medium?
        public var destructionMethod: DestructionMethod?
        public var at: Date?
    }

    /// A reason as the log keeps it: its kind, rule and what was missing (the clause follows from
    /// the rule and the policy version).
    public struct LoggedReason: Sendable, Hashable {
        public var kind: Reason.Kind
        public var rule: RuleID
        public var missing: [String]
        public var categories: [Category]
    }

    /// The record of `decision`, made for `request` under `policy` (whose vocabulary expands the
    /// request's groups into the leaves recorded, in its order; a leaf it does not declare is
    /// recorded after them).
    public init(
        _ decision: Decision, for request: Request, under policy: CompiledPolicy, at time: Date = Date(),
        pseudonymizer: SubjectPseudonymizer
    ) {
        decisionID = decision.id
        self.time = time
        policyVersion = decision.policyVersion
        subject = request.subject.map(pseudonymizer.pseudonym(for:))
        action = request.action
        var categories = policy.leafCategories(of: request)
        for case .leaf(let category) in request.categories
        where !policy.vocabulary.declares(category) && !categories.contains(category) {
            categories.append(category)
        }
        self.categories = categories
        purpose = request.purpose
        recipient = request.recipient
        legalBasis = request.legalBasis
        jurisdiction = request.jurisdiction
        let context = request.context
        facts = Facts(
            holding: context.facts.facts.sorted { $0.rawValue < $1.rawValue },
            consentedPurposes: context.consentedPurposes.sorted(),
            separateConsents: context.separateConsents.sorted { $0.rawValue < $1.rawValue },
            destinationCountry: context.destinationCountry, medium: context.medium,
            destructionMethod: context.destructionMethod, at: context.at)
        outcome = decision.outcome
        obligations = decision.obligations.sorted()
        reasons = decision.reasons.map {
            LoggedReason(kind: $0.kind, rule: $0.rule, missing: $0.missing, categories: $0.categories)
        }
    }
}
