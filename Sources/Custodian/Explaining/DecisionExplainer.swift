/// Words a decision as sentences a compliance officer can read.
///
/// The wording lives here, apart from the identifiers of rules, reasons and obligations, so that
/// later versions can add other languages without touching the engine.
///
/// ```swift
/// print(DecisionExplainer(engine: engine).explain(decision, for: request))
/// ```
public struct DecisionExplainer: Sendable {
    public let policy: CompiledPolicy
    /// The rule packs whose rules reasons may cite.
    public let rulePacks: [RulePack]
    /// Where obligations are described: the policy's vocabulary, with the packs' additions.
    private let vocabulary: CompiledVocabulary

    /// An explainer for decisions of `policy` alone.
    public init(policy: CompiledPolicy) {
        self.policy = policy
        rulePacks = []
        vocabulary = policy.vocabulary
    }

    /// An explainer for the decisions of `engine`: its policy's rules and its rule packs'.
    public init(engine: PolicyEngine) {
        policy = engine.policy
        rulePacks = engine.rulePacks
        vocabulary = engine.requestVocabulary
    }

    /// The decision as a paragraph of sentences, one reason a line.
    public func explain(_ decision: Decision, for request: Request) -> String {
        var lines: [String] = []
        let categories = request.categories.map(\.identifier).joined(separator: ", ")
        let what =
            "\(Self.verb(request.action)) \(categories) for the purpose '\(request.purpose)'"
            + (request.recipient == .controller ? "" : " with \(Self.article(request.recipient))")
        lines.append("\(decision.isAllowed ? "Allowed" : "Denied"): \(what).")
        for reason in decision.reasons {
            lines.append("  - " + sentence(for: reason))
        }
        if !decision.obligations.isEmpty {
            lines.append("  Obligations on acting:")
            for obligation in decision.obligations {
                let summary = vocabulary.description(of: obligation) ?? "(not described by the policy)"
                lines.append("  - \(obligation.rawValue): \(summary)")
            }
        }
        lines.append("  Policy \(decision.policyVersion.rawValue.prefix(19))…, decision \(decision.id).")
        return lines.joined(separator: "\n")
    }

    /// One reason as a sentence.
    public func sentence(for reason: Reason) -> String {
        let scope = reason.categories.isEmpty ? "" : " (for \(reason.categories.map(\.rawValue).joined(separator: ", ")))"
        let quote: String
        if let rule = policy.rules.first(where: { $0.id == reason.rule }) {
            quote = rule.quote.map { " The policy says: “\($0)”" } ?? ""
        } else if let rule = rulePacks.lazy.compactMap({ $0.document.rules.first { $0.id == reason.rule } }).first {
            quote = rule.quote.map { " The law says: “\($0)”" } ?? ""
        } else {
            quote = ""
        }
        switch reason.kind {
        case .permitted:
            return "Permitted by rule \(reason.rule)\(scope), from “\(reason.clause)”.\(quote)"
        case .forbidden:
            return "Forbidden by rule \(reason.rule)\(scope), from “\(reason.clause)”.\(quote)"
        case .obligated:
            return "Rule \(reason.rule) adds obligations, from “\(reason.clause)”."
        case .conditionsNotMet:
            let missing = reason.missing.map(Self.describeMissing).joined(separator: "; ")
            return "Rule \(reason.rule)\(scope) would permit this, but \(missing). (“\(reason.clause)”)"
        case .noRule:
            return "No rule of the policy permits this\(scope), so it is denied by default."
        case .invalidRequest:
            return "The request cannot be decided: \(reason.clause)."
        case .notice:
            return reason.clause + "."
        case .notRecorded:
            return "Denied because the decision could not be recorded: \(reason.clause)."
        }
    }

    static func describeMissing(_ item: String) -> String {
        if item.hasPrefix("not ") { return "'\(item.dropFirst(4))' must not hold" }
        if item == "usableForPurpose" { return "the purpose may not use these categories" }
        if let open = item.firstIndex(of: "("), item.hasSuffix(")") {
            let name = item[..<open]
            let options = item[item.index(after: open)..<item.index(before: item.endIndex)]
                .split(separator: "|").joined(separator: " or ")
            switch name {
            case "anyOf": return "one of \(options) must hold"
            case "legalBasis": return "the legal basis must be \(options)"
            case "medium": return "the medium must be \(options)"
            case "destructionMethod": return "the destruction method must be \(options)"
            default: return item
            }
        }
        return "'\(item)' must hold"
    }

    static func verb(_ action: Action) -> String {
        switch action {
        case .collect: "collect"
        case .use: "use"
        case .share: "share"
        case .disclose: "disclose"
        case .retain: "retain"
        case .destroy: "destroy"
        }
    }

    static func article(_ recipient: Recipient) -> String {
        "the recipient '\(recipient)'"
    }
}
