public import Custodian
import Foundation
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
            /// A category a permit lets the controller collect that no `retain` permit covers.
            case categoryWithoutRetention
            /// A declared purpose that no collect or use permit covers: nothing can ever be
            /// collected or used for it. (A permit that names no legal basis is not a finding: a
            /// policy whose text names none grounds none, and some laws, such as Japan's APPI,
            /// have no legal-basis concept; the jurisdiction packs add the bases a law requires.)
            case purposeNeverPermitted
            /// A purpose or recipient a rule lists that the policy does not declare. (A category,
            /// fact or obligation the vocabulary does not declare makes the document invalid.)
            case unknownIdentifier
            /// A category, fact or obligation the document's own vocabulary declares that no rule
            /// names (declarations imported from a shared vocabulary are not reported).
            case unusedDeclaration
            /// A rule of a rule pack (a document with a `pack` section) that a pack cannot have:
            /// a permit, a rule naming categories, or a rule citing no article.
            case packRule
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
            (compiled, root) = try PolicyFile.compileDocument(text, file: file)
        } catch let error as PolicyFileError {
            return [
                Finding(
                    check: .invalidDocument, file: error.file, line: error.line, column: error.column, rule: nil,
                    message: (error.field.map { "\($0): " } ?? "") + error.message)
            ]
        } catch {
            return [Finding(check: .invalidDocument, file: file, message: "\(error)")]
        }
        // Built only when there is something to locate.
        lazy var index = DocumentIndex(root: root)
        var findings: [Finding] = []
        func report(_ check: Finding.Check, _ location: DocumentIndex.Location?, rule: RuleID? = nil, _ message: String) {
            findings.append(
                Finding(check: check, file: file, line: location?.line, column: location?.column, rule: rule, message: message))
        }
        let policy = compiled.policy
        let vocabulary = compiled.vocabulary
        neverFiring(policy, vocabulary) { rule, field, message in
            report(.ruleNeverFires, index.location(of: rule, field: field), rule: rule, message)
        }
        // A category the policy lets the controller collect but never retain: reported where it
        // comes in, at the first rule that lets it be collected.
        let retained = retainedCategories(policy, vocabulary)
        let collectors = firstCollectors(policy, vocabulary)
        for category in vocabulary.categories {
            guard let collector = collectors[category] else { continue }
            if !retained.contains(category) {
                report(
                    .categoryWithoutRetention, index.location(of: collector, field: "categories"), rule: collector,
                    "the controller may collect '\(category.rawValue)', but no permit rule lets it retain it")
            } else if vocabulary.vocabulary.declaration(of: category)?.retention == nil {
                report(
                    .categoryWithoutRetention, index.location(of: collector, field: "categories"), rule: collector,
                    "the controller may collect '\(category.rawValue)', but its declaration names no retention rule")
            }
        }
        if policy.vocabulary != nil, let declared = Self.ownDeclarations(root) {
            unusedDeclarations(policy, vocabulary, own: declared) { kind, identifier, position in
                report(
                    .unusedDeclaration, index.location(ofVocabulary: kind, at: position),
                    "the \(Self.singular[kind]!) '\(identifier)' is declared but no rule names it")
            }
        }
        if policy.pack != nil {
            // A rule pack only forbids and obligates, on facts: what the policy checks
            // (purposes permitted) does not apply, and what makes a pack usable does.
            for rule in policy.rules {
                if rule.effect == .permit {
                    report(
                        .packRule, index.location(of: rule.id, field: "effect"), rule: rule.id,
                        "a rule pack never permits; it forbids or adds obligations to what a policy allows")
                }
                if case .any = rule.categories {} else {
                    report(
                        .packRule, index.location(of: rule.id, field: "categories"), rule: rule.id,
                        "a rule pack's rules apply to any category ('any'), so that the pack serves every policy's vocabulary")
                }
                if !rule.clause.contains(where: \.isNumber) {
                    report(
                        .packRule, index.location(of: rule.id, field: "clause"), rule: rule.id,
                        "a rule pack's clause cites the article of the law (for example 'PIPA Art. 17(1)')")
                }
            }
        }
        var permitted = Set<Purpose>()
        var everyPurpose = policy.pack != nil  // a pack permits nothing, by design
        for rule in policy.rules
        where rule.effect == .permit && (rule.actions.contains(.collect) || rule.actions.contains(.use)) {
            switch rule.purposes {
            case .any: everyPurpose = true
            case .only(let purposes): permitted.formUnion(purposes)
            case .except(let excepted): permitted.formUnion(policy.purposes.map(\.id).filter { !excepted.contains($0) })
            }
        }
        for declaration in policy.purposes where !everyPurpose && !permitted.contains(declaration.id) {
            report(
                .purposeNeverPermitted, index.location(ofDeclaration: declaration.id.rawValue, in: "purposes"),
                "no collect or use rule permits anything for the purpose '\(declaration.id)'")
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
        // A large document's node tree and tables take a while to free: free them on another
        // thread, so that the caller has its findings at once.
        Self.releaseLater(root, compiled)
        return findings
    }

    private static func releaseLater(_ root: Node, _ compiled: CompiledPolicy) {
        guard compiled.rules.count >= 1000 else { return }
        let parts = UncheckedParts(root: root, compiled: compiled)
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(parts) {} }
    }

    /// What is freed on another thread (Yams' nodes are not marked `Sendable`; nothing reads
    /// them once handed over).
    private struct UncheckedParts: @unchecked Sendable {
        let root: Node
        let compiled: CompiledPolicy
    }

    // MARK: - Checks

    /// Linear in the number of rules, plus, for each rule, the unconditional forbids that share
    /// its first action (a policy has few).
    private func neverFiring(_ policy: Policy, _ vocabulary: CompiledVocabulary, report: (RuleID, String?, String) -> Void) {
        // Unconditional forbids by action, the most general first; a rule is compared with at
        // most `maximumOverrideCandidates` of them, so that linting stays linear whatever the
        // document (a finding may then be missed, never invented).
        var unconditionalForbids: [Action: [Forbid]] = [:]
        for rule in policy.rules where rule.effect == .forbid && rule.when == .always && rule.legalBases == nil {
            // A forbid of every recipient or purpose but some is not compared (rare, and sets
            // of what it leaves out would be needed).
            if case .except = rule.recipients { continue }
            if case .except = rule.purposes { continue }
            let forbid = Forbid(rule, vocabulary)
            for action in forbid.actions { unconditionalForbids[action, default: []].append(forbid) }
        }
        for action in unconditionalForbids.keys {
            unconditionalForbids[action]!.sort { $0.generality > $1.generality }
        }
        let usablePurposes = usablePurposes(policy)
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
            if rule.effect != .forbid, let action = rule.actions.first,
                let forbid = unconditionalForbids[action]?.prefix(Self.maximumOverrideCandidates)
                    .first(where: { $0.covers(rule, vocabulary) })?.id
            {
                report(rule.id, nil, "the forbid rule '\(forbid)' applies whenever this rule does, unconditionally")
            }
            if rule.effect == .permit, case .usableForPurpose = rule.categories, case .only(let purposes) = rule.purposes,
                !usablePurposes.any, !purposes.contains(where: { usablePurposes.listed.contains($0) })
            {
                report(rule.id, "categories", "no collect or use rule permits any category for its purposes")
            }
        }
    }

    /// How many unconditional forbids a rule is compared with, the most general first.
    static let maximumOverrideCandidates = 256

    /// An unconditional forbid, with its selections as sets for quick comparison.
    private struct Forbid {
        let id: RuleID
        let actions: Set<Action>
        let recipients: Set<Recipient>?
        let purposes: Set<Purpose>?
        let categories: Set<Category>
        let everyCategory: Bool
        /// 0 to 3: how many of recipients, purposes and categories are `any`.
        var generality: Int { (recipients == nil ? 1 : 0) + (purposes == nil ? 1 : 0) + (everyCategory ? 1 : 0) }

        init(_ rule: Policy.Rule, _ vocabulary: CompiledVocabulary) {
            id = rule.id
            actions = Set(rule.actions)
            if case .only(let listed) = rule.recipients { recipients = Set(listed) } else { recipients = nil }
            if case .only(let listed) = rule.purposes { purposes = Set(listed) } else { purposes = nil }
            categories = Set(rule.categories.leaves(in: vocabulary))
            everyCategory = categories.count == vocabulary.categories.count
        }

        /// Whether this forbid applies whenever `rule` does.
        func covers(_ rule: Policy.Rule, _ vocabulary: CompiledVocabulary) -> Bool {
            guard rule.actions.allSatisfy(actions.contains) else { return false }
            switch (recipients, rule.recipients) {
            case (nil, _): break
            case (_, .any), (_, .except): return false
            case (let outer?, .only(let inner)): guard inner.allSatisfy(outer.contains) else { return false }
            }
            switch (purposes, rule.purposes) {
            case (nil, _): break
            case (_, .any), (_, .except): return false
            case (let outer?, .only(let inner)): guard inner.allSatisfy(outer.contains) else { return false }
            }
            return everyCategory || rule.categories.leaves(in: vocabulary).allSatisfy(categories.contains)
        }
    }

    /// The purposes some permit lets the controller use data for (`any` when a rule covers every
    /// purpose), in one pass over the rules.
    private func usablePurposes(_ policy: Policy) -> (any: Bool, listed: Set<Purpose>) {
        var listed = Set<Purpose>()
        for rule in policy.rules
        where rule.effect == .permit && rule.actions.contains(.use) && rule.recipients.contains(.controller) {
            switch rule.purposes {
            case .any: return (true, [])
            case .only(let purposes): listed.formUnion(purposes)
            case .except(let excepted): listed.formUnion(policy.purposes.map(\.id).filter { !excepted.contains($0) })
            }
        }
        return (false, listed)
    }

    /// The categories some permit lets the controller retain, in one pass over the rules.
    private func retainedCategories(_ policy: Policy, _ vocabulary: CompiledVocabulary) -> Set<Category> {
        var retained = Set<Category>()
        for rule in policy.rules
        where rule.effect == .permit && rule.actions.contains(.retain) && rule.recipients.contains(.controller) {
            retained.formUnion(rule.categories.leaves(in: vocabulary))
        }
        return retained
    }

    /// For each category, the first permit (in document order) that lets the controller collect it.
    private func firstCollectors(_ policy: Policy, _ vocabulary: CompiledVocabulary) -> [Category: RuleID] {
        var collectors: [Category: RuleID] = [:]
        for rule in policy.rules
        where rule.effect == .permit && rule.actions.contains(.collect) && rule.recipients.contains(.controller) {
            for category in rule.categories.leaves(in: vocabulary) where collectors[category] == nil {
                collectors[category] = rule.id
            }
        }
        return collectors
    }

    private static let singular = ["categories": "category", "facts": "fact", "obligations": "obligation"]

    /// The identifiers the document itself declares under `vocabulary` (not those it imports),
    /// by kind (`categories`, `facts`, `obligations`), with their positions in their lists.
    private static func ownDeclarations(_ root: Node) -> [String: [(identifier: String, position: Int)]]? {
        guard let vocabulary = root["vocabulary"] else { return nil }
        var declared: [String: [(identifier: String, position: Int)]] = [:]
        for kind in ["categories", "facts", "obligations"] {
            guard case .sequence(let items)? = vocabulary[kind] else { continue }
            declared[kind] = items.enumerated().compactMap { position, item in
                item["id"]?.string.map { ($0, position) }
            }
        }
        return declared
    }

    /// Declared categories no rule covers (by name, by group, or as `any`), facts no condition
    /// names and obligations no rule imposes.
    private func unusedDeclarations(
        _ policy: Policy, _ vocabulary: CompiledVocabulary, own: [String: [(identifier: String, position: Int)]],
        report: (String, String, Int) -> Void
    ) {
        var categories = Set<String>()
        var facts = Set<String>()
        var obligations = Set<String>()
        for rule in policy.rules {
            // `any` and `usableForPurpose` name every category.
            for leaf in rule.categories.leaves(in: vocabulary) { categories.insert(leaf.rawValue) }
            for fact in rule.when.all + rule.when.any + rule.when.none { facts.insert(fact.rawValue) }
            for obligation in rule.obligations { obligations.insert(obligation.rawValue) }
        }
        // A valued fact (`riskLevel`) is named through its values (`riskLevel.high`).
        let valuedNamed = Set(facts.compactMap { name in name.lastIndex(of: ".").map { String(name[..<$0]) } })
        let used = ["categories": categories, "facts": facts.union(valuedNamed), "obligations": obligations]
        for kind in ["categories", "facts", "obligations"] {
            for (identifier, position) in own[kind] ?? [] where !used[kind]!.contains(identifier) {
                report(kind, identifier, position)
            }
        }
    }
}
