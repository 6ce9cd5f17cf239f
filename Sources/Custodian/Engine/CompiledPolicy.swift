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

    let purposeIndex: [Purpose: Int]
    let recipientIndex: [Recipient: Int]
    /// Purposes and recipients the policy names or its rules list; the last slot of each stands
    /// for every other.
    let purposeSlots: Int
    let recipientSlots: Int
    let permits: RuleTable
    let forbids: RuleTable
    let obligates: RuleTable
    /// Purposes the policy declares (any other is an *other purpose*).
    public let declaredPurposes: Set<Purpose>
    /// Recipients the policy declares.
    public let declaredRecipients: Set<Recipient>

    /// Compiles `policy`.
    /// - Throws: ``PolicyError`` naming the rule and field at fault.
    /// - Complexity: O(rules × the buckets each rule falls into): a rule for listed purposes falls
    ///   into one bucket per action, recipient and purpose it lists; a rule for any purpose into
    ///   one per action and recipient.
    public init(_ policy: Policy) throws {
        self.policy = policy
        try Self.validate(policy)
        // A large policy's version (a SHA-256 of its canonical encoding) is computed on another
        // core while its tables are built; a small one's on this thread.
        let pendingVersion = PendingVersion(of: policy, concurrently: policy.rules.count >= 1000)
        defer { pendingVersion.wait() }
        declaredPurposes = Set(policy.purposes.map(\.id))
        declaredRecipients = Set(policy.recipients.map(\.id))

        var purposes = policy.purposes.map(\.id)
        var recipients = policy.recipients.map(\.id)
        for rule in policy.rules {
            purposes += rule.purposes.listed
            recipients += rule.recipients.listed
        }
        var purposeIndex: [Purpose: Int] = [:]
        for purpose in purposes where purposeIndex[purpose] == nil { purposeIndex[purpose] = purposeIndex.count }
        var recipientIndex: [Recipient: Int] = [:]
        for recipient in recipients where recipientIndex[recipient] == nil {
            recipientIndex[recipient] = recipientIndex.count
        }
        self.purposeIndex = purposeIndex
        self.recipientIndex = recipientIndex
        purposeSlots = purposeIndex.count + 1
        recipientSlots = recipientIndex.count + 1

        let shape = RuleTable.Shape(recipients: recipientSlots, purposes: purposeSlots)
        // Per effect: rules for listed purposes by bucket, and rules for any purpose by
        // purpose-independent bucket.
        var entries: [Policy.Rule.Effect: (specific: [(Int, CompiledRule)], general: [(Int, CompiledRule)])] = [
            .permit: ([], []), .forbid: ([], []), .obligate: ([], []),
        ]
        var placed = 0
        for (position, rule) in policy.rules.enumerated() {
            let compiled = Self.compile(rule, at: position)
            let recipientSlots = rule.recipients.slots(in: recipientIndex, count: self.recipientSlots)
            // Bounded: a document that lists many recipients and purposes in many rules could
            // otherwise ask for billions of table entries.
            let purposeCount = rule.purposes.listed.isEmpty ? 1 : Set(rule.purposes.listed).count
            placed += rule.actions.count * recipientSlots.count * purposeCount
            guard placed <= Self.maximumTableEntries else {
                throw PolicyError(
                    rule: rule.id, field: "purposes",
                    "the rules up to this one fall into more than \(Self.maximumTableEntries) table entries (actions × recipients × purposes each); list fewer recipients or purposes per rule, or use 'any'")
            }
            switch rule.purposes {
            case .any:
                for action in rule.actions {
                    for recipient in recipientSlots {
                        entries[rule.effect]!.general.append(
                            (shape.generalBucket(action: action.index, recipient: recipient), compiled))
                    }
                }
            case .only:
                let purposeSlots = rule.purposes.slots(in: purposeIndex, count: self.purposeSlots)
                for action in rule.actions {
                    for recipient in recipientSlots {
                        for purpose in purposeSlots {
                            entries[rule.effect]!.specific.append(
                                (shape.bucket(action: action.index, recipient: recipient, purpose: purpose), compiled))
                        }
                    }
                }
            }
        }
        // With few purposes, any-purpose rules are copied into every purpose's bucket, so that a
        // lookup reads one bucket (the fastest path); with many, they stay in their own.
        let generalCount = entries.values.reduce(0) { $0 + $1.general.count }
        let purposeCount = purposeSlots
        let replicate = generalCount * purposeCount <= Self.replicationBudget
        func table(_ effect: Policy.Rule.Effect) -> RuleTable {
            guard replicate else {
                return RuleTable(shape: shape, entries: entries[effect]!.specific, general: entries[effect]!.general)
            }
            var specific = entries[effect]!.specific
            for (general, rule) in entries[effect]!.general {
                let action = general / shape.recipients
                let recipient = general % shape.recipients
                for purpose in 0..<purposeCount {
                    specific.append((shape.bucket(action: action, recipient: recipient, purpose: purpose), rule))
                }
            }
            return RuleTable(shape: shape, entries: specific, general: [])
        }
        permits = table(.permit)
        forbids = table(.forbid)
        obligates = table(.obligate)
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
    public var tableBytes: Int { permits.bytes + forbids.bytes + obligates.bytes }

    /// Whether any-purpose rules are kept in their own buckets (a policy of many purposes) rather
    /// than copied into every purpose's.
    package var keepsAnyPurposeRulesApart: Bool { permits.hasGeneral || forbids.hasGeneral || obligates.hasGeneral }

    // MARK: - Compiling

    /// The most table entries a policy's rules may fall into (each rule: its actions × recipients
    /// × purposes), which bounds the memory and time of compiling any document.
    public static let maximumTableEntries = 20_000_000

    /// The most entries that copying any-purpose rules into every purpose's bucket may add.
    static let replicationBudget = 262_144

    private static func validate(_ policy: Policy) throws {
        var seen = Set<RuleID>()
        for rule in policy.rules {
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

    static func compile(_ rule: Policy.Rule, at position: Int) -> CompiledRule {
        var usable = false
        if case .usableForPurpose = rule.categories { usable = true }
        let bases: UInt8 = rule.legalBases.map { bases in bases.reduce(0) { $0 | $1.bit } } ?? CompiledRule.anyLegalBasis
        return CompiledRule(
            index: Int32(position),
            categories: rule.categories.leaves,
            usableForPurpose: usable,
            legalBases: bases,
            all: FactSet(rule.when.all).rawValue,
            any: FactSet(rule.when.any).rawValue,
            none: FactSet(rule.when.none).rawValue,
            media: rule.when.medium.reduce(0) { $0 | $1.bit },
            methods: rule.when.destructionMethod.reduce(0) { $0 | $1.bit },
            obligations: rule.obligations.reduce(0) { $0 | $1.bit })
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

    // MARK: - Preparing a request

    func prepare(_ request: Request) -> PreparedRequest {
        var facts = request.context.facts.rawValue
        if request.context.consentedPurposes.contains(request.purpose) { facts |= Fact.purposeConsented.bit }
        for consent in request.context.separateConsents { facts |= consent.fact.bit }
        return PreparedRequest(
            action: request.action.index,
            recipient: recipientIndex[request.recipient] ?? recipientSlots - 1,
            purpose: purposeIndex[request.purpose] ?? purposeSlots - 1,
            leaves: request.leafCategories,
            facts: facts,
            legalBasis: request.legalBasis?.bit ?? 0,
            medium: request.context.medium?.bit ?? 0,
            method: request.context.destructionMethod?.bit ?? 0)
    }
}

extension Selection {
    /// The table slots a selection falls into: every slot for `any`, the listed ones otherwise.
    func slots(in index: [Element: Int], count: Int) -> [Int] {
        switch self {
        case .any: Array(0..<count)
        case .only(let elements): Array(Set(elements.compactMap { index[$0] })).sorted()
        }
    }
}
