/// Builds a policy in Swift, equivalent to a YAML or JSON policy document.
///
/// ```swift
/// let policy = Policy(id: "clinic", title: "Clinic Privacy Policy",
///                     controller: .init(id: "clinic", name: "The Clinic", clause: "Who we are")) {
///     Policy.Declaration<Recipient>(.controller, "the clinic", clause: "Who we are")
///     Policy.Declaration<Purpose>(.support, "answering questions", clause: "Support")
///     Policy.Rule.permit("support", clause: "Support", actions: [.collect, .use],
///                        purposes: [.support], categories: ["contact"], legalBases: [.contract])
///     Policy.Rule.retain("retain.whileNeeded", clause: "Retention", when: Condition(none: [.retentionExpired]))
/// }
/// ```
@resultBuilder
public enum PolicyBuilder {
    public static func buildExpression(_ rule: Policy.Rule) -> [PolicyComponent] { [.rule(rule)] }
    public static func buildExpression(_ purpose: Policy.Declaration<Purpose>) -> [PolicyComponent] { [.purpose(purpose)] }
    public static func buildExpression(_ recipient: Policy.Declaration<Recipient>) -> [PolicyComponent] {
        [.recipient(recipient)]
    }
    public static func buildExpression(_ rules: [Policy.Rule]) -> [PolicyComponent] { rules.map(PolicyComponent.rule) }
    public static func buildBlock(_ parts: [PolicyComponent]...) -> [PolicyComponent] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [PolicyComponent]?) -> [PolicyComponent] { part ?? [] }
    public static func buildEither(first part: [PolicyComponent]) -> [PolicyComponent] { part }
    public static func buildEither(second part: [PolicyComponent]) -> [PolicyComponent] { part }
    public static func buildArray(_ parts: [[PolicyComponent]]) -> [PolicyComponent] { parts.flatMap { $0 } }
}

/// One part of a policy built with ``PolicyBuilder``.
public enum PolicyComponent: Sendable {
    case rule(Policy.Rule)
    case purpose(Policy.Declaration<Purpose>)
    case recipient(Policy.Declaration<Recipient>)
}

extension Policy {
    /// Builds a policy from declarations and rules, in the order written.
    public init(
        id: String, title: String, revision: Int? = nil, effective: String? = nil, source: String? = nil,
        controller: Controller, @PolicyBuilder _ content: () -> [PolicyComponent]
    ) {
        var recipients: [Declaration<Recipient>] = []
        var purposes: [Declaration<Purpose>] = []
        var rules: [Rule] = []
        for component in content() {
            switch component {
            case .rule(let rule): rules.append(rule)
            case .purpose(let purpose): purposes.append(purpose)
            case .recipient(let recipient): recipients.append(recipient)
            }
        }
        self.init(
            id: id, title: title, revision: revision, effective: effective, source: source, controller: controller,
            recipients: recipients, purposes: purposes, rules: rules)
    }
}

extension Policy.Rule {
    /// A rule that allows the categories it covers.
    public static func permit(
        _ id: RuleID, clause: String, quote: String? = nil, note: String? = nil, actions: [Action],
        recipients: Selection<Recipient> = [.controller], purposes: Selection<Purpose> = .any,
        categories: CategoryScope = .any, legalBases: [LegalBasis]? = nil, when: Condition = .always,
        obligations: [Obligation] = []
    ) -> Policy.Rule {
        Policy.Rule(
            id, effect: .permit, clause: clause, quote: quote, note: note, actions: actions, recipients: recipients,
            purposes: purposes, categories: categories, legalBases: legalBases, when: when, obligations: obligations)
    }

    /// A rule that denies whatever else permits.
    public static func forbid(
        _ id: RuleID, clause: String, quote: String? = nil, note: String? = nil, actions: [Action],
        recipients: Selection<Recipient> = .any, purposes: Selection<Purpose> = .any, categories: CategoryScope = .any,
        when: Condition = .always
    ) -> Policy.Rule {
        Policy.Rule(
            id, effect: .forbid, clause: clause, quote: quote, note: note, actions: actions, recipients: recipients,
            purposes: purposes, categories: categories, when: when)
    }

    /// A rule that adds obligations to an allow.
    public static func obligate(
        _ id: RuleID, clause: String, quote: String? = nil, note: String? = nil, actions: [Action],
        recipients: Selection<Recipient> = .any, purposes: Selection<Purpose> = .any, categories: CategoryScope = .any,
        when: Condition = .always, obligations: [Obligation]
    ) -> Policy.Rule {
        Policy.Rule(
            id, effect: .obligate, clause: clause, quote: quote, note: note, actions: actions, recipients: recipients,
            purposes: purposes, categories: categories, when: when, obligations: obligations)
    }

    /// A rule that lets the controller retain information while `when` holds.
    public static func retain(
        _ id: RuleID, clause: String, quote: String? = nil, categories: CategoryScope = .any, when: Condition,
        obligations: [Obligation] = []
    ) -> Policy.Rule {
        permit(id, clause: clause, quote: quote, actions: [.retain], categories: categories, when: when, obligations: obligations)
    }
}
