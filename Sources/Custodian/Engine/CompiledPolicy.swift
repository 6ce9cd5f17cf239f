import Crypto
public import Foundation

/// A ``Policy`` compiled into indexed tables.
///
/// Rules are bucketed by action, recipient and purpose, so that deciding a request looks only at
/// the rules that can apply to it: the cost of a decision does not grow with the number of rules
/// in the policy, only with the number that share the request's action, recipient and purpose.
///
/// Compiling validates the policy (duplicate rule identifiers, rules that cannot be evaluated)
/// and computes its ``version``.
public struct CompiledPolicy: Sendable {
    /// The policy as written.
    public let policy: Policy
    /// The SHA-256 of the policy's canonical JSON encoding.
    public let version: PolicyVersion
    /// The rules, in the order of the policy.
    public var rules: [Policy.Rule] { policy.rules }

    /// The policy's vocabulary, compiled to the indices its decisions use.
    public let vocabulary: CompiledVocabulary
    /// Purposes the policy declares (any other is an *other purpose*).
    public let declaredPurposes: Set<Purpose>
    /// Recipients the policy declares.
    public let declaredRecipients: Set<Recipient>
    /// The tables, at the width the vocabulary needs.
    let evaluator: Evaluator

    /// Compiles `policy`.
    /// - Throws: ``PolicyError`` naming the rule and field at fault.
    /// - Complexity: O(rules × the buckets each rule falls into): a rule for listed purposes falls
    ///   into one bucket per action, recipient and purpose it lists; a rule for any purpose into
    ///   one per action and recipient.
    public init(_ policy: Policy) throws {
        self.policy = policy
        let vocabulary = try CompiledVocabulary(policy.vocabulary ?? .heroPlatform)
        try Self.validate(policy, in: vocabulary)
        // A large policy's version (a SHA-256 of its canonical encoding) is computed on another
        // core while its tables are built; a small one's on this thread.
        let pendingVersion = PendingVersion(of: policy, concurrently: policy.rules.count >= 1000)
        defer { pendingVersion.wait() }
        self.vocabulary = vocabulary
        declaredPurposes = Set(policy.purposes.map(\.id))
        declaredRecipients = Set(policy.recipients.map(\.id))
        evaluator = try Evaluator(policy, vocabulary)
        version = try pendingVersion.value()
    }

    /// A policy version being computed, on this thread or another.
    private final class PendingVersion: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<PolicyVersion, any Error>?
        private let group = DispatchGroup()

        init(of policy: Policy, concurrently: Bool) {
            guard concurrently else {
                result = Result { try CompiledPolicy.version(of: policy) }
                return
            }
            DispatchQueue.global().async(group: group) { [self] in
                let computed = Result { try CompiledPolicy.version(of: policy) }
                lock.withLock { result = computed }
            }
        }

        /// Waits for the computation (also when compiling throws before asking for the value).
        func wait() { group.wait() }

        func value() throws -> PolicyVersion {
            group.wait()
            return try lock.withLock { result! }.get()
        }
    }

    /// The bytes the compiled tables take: the bucketed rules and their offsets (the policy
    /// document itself, its strings, is not counted).
    public var tableBytes: Int { evaluator.tableBytes }

    /// Whether any-purpose rules are kept in their own buckets (a policy of many purposes) rather
    /// than copied into every purpose's.
    package var keepsAnyPurposeRulesApart: Bool { evaluator.keepsAnyPurposeRulesApart }

    // MARK: - Compiling

    /// The most table entries a policy's rules may fall into (each rule: its actions × recipients
    /// × purposes), which bounds the memory and time of compiling any document.
    public static let maximumTableEntries = 20_000_000

    /// The most entries that copying any-purpose rules into every purpose's bucket may add.
    static let replicationBudget = 262_144

    private static func validate(_ policy: Policy, in vocabulary: CompiledVocabulary) throws {
        var seen = Set<RuleID>()
        for rule in policy.rules {
            if case .only(let references) = rule.categories {
                for reference in references where vocabulary.leaves(of: reference).isEmpty {
                    throw PolicyError(
                        rule: rule.id, field: "categories", element: reference.identifier,
                        "unknown category '\(reference.identifier)': the policy's vocabulary does not declare it")
                }
            }
            for (part, facts) in [("all", rule.when.all), ("any", rule.when.any), ("none", rule.when.none)] {
                for fact in facts where !vocabulary.declares(fact) {
                    throw PolicyError(
                        rule: rule.id, field: "when.\(part)", element: fact.rawValue,
                        "unknown fact '\(fact)': the policy's vocabulary does not declare it")
                }
            }
            for obligation in rule.obligations where !vocabulary.declares(obligation) {
                throw PolicyError(
                    rule: rule.id, field: "obligations", element: obligation.rawValue,
                    "unknown obligation '\(obligation)': the policy's vocabulary does not declare it")
            }
            guard seen.insert(rule.id).inserted else {
                throw PolicyError(rule: rule.id, field: "id", "the identifier is used by more than one rule")
            }
            if rule.actions.isEmpty { throw PolicyError(rule: rule.id, field: "actions", "lists no action") }
            if rule.clause.trimmingCharacters(in: .whitespaces).isEmpty {
                throw PolicyError(rule: rule.id, field: "clause", "cites no clause of the policy")
            }
            if case .usableForPurpose = rule.categories,
                rule.actions.contains(.collect) || rule.actions.contains(.use)
            {
                throw PolicyError(
                    rule: rule.id, field: "categories",
                    "'usableForPurpose' refers to the collect and use rules, so a collect or use rule cannot use it")
            }
            if case .usableForPurpose = rule.categories, rule.effect != .permit {
                throw PolicyError(
                    rule: rule.id, field: "categories", "'usableForPurpose' is for permit rules only")
            }
            if case .only(let references) = rule.categories, references.isEmpty {
                throw PolicyError(rule: rule.id, field: "categories", "lists no category")
            }
        }
    }

    /// The policy's canonical encoding: JSON with sorted keys, no insignificant white space and
    /// unescaped slashes — what `JSONEncoder` writes with `.sortedKeys` and
    /// `.withoutEscapingSlashes`, written directly. Its SHA-256 is the policy version.
    public static func canonicalEncoding(of policy: Policy) throws -> Data {
        Data(CanonicalPolicyWriter.encode(policy))
    }

    /// The same encoding through `JSONEncoder`, which defines it (for the test that holds the
    /// two equal).
    package static func foundationEncoding(of policy: Policy) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(policy)
    }

    private static func version(of policy: Policy) throws -> PolicyVersion {
        let digest = SHA256.hash(data: CanonicalPolicyWriter.encode(policy))
        return PolicyVersion(rawValue: "sha256:" + digest.map { String(format: "%02x", $0) }.joined())
    }
}
