import Custodian

/// A deliberately naive evaluator of a policy document, written for clarity, not speed: it reads
/// the rules as written (no compilation, no masks, no buckets) and applies the format's
/// semantics literally. The differential test holds the engine to it.
///
/// Semantics: a `forbid` that applies denies; otherwise every requested leaf category must be
/// covered by a `permit` that applies; an allow carries the obligations of the permits that
/// covered something and of the `obligate` rules that apply.
struct ReferenceEvaluator {
    let policy: Policy
    /// The identifiers of the vocabulary's leaf categories, and its facts (derived ones too).
    let categoryIDs: Set<String>
    let factIDs: Set<String>
    /// Each group's leaves, read literally from the identifiers (`group.name`).
    let groupLeaves: [String: Set<String>]

    init(policy: Policy) {
        self.policy = policy
        let vocabulary = policy.vocabulary ?? .heroPlatform
        categoryIDs = Set(vocabulary.categories.map(\.id.rawValue))
        var groupLeaves: [String: Set<String>] = [:]
        for id in categoryIDs { groupLeaves[String(id.split(separator: ".")[0]), default: []].insert(id) }
        self.groupLeaves = groupLeaves
        factIDs = Set(vocabulary.booleanFacts.map(\.id.rawValue))
    }

    struct Verdict: Equatable {
        var allowed: Bool
        var obligations: Set<String>
    }

    func evaluate(_ request: Request) -> Verdict {
        let leaves = leavesOf(request.categories)
        if leaves.isEmpty { return Verdict(allowed: false, obligations: []) }
        // A request that names anything the vocabulary does not declare is invalid.
        if request.categories.contains(where: { leavesOf([$0]).isEmpty }) { return Verdict(allowed: false, obligations: []) }
        let facts = factsOf(request)

        for rule in policy.rules where rule.effect == "forbid" {
            if applies(rule, to: request, facts: facts) && !categoriesOf(rule, request, facts).isDisjoint(with: leaves) {
                return Verdict(allowed: false, obligations: [])
            }
        }

        var obligations: Set<String> = []
        for leaf in leaves {
            var covered = false
            for rule in policy.rules where rule.effect == "permit" {
                if applies(rule, to: request, facts: facts) && categoriesOf(rule, request, facts).contains(leaf) {
                    covered = true
                    for obligation in rule.obligations { obligations.insert(obligation.rawValue) }
                }
            }
            if !covered { return Verdict(allowed: false, obligations: []) }
        }
        for rule in policy.rules where rule.effect == "obligate" {
            if applies(rule, to: request, facts: facts) && !categoriesOf(rule, request, facts).isDisjoint(with: leaves) {
                for obligation in rule.obligations { obligations.insert(obligation.rawValue) }
            }
        }
        return Verdict(allowed: true, obligations: obligations)
    }

    // MARK: - Literal readings of each part of a rule

    private func applies(_ rule: Policy.Rule, to request: Request, facts: Set<String>) -> Bool {
        rule.actions.map(\.rawValue).contains(request.action.rawValue)
            && selects(rule.recipients, request.recipient)
            && selects(rule.purposes, request.purpose)
            && legalBasisFits(rule, request)
            && conditionHolds(rule.when, request, facts)
    }

    private func selects<E>(_ selection: Selection<E>, _ element: E) -> Bool {
        switch selection {
        case .any: return true
        case .only(let elements): return elements.contains(element)
        case .except(let elements): return !elements.contains(element)
        }
    }

    private func legalBasisFits(_ rule: Policy.Rule, _ request: Request) -> Bool {
        guard let bases = rule.legalBases else { return true }
        guard let basis = request.legalBasis else { return false }
        return bases.contains(basis)
    }

    private func conditionHolds(_ condition: Condition, _ request: Request, _ facts: Set<String>) -> Bool {
        for fact in condition.all where !facts.contains(fact.rawValue) { return false }
        if !condition.any.isEmpty && !condition.any.contains(where: { facts.contains($0.rawValue) }) { return false }
        for fact in condition.none where facts.contains(fact.rawValue) { return false }
        if !condition.medium.isEmpty {
            guard let medium = request.context.medium, condition.medium.contains(medium) else { return false }
        }
        if !condition.destructionMethod.isEmpty {
            guard let method = request.context.destructionMethod, condition.destructionMethod.contains(method) else {
                return false
            }
        }
        return true
    }

    /// The leaf identifiers a rule covers for this request.
    private func categoriesOf(_ rule: Policy.Rule, _ request: Request, _ facts: Set<String>) -> Set<String> {
        switch rule.categories {
        case .any:
            return categoryIDs
        case .only(let references):
            return leavesOf(references)
        case .usableForPurpose:
            // The categories some `use` permit for the controller covers for this purpose, under
            // these facts, whatever the legal basis.
            var usable: Set<String> = []
            for other in policy.rules where other.effect == "permit" {
                if case .usableForPurpose = other.categories { continue }
                if other.actions.contains(.use) && selects(other.recipients, .controller)
                    && selects(other.purposes, request.purpose) && conditionHolds(other.when, request, facts)
                {
                    usable.formUnion(categoriesOf(other, request, facts))
                }
            }
            return usable
        }
    }

    private func leavesOf(_ references: [CategoryReference]) -> Set<String> {
        var leaves: Set<String> = []
        for reference in references {
            let id = reference.identifier
            if categoryIDs.contains(id) { leaves.insert(id) }
            leaves.formUnion(groupLeaves[id] ?? [])
        }
        return leaves
    }

    private func factsOf(_ request: Request) -> Set<String> {
        var facts = Set(request.context.facts.map(\.rawValue).filter { factIDs.contains($0) })
        if request.context.consentedPurposes.contains(request.purpose) { facts.insert("purposeConsented") }
        for consent in request.context.separateConsents { facts.insert("separateConsent." + consent.rawValue) }
        if request.legalBasis != nil { facts.insert("legalBasisStated") }
        // Only a rule pack knows where "abroad" begins: its jurisdiction's territory.
        if let jurisdiction = policy.pack?.jurisdiction, let destination = request.context.destinationCountry {
            if !jurisdiction.territory.contains(destination) { facts.insert("destinationAbroad") }
            if jurisdiction.adequateDestinations.contains(destination) { facts.insert("destinationAdequate") }
        }
        return facts
    }

    /// This document read as a rule pack: whether one of its forbids applies, and the
    /// obligations its obligate rules add (its permits, which a pack has none of, never count).
    func evaluateAsPack(_ request: Request) -> (forbidden: Bool, obligations: Set<String>) {
        let leaves = leavesOf(request.categories)
        let facts = factsOf(request)
        var forbidden = false
        var obligations: Set<String> = []
        for rule in policy.rules where applies(rule, to: request, facts: facts) {
            guard !categoriesOf(rule, request, facts).isDisjoint(with: leaves) else { continue }
            if rule.effect == "forbid" { forbidden = true }
            if rule.effect == "obligate" { for obligation in rule.obligations { obligations.insert(obligation.rawValue) } }
        }
        return (forbidden, obligations)
    }
}

extension Policy.Rule.Effect {
    static func == (lhs: Policy.Rule.Effect, rhs: String) -> Bool { lhs.rawValue == rhs }
}
