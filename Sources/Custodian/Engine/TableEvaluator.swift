/// A policy's rules bucketed by action, recipient and purpose, as bit sets of `words` × 64 bits
/// over its vocabulary: the engine itself.
final class TableEvaluator<let words: Int>: Sendable {
    let rules: [Policy.Rule]
    let vocabulary: CompiledVocabulary
    let purposeIndex: [Purpose: Int]
    let recipientIndex: [Recipient: Int]
    /// The same indices as lists, read by a linear scan when they are short (a rule pack names
    /// a handful): comparing a few short strings costs less than hashing one.
    let purposeList: [Purpose]?
    let recipientList: [Recipient]?
    /// Purposes and recipients the policy names or its rules list; the last slot of each stands
    /// for every other.
    let purposeSlots: Int
    let recipientSlots: Int
    let controller: Int?
    let permits: RuleTable<words>
    let forbids: RuleTable<words>
    let obligates: RuleTable<words>
    /// Every leaf of each group, by local group index.
    let groupLeaves: [Bits<words>]
    /// The local indices of the derived facts.
    let purposeConsented: Int
    let separateConsents: [Int]
    let legalBasisStated: Int
    let destinationAbroad: Int
    let destinationAdequate: Int
    /// For a rule pack, its jurisdiction's territory and the destinations it recognises as
    /// adequate (where `destinationAbroad` and `destinationAdequate` come from); `nil` for an
    /// organisation's policy.
    let territory: (home: CountrySet, adequate: CountrySet)?

    init(_ policy: Policy, _ vocabulary: CompiledVocabulary) throws {
        rules = policy.rules
        self.vocabulary = vocabulary
        groupLeaves = vocabulary.groupLeaves.map { Bits($0) }
        purposeConsented = vocabulary.index(of: .purposeConsented)!
        separateConsents = SeparateConsent.allCases.map { vocabulary.index(of: $0.fact)! }
        legalBasisStated = vocabulary.index(of: .legalBasisStated)!
        destinationAbroad = vocabulary.index(of: .destinationAbroad)!
        destinationAdequate = vocabulary.index(of: .destinationAdequate)!
        territory = policy.pack.map {
            (CountrySet($0.jurisdiction.territory), CountrySet($0.jurisdiction.adequateDestinations))
        }

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
        purposeList = Self.shortList(purposeIndex)
        recipientList = Self.shortList(recipientIndex)
        purposeSlots = purposeIndex.count + 1
        recipientSlots = recipientIndex.count + 1
        controller = recipientIndex[.controller]

        let shape = RuleTableShape(recipients: recipientSlots, purposes: purposeSlots)
        // Per effect: rules for listed purposes by bucket, and rules for any purpose by
        // purpose-independent bucket.
        typealias Placed = [(Int, CompiledRule<words>)]
        var entries: [Policy.Rule.Effect: (specific: Placed, general: Placed)] = [
            .permit: ([], []), .forbid: ([], []), .obligate: ([], []),
        ]
        var placed = 0
        for (position, rule) in policy.rules.enumerated() {
            let compiled = Self.compile(rule, at: position, vocabulary)
            let recipientSlots = rule.recipients.slots(in: recipientIndex, count: self.recipientSlots)
            // Bounded: a document that lists many recipients and purposes in many rules could
            // otherwise ask for billions of table entries.
            let purposeCount: Int
            switch rule.purposes {
            case .any: purposeCount = 1
            case .only(let listed): purposeCount = Set(listed).count
            case .except(let listed): purposeCount = self.purposeSlots - Set(listed).count
            }
            placed += rule.actions.count * recipientSlots.count * purposeCount
            guard placed <= CompiledPolicy.maximumTableEntries else {
                throw PolicyError(
                    rule: rule.id, field: "purposes",
                    "the rules up to this one fall into more than \(CompiledPolicy.maximumTableEntries) table entries (actions × recipients × purposes each); list fewer recipients or purposes per rule, or use 'any'")
            }
            switch rule.purposes {
            case .any:
                for action in rule.actions {
                    for recipient in recipientSlots {
                        entries[rule.effect]!.general.append(
                            (shape.generalBucket(action: action.index, recipient: recipient), compiled))
                    }
                }
            case .only, .except:
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
        let replicate = generalCount * purposeCount <= CompiledPolicy.replicationBudget
        func table(_ effect: Policy.Rule.Effect) -> RuleTable<words> {
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
    }

    static func compile(_ rule: Policy.Rule, at position: Int, _ vocabulary: CompiledVocabulary) -> CompiledRule<words> {
        var categories = Bits<words>()
        var usable = false
        switch rule.categories {
        case .any: categories = Bits(0..<vocabulary.categories.count)
        case .usableForPurpose:
            categories = Bits(0..<vocabulary.categories.count)
            usable = true
        case .only(let references):
            for reference in references {
                for leaf in vocabulary.leaves(of: reference) { categories.insert(vocabulary.index(of: leaf)!) }
            }
        }
        func facts(_ list: [Fact]) -> Bits<words> { Bits(list.map { vocabulary.index(of: $0)! }) }
        let bases: UInt8 = rule.legalBases.map { bases in bases.reduce(0) { $0 | $1.bit } } ?? CompiledRule<words>.anyLegalBasis
        return CompiledRule(
            index: Int32(position),
            categories: categories,
            usableForPurpose: usable,
            legalBases: bases,
            media: rule.when.medium.reduce(0) { $0 | $1.bit },
            methods: rule.when.destructionMethod.reduce(0) { $0 | $1.bit },
            needsAny: !rule.when.any.isEmpty,
            all: facts(rule.when.all),
            any: facts(rule.when.any),
            none: facts(rule.when.none),
            obligations: Bits(rule.obligations.map { vocabulary.index(of: $0)! }))
    }

    var tableBytes: Int { permits.bytes + forbids.bytes + obligates.bytes }

    var keepsAnyPurposeRulesApart: Bool { permits.hasGeneral || forbids.hasGeneral || obligates.hasGeneral }

    // MARK: - Preparing a request

    @inline(__always)
    func prepare(_ request: Request) -> PreparedRequest<words> {
        var leaves = Bits<words>()
        var unknown = false
        for reference in request.categories {
            switch reference {
            case .leaf(let category):
                if let index = vocabulary.index(of: category) { leaves.insert(index) } else { unknown = true }
            case .group(let group):
                if let index = vocabulary.index(of: group) { leaves.formUnion(groupLeaves[index]) } else { unknown = true }
            }
        }
        // A fact the vocabulary does not declare cannot satisfy any of its conditions.
        var facts = Bits<words>()
        for fact in request.context.facts {
            if let index = vocabulary.index(of: fact) { facts.insert(index) }
        }
        if request.context.consentedPurposes.contains(request.purpose) { facts.insert(purposeConsented) }
        for consent in request.context.separateConsents { facts.insert(separateConsents[consent.position]) }
        if request.legalBasis != nil { facts.insert(legalBasisStated) }
        if let territory, let destination = request.context.destinationCountry {
            if !territory.home.contains(destination) { facts.insert(destinationAbroad) }
            if territory.adequate.contains(destination) { facts.insert(destinationAdequate) }
        }
        return PreparedRequest(
            action: request.action.index,
            recipient: recipientSlot(of: request.recipient),
            purpose: purposeSlot(of: request.purpose),
            leaves: leaves,
            facts: facts,
            legalBasis: request.legalBasis?.bit ?? 0,
            medium: request.context.medium?.bit ?? 0,
            method: request.context.destructionMethod?.bit ?? 0,
            namesUnknownCategory: unknown)
    }

    /// The elements of a short index in slot order, or `nil` for a long one.
    private static func shortList<Element>(_ index: [Element: Int]) -> [Element]? {
        guard index.count <= 8 else { return nil }
        var list = [Element?](repeating: nil, count: index.count)
        for (element, slot) in index { list[slot] = element }
        return list.map { $0! }
    }

    /// The table slot of a request's recipient: a scan of a short list, a lookup in a long
    /// index; the last slot for a recipient no rule names.
    @inline(__always)
    private func recipientSlot(of recipient: Recipient) -> Int {
        if let recipientList {
            for slot in recipientList.indices where recipientList[slot] == recipient { return slot }
            return recipientSlots - 1
        }
        return recipientIndex[recipient] ?? recipientSlots - 1
    }

    /// The table slot of a request's purpose, as ``recipientSlot(of:)``.
    @inline(__always)
    private func purposeSlot(of purpose: Purpose) -> Int {
        if let purposeList {
            for slot in purposeList.indices where purposeList[slot] == purpose { return slot }
            return purposeSlots - 1
        }
        return purposeIndex[purpose] ?? purposeSlots - 1
    }

    /// The process-wide obligation set of local obligation bits.
    @inline(__always)
    func obligationSet(_ local: Bits<words>) -> ObligationSet {
        var set = ObligationSet()
        local.forEach { set.insert(number: vocabulary.obligations[$0].number) }
        return set
    }

    // MARK: - Evaluating

    /// What evaluating one request found, before it is worded as a ``Decision``: bit sets only.
    struct Outcome {
        var allowed: Bool
        var forbidden: Bool
        var obligations: Bits<words>
        var covered: Bits<words>
        /// The categories usable for the purpose, when a rule needed them.
        var usable: Bits<words>?
    }

    func check(_ request: Request) -> Verdict {
        let outcome = evaluate(prepare(request), stoppingAtForbid: true)
        return Verdict(
            outcome: outcome.allowed ? .allow : .deny,
            obligations: outcome.allowed ? obligationSet(outcome.obligations) : ObligationSet())
    }

    func decide(_ request: Request, version: PolicyVersion, id: DecisionID) -> Decision {
        let prepared = prepare(request)
        let outcome = evaluate(prepared, stoppingAtForbid: false)
        return Decision(
            outcome: outcome.allowed ? .allow : .deny,
            obligations: outcome.allowed ? obligationSet(outcome.obligations).obligations : [],
            reasons: reasons(for: prepared, outcome, request),
            policyVersion: version,
            id: id)
    }

    /// The heart of the engine: forbids, then coverage of every category by permits, then the
    /// obligations of an allow.
    @inline(__always)
    func evaluate(_ prepared: PreparedRequest<words>, stoppingAtForbid: Bool) -> Outcome {
        var outcome = Outcome(allowed: false, forbidden: false, obligations: Bits(), covered: Bits(), usable: nil)
        guard !prepared.leaves.isEmpty, !prepared.namesUnknownCategory else { return outcome }
        // Each table is read in its bucket for the request's purpose and, when the policy keeps
        // any-purpose rules apart (many purposes), in its any-purpose bucket: the loops are
        // written twice rather than through a shared closure, which cost 6 % more instructions.
        for rule in forbids.rules(for: prepared)
        where rule.categories.intersects(prepared.leaves) && rule.holds(for: prepared) {
            outcome.forbidden = true
            break
        }
        if !outcome.forbidden && forbids.hasGeneral {
            for rule in forbids.generalRules(for: prepared)
            where rule.categories.intersects(prepared.leaves) && rule.holds(for: prepared) {
                outcome.forbidden = true
                break
            }
        }
        if outcome.forbidden && stoppingAtForbid { return outcome }
        for rule in permits.rules(for: prepared) where rule.holds(for: prepared) {
            var scope = rule.categories
            if rule.usableForPurpose {
                if outcome.usable == nil { outcome.usable = usableCategories(for: prepared) }
                scope = scope.intersection(outcome.usable!)
            }
            let part = scope.intersection(prepared.leaves)
            guard !part.isEmpty else { continue }
            outcome.covered.formUnion(part)
            outcome.obligations.formUnion(rule.obligations)
        }
        if permits.hasGeneral {
            for rule in permits.generalRules(for: prepared) where rule.holds(for: prepared) {
                var scope = rule.categories
                if rule.usableForPurpose {
                    if outcome.usable == nil { outcome.usable = usableCategories(for: prepared) }
                    scope = scope.intersection(outcome.usable!)
                }
                let part = scope.intersection(prepared.leaves)
                guard !part.isEmpty else { continue }
                outcome.covered.formUnion(part)
                outcome.obligations.formUnion(rule.obligations)
            }
        }
        outcome.allowed = !outcome.forbidden && prepared.leaves.isSubset(of: outcome.covered)
        if outcome.allowed {
            for rule in obligates.rules(for: prepared)
            where rule.categories.intersects(prepared.leaves) && rule.holds(for: prepared) {
                outcome.obligations.formUnion(rule.obligations)
            }
            if obligates.hasGeneral {
                for rule in obligates.generalRules(for: prepared)
                where rule.categories.intersects(prepared.leaves) && rule.holds(for: prepared) {
                    outcome.obligations.formUnion(rule.obligations)
                }
            }
        }
        return outcome
    }

    /// The categories a `use` by the controller for the request's purpose may involve, under the
    /// request's facts (legal basis aside: a share relies on its own).
    func usableCategories(for request: PreparedRequest<words>) -> Bits<words> {
        guard let controller else { return Bits() }
        var usable = Bits<words>()
        for rule in permits.rules(action: Action.use.index, recipient: controller, purpose: request.purpose)
        where !rule.usableForPurpose && rule.conditionHolds(for: request) {
            usable.formUnion(rule.categories)
        }
        if permits.hasGeneral {
            for rule in permits.generalRules(action: Action.use.index, recipient: controller)
            where !rule.usableForPurpose && rule.conditionHolds(for: request) {
                usable.formUnion(rule.categories)
            }
        }
        return usable
    }

    // MARK: - As a rule pack

    /// This policy as a rule pack for a request its policy allowed: whether a forbid applies
    /// (stopping at the first) and, if none does, the obligations the obligate rules add. Every
    /// rule of a pack applies to any category, and an allowed request names some, so categories
    /// are not compared.
    @inline(__always)
    func supplementOfAllowed(_ request: Request) -> (forbidden: Bool, obligations: ObligationSet) {
        let prepared = prepare(request)
        for rule in forbids.rules(for: prepared) where rule.holds(for: prepared) { return (true, ObligationSet()) }
        if forbids.hasGeneral {
            for rule in forbids.generalRules(for: prepared) where rule.holds(for: prepared) { return (true, ObligationSet()) }
        }
        var obligations = Bits<words>()
        for rule in obligates.rules(for: prepared) where rule.holds(for: prepared) { obligations.formUnion(rule.obligations) }
        if obligates.hasGeneral {
            for rule in obligates.generalRules(for: prepared) where rule.holds(for: prepared) {
                obligations.formUnion(rule.obligations)
            }
        }
        return (false, obligations.isEmpty ? ObligationSet() : obligationSet(obligations))
    }

    /// This policy as a rule pack, with the reasons it adds: whether a forbid applies, the
    /// obligations its obligate rules add, and a reason for each rule that applied — one pass.
    func supplementWithReasons(_ request: Request) -> (forbidden: Bool, obligations: ObligationSet, reasons: [Reason]) {
        let prepared = prepare(request)
        var forbidden = false
        var obligations = Bits<words>()
        var reasons: [Reason] = []
        forbids.forEachRule(for: prepared) { rule in
            guard rule.categories.intersects(prepared.leaves) && rule.holds(for: prepared) else { return }
            forbidden = true
            let source = rules[Int(rule.index)]
            reasons.append(Reason(kind: .forbidden, rule: source.id, clause: source.clause))
        }
        obligates.forEachRule(for: prepared) { rule in
            guard rule.categories.intersects(prepared.leaves) && rule.holds(for: prepared) else { return }
            obligations.formUnion(rule.obligations)
            let source = rules[Int(rule.index)]
            reasons.append(Reason(kind: .obligated, rule: source.id, clause: source.clause))
        }
        return (forbidden, obligationSet(obligations), reasons)
    }

    // MARK: - Reasons

    /// The reasons for an outcome: the rules that permitted, forbade or obligated, or those that
    /// could have permitted with what they lacked.
    private func reasons(for prepared: PreparedRequest<words>, _ outcome: Outcome, _ request: Request) -> [Reason] {
        if prepared.namesUnknownCategory {
            let unknown = request.categories.filter { vocabulary.leaves(of: $0).isEmpty }.map(\.identifier)
            return [
                Reason(
                    kind: .invalidRequest, rule: "request.unknownCategory",
                    clause: "Custodian › a request names only categories its policy's vocabulary declares",
                    missing: unknown.map { "declared(\($0))" })
            ]
        }
        guard !prepared.leaves.isEmpty else {
            return [
                Reason(
                    kind: .invalidRequest, rule: "request.noCategories",
                    clause: "Custodian › a request names at least one category", missing: ["categories"])
            ]
        }
        var reasons: [Reason] = []
        let everything = prepared.leaves
        func categories(_ part: Bits<words>) -> [Category] {
            part == everything ? [] : part.indices.map { vocabulary.categories[$0] }
        }

        if outcome.allowed {
            for rule in permits.allRules(for: prepared) where rule.holds(for: prepared) {
                var scope = rule.categories
                if rule.usableForPurpose { scope = scope.intersection(outcome.usable ?? usableCategories(for: prepared)) }
                let part = scope.intersection(everything)
                guard !part.isEmpty else { continue }
                let source = rules[Int(rule.index)]
                reasons.append(Reason(kind: .permitted, rule: source.id, clause: source.clause, categories: categories(part)))
            }
            for rule in obligates.allRules(for: prepared)
            where rule.categories.intersects(everything) && rule.holds(for: prepared) {
                let source = rules[Int(rule.index)]
                reasons.append(Reason(kind: .obligated, rule: source.id, clause: source.clause))
            }
            return CompiledPolicy.bounded(CompiledPolicy.canonicalOrder(reasons))
        }

        for rule in forbids.allRules(for: prepared)
        where rule.categories.intersects(everything) && rule.holds(for: prepared) {
            let source = rules[Int(rule.index)]
            reasons.append(
                Reason(
                    kind: .forbidden, rule: source.id, clause: source.clause,
                    categories: categories(rule.categories.intersection(everything))))
        }
        let uncovered = everything.subtracting(outcome.covered)
        guard !uncovered.isEmpty else { return CompiledPolicy.bounded(CompiledPolicy.canonicalOrder(reasons)) }

        // Rules that would have covered an uncovered category had their conditions held.
        var explained = Bits<words>()
        for rule in permits.allRules(for: prepared) {
            let part = rule.categories.intersection(uncovered)
            guard !part.isEmpty else { continue }
            let missing = self.missing(for: rule, prepared: prepared, part: part, usable: outcome.usable)
            guard !missing.isEmpty else { continue }
            explained.formUnion(part)
            let source = rules[Int(rule.index)]
            reasons.append(
                Reason(
                    kind: .conditionsNotMet, rule: source.id, clause: source.clause, missing: missing,
                    categories: categories(part)))
        }
        let unexplained = uncovered.subtracting(explained)
        if !unexplained.isEmpty {
            reasons.append(
                Reason(
                    kind: .noRule, rule: "default.deny",
                    clause: "Custodian › default deny: no rule of the policy permits this",
                    categories: categories(unexplained)))
        }
        return CompiledPolicy.bounded(CompiledPolicy.canonicalOrder(reasons))
    }

    /// What a rule lacked to cover `part` of the request.
    private func missing(
        for rule: CompiledRule<words>, prepared: PreparedRequest<words>, part: Bits<words>, usable: Bits<words>?
    ) -> [String] {
        var missing: [String] = []
        // Facts are named in the order the old closed vocabulary listed them: declared facts, then
        // the derived ones.
        let derived = Fact.derived.count
        let order = Array(derived..<vocabulary.facts.count) + Array(0..<derived)
        for index in order where rule.all.contains(index) && !prepared.facts.contains(index) {
            missing.append(vocabulary.facts[index].rawValue)
        }
        if rule.needsAny && !rule.any.intersects(prepared.facts) {
            let options = order.filter { rule.any.contains($0) }.map { vocabulary.facts[$0].rawValue }
            missing.append("anyOf(" + options.joined(separator: "|") + ")")
        }
        for index in order where rule.none.contains(index) && prepared.facts.contains(index) {
            missing.append("not " + vocabulary.facts[index].rawValue)
        }
        if rule.legalBases != CompiledRule<words>.anyLegalBasis && rule.legalBases & prepared.legalBasis == 0 {
            let bases = LegalBasis.allCases.enumerated().filter { rule.legalBases & (1 << UInt8($0.offset)) != 0 }
            missing.append("legalBasis(" + bases.map(\.element.rawValue).joined(separator: "|") + ")")
        }
        if rule.media != 0 && rule.media & prepared.medium == 0 {
            let media = Medium.allCases.enumerated().filter { rule.media & (1 << UInt8($0.offset)) != 0 }
            missing.append("medium(" + media.map(\.element.rawValue).joined(separator: "|") + ")")
        }
        if rule.methods != 0 && rule.methods & prepared.method == 0 {
            let methods = DestructionMethod.allCases.enumerated().filter { rule.methods & (1 << UInt8($0.offset)) != 0 }
            missing.append("destructionMethod(" + methods.map(\.element.rawValue).joined(separator: "|") + ")")
        }
        if missing.isEmpty && rule.usableForPurpose {
            let usable = usable ?? usableCategories(for: prepared)
            if !part.isSubset(of: usable) { missing.append("usableForPurpose") }
        }
        return missing
    }
}

extension Selection {
    /// The table slots a selection falls into: every slot for `any`, the listed ones for
    /// `only`, every other one (the last, "every other element", included) for `except`.
    func slots(in index: [Element: Int], count: Int) -> [Int] {
        switch self {
        case .any: Array(0..<count)
        case .only(let elements): Array(Set(elements.compactMap { index[$0] })).sorted()
        case .except(let elements):
            Array(Set(0..<count).subtracting(elements.compactMap { index[$0] })).sorted()
        }
    }
}

extension SeparateConsent {
    /// The case's position in ``allCases``.
    @inline(__always) var position: Int { Int(unsafeBitCast(self, to: UInt8.self)) }
}
