public import Custodian
import Yams

/// Checks a policy document for mistakes that decode and compile but make the policy say less
/// than its author meant: rules that can never fire, categories no rule lets the controller
/// retain, purposes without a legal basis, and identifiers the policy does not declare.
///
/// ```swift
/// for finding in PolicyLinter().lint(text, file: "policy.yaml") { print(finding) }
/// ```
public struct PolicyLinter: Sendable {
    public init() {}

    /// One problem found, with where it is.
    public struct Finding: Sendable, Hashable, CustomStringConvertible {
        /// What kind of problem it is (a stable identifier).
        public enum Check: String, Sendable, Hashable, CaseIterable {
            /// The document cannot be read or compiled.
            case invalidDocument
            /// A rule whose condition contradicts itself, or that a forbid always overrides.
            case ruleNeverFires
            /// A category that no `retain` permit covers.
            case categoryWithoutRetention
            /// A purpose that no collect or use permit with legal bases covers, or a collect or
            /// use permit that names no legal basis.
            case purposeWithoutLegalBasis
            /// A purpose or recipient a rule lists that the policy does not declare.
            case unknownIdentifier
        }

        public var check: Check
        public var file: String
        public var line: Int?
        public var column: Int?
        public var rule: RuleID?
        public var message: String

        public var description: String {
            var text = file
            if let line { text += ":\(line)" }
            if let column { text += ":\(column)" }
            text += ": \(check.rawValue): "
            if let rule { text += "rule '\(rule)': " }
            return text + message
        }
    }

    /// Lints a document.
    public func lint(_ text: String, file: String) -> [Finding] {
        let compiled: CompiledPolicy
        let root: Node
        do {
            compiled = try PolicyFile.compile(text, file: file)
            root = try PolicyFile.parse(text, file: file).0
        } catch let error as PolicyFileError {
            return [
                Finding(
                    check: .invalidDocument, file: file, line: error.line, column: error.column, rule: nil,
                    message: (error.field.map { "\($0): " } ?? "") + error.message)
            ]
        } catch {
            return [Finding(check: .invalidDocument, file: file, message: "\(error)")]
        }
        let index = DocumentIndex(root: root)
        var findings: [Finding] = []
        func report(_ check: Finding.Check, _ location: DocumentIndex.Location?, rule: RuleID? = nil, _ message: String) {
            findings.append(
                Finding(check: check, file: file, line: location?.line, column: location?.column, rule: rule, message: message))
        }
        let policy = compiled.policy
        neverFiring(policy) { rule, field, message in
            report(.ruleNeverFires, index.location(of: rule, field: field), rule: rule, message)
        }
        for category in Category.allCases where !retains(category, policy) {
            report(
                .categoryWithoutRetention, index.location(ofSection: "rules"),
                "no permit rule lets the controller retain '\(category.rawValue)'")
        }
        legalBasisFindings(policy) { rule, purpose, message in
            if let rule {
                report(.purposeWithoutLegalBasis, index.location(of: rule), rule: rule, message)
            } else {
                report(.purposeWithoutLegalBasis, index.location(ofDeclaration: purpose!.rawValue, in: "purposes"), message)
            }
        }
        let purposes = compiled.declaredPurposes
        let recipients = compiled.declaredRecipients
        for rule in policy.rules {
            for purpose in rule.purposes.listed where !purposes.contains(purpose) {
                report(
                    .unknownIdentifier, index.location(of: rule.id, field: "purposes", element: purpose.rawValue),
                    rule: rule.id, "the purpose '\(purpose)' is not declared under 'purposes'")
            }
            for recipient in rule.recipients.listed where !recipients.contains(recipient) {
                report(
                    .unknownIdentifier, index.location(of: rule.id, field: "recipients", element: recipient.rawValue),
                    rule: rule.id, "the recipient '\(recipient)' is not declared under 'recipients'")
            }
        }
        return findings
    }

    // MARK: - Checks

    private func neverFiring(_ policy: Policy, report: (RuleID, String?, String) -> Void) {
        for rule in policy.rules {
            let condition = rule.when
            let contradictions = Set(condition.all).intersection(condition.none)
            if !contradictions.isEmpty {
                report(
                    rule.id, "when",
                    "requires \(contradictions.map(\.rawValue).sorted().joined(separator: ", ")) both to hold and not to hold")
            }
            if !condition.any.isEmpty && Set(condition.any).isSubset(of: condition.none) {
                report(rule.id, "when", "every fact of 'any' is also listed under 'none'")
            }
            if rule.legalBases?.isEmpty == true {
                report(rule.id, "legalBases", "lists no legal basis, so no request can meet it")
            }
            if case .only(let recipients) = rule.recipients, recipients.isEmpty {
                report(rule.id, "recipients", "lists no recipient")
            }
            if case .only(let purposes) = rule.purposes, purposes.isEmpty {
                report(rule.id, "purposes", "lists no purpose")
            }
            if rule.effect != .forbid, let forbid = policy.rules.first(where: { overrides($0, rule) }) {
                report(rule.id, nil, "the forbid rule '\(forbid.id)' applies whenever this rule does, unconditionally")
            }
            if rule.effect == .permit, case .usableForPurpose = rule.categories, case .only(let purposes) = rule.purposes,
                !purposes.contains(where: { purpose in usable(purpose, policy) })
            {
                report(rule.id, "categories", "no collect or use rule permits any category for its purposes")
            }
        }
    }

    /// Whether `forbid` is unconditional and covers everything `rule` covers.
    private func overrides(_ forbid: Policy.Rule, _ rule: Policy.Rule) -> Bool {
        guard forbid.effect == .forbid, forbid.when == .always, forbid.legalBases == nil else { return false }
        guard Set(rule.actions).isSubset(of: forbid.actions) else { return false }
        guard covers(forbid.recipients, rule.recipients), covers(forbid.purposes, rule.purposes) else { return false }
        return rule.categories.leaves.isSubset(of: forbid.categories.leaves)
    }

    private func covers<E>(_ outer: Selection<E>, _ inner: Selection<E>) -> Bool {
        switch (outer, inner) {
        case (.any, _): true
        case (.only, .any): false
        case (.only(let outer), .only(let inner)): Set(inner).isSubset(of: outer)
        }
    }

    private func usable(_ purpose: Purpose, _ policy: Policy) -> Bool {
        policy.rules.contains { rule in
            rule.effect == .permit && rule.actions.contains(.use) && rule.recipients.contains(.controller)
                && rule.purposes.contains(purpose)
        }
    }

    private func retains(_ category: Category, _ policy: Policy) -> Bool {
        policy.rules.contains { rule in
            rule.effect == .permit && rule.actions.contains(.retain) && rule.recipients.contains(.controller)
                && rule.categories.leaves.contains(CategorySet(category))
        }
    }

    private func legalBasisFindings(_ policy: Policy, report: (RuleID?, Purpose?, String) -> Void) {
        let processing = policy.rules.filter { rule in
            rule.effect == .permit && (rule.actions.contains(.collect) || rule.actions.contains(.use))
        }
        for rule in processing where rule.legalBases == nil {
            report(rule.id, nil, "a collect or use rule names no legal basis ('legalBases')")
        }
        for declaration in policy.purposes {
            let grounded = processing.contains { rule in
                rule.legalBases?.isEmpty == false && rule.purposes.listed.contains(declaration.id)
            }
            if !grounded {
                report(nil, declaration.id, "no collect or use rule gives the purpose '\(declaration.id)' a legal basis")
            }
        }
    }
}
