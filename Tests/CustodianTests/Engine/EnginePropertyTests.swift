import Custodian
import Foundation
import Testing

@Suite("Engine properties")
struct EnginePropertyTests {
    /// The Hero policy without its permit rules.
    static func withoutPermits() throws -> CompiledPolicy {
        var policy = Hero.policy.policy
        policy.rules.removeAll { $0.effect == .permit }
        return try CompiledPolicy(policy)
    }

    @Test("Default deny: without permit rules, nothing is allowed")
    func defaultDeny() throws {
        let policy = try Self.withoutPermits()
        var generator = RequestGenerator(seed: 11)
        for _ in 0..<10_000 {
            let decision = policy.decide(generator.next())
            #expect(!decision.isAllowed)
            #expect(!decision.reasons.isEmpty)
            #expect(decision.obligations.isEmpty)
        }
    }

    @Test("Every deny carries a reason; every allow cites a permitting rule")
    func reasonsAlwaysGiven() {
        var generator = RequestGenerator(seed: 12)
        for _ in 0..<20_000 {
            let decision = Hero.engine.decide(generator.next())
            if decision.isAllowed {
                #expect(decision.reasons.contains { $0.kind == .permitted })
            } else {
                #expect(decision.reasons.contains { $0.kind != .notice && $0.kind != .permitted })
            }
        }
    }

    @Test("The order of rules and declarations never changes a decision", arguments: [1, 2, 3] as [UInt64])
    func orderIndependence(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        var shuffled = Hero.policy.policy
        shuffled.rules.shuffle(using: &random)
        shuffled.purposes.shuffle(using: &random)
        shuffled.recipients.shuffle(using: &random)
        let other = try CompiledPolicy(shuffled)
        var generator = RequestGenerator(seed: 100 + seed)
        for _ in 0..<10_000 {
            let request = generator.next()
            let id = DecisionID()
            let a = Hero.policy.decide(request, id: id)
            let b = other.decide(request, id: id)
            #expect(a.outcome == b.outcome)
            #expect(a.obligations == b.obligations)
            #expect(a.reasons == b.reasons)
        }
    }

    @Test("Adding a rule that does not match a request never turns its deny into an allow")
    func unrelatedRuleKeepsDeny() throws {
        var random = SeededGenerator(seed: 21)
        var generator = RequestGenerator(seed: 22)
        var checked = 0
        for round in 0..<200 {
            let request = generator.next()
            guard !Hero.policy.decide(request).isAllowed else { continue }
            // A permissive rule for another action, and one for a recipient no request names. `use`
            // is left out: shares depend on what the controller may use (usableForPurpose).
            var policy = Hero.policy.policy
            let otherActions = Action.allCases.filter { $0 != request.action && $0 != .use }
            policy.rules.append(
                Policy.Rule(
                    RuleID("extra.\(round)"), clause: "Extra", actions: [random.pick(otherActions)], recipients: .any,
                    purposes: .any, categories: .any))
            policy.rules.append(
                Policy.Rule(
                    RuleID("extra.recipient.\(round)"), clause: "Extra", actions: Action.allCases,
                    recipients: [Recipient("unrelated\(round)")], purposes: .any, categories: .any))
            #expect(!(try CompiledPolicy(policy)).decide(request).isAllowed)
            checked += 1
        }
        #expect(checked > 50)
    }

    @Test("Adding forbid rules never turns a deny into an allow, and can turn allows into denies")
    func forbidsAreMonotone() throws {
        var random = SeededGenerator(seed: 31)
        var generator = RequestGenerator(seed: 32)
        let requests = (0..<3_000).map { _ in generator.next() }
        var policy = Hero.policy.policy
        policy.rules += RandomPolicy.make(rules: 400, random: &random).rules.filter { $0.effect == .forbid }
        let stricter = try CompiledPolicy(policy)
        var turned = 0
        for request in requests {
            let before = Hero.policy.decide(request).isAllowed
            let after = stricter.decide(request).isAllowed
            #expect(!after || before)
            if before && !after { turned += 1 }
        }
        #expect(turned > 0)
    }

    @Test("A request is allowed only if each of its categories is")
    func everyCategoryMustBeAllowed() {
        var generator = RequestGenerator(seed: 41)
        for _ in 0..<5_000 {
            let request = generator.next()
            let whole = Hero.policy.decide(request).isAllowed
            let each = Hero.policy.leafCategories(of: request).allSatisfy { category in
                var single = request
                single.categories = [.leaf(category)]
                return Hero.policy.decide(single).isAllowed
            }
            // A forbid may cover only some categories, so "each allowed" implies "whole allowed"
            // and vice versa.
            #expect(whole == each, "\(request)")
        }
    }

    @Test("A request naming no category is denied as invalid")
    func noCategories() {
        let decision = Hero.engine.decide(Request(.use, categories: [], purpose: .support, legalBasis: .contract))
        #expect(!decision.isAllowed)
        #expect(decision.reasons.map(\.rule) == ["request.noCategories"])
    }

    @Test("A jurisdiction without a rule pack is decided under the policy alone, and says so")
    func jurisdictionNotice() {
        for jurisdiction in Jurisdiction.allCases where jurisdiction != .none {
            let request = Request(
                .use, categories: ["contact.email"], purpose: .support, legalBasis: .contract, jurisdiction: jurisdiction)
            let decision = Hero.engine.decide(request)
            #expect(decision.isAllowed)
            #expect(decision.reasons.contains { $0.kind == .notice && $0.rule.rawValue.contains(jurisdiction.rawValue) })
        }
    }

    @Test("A rule pack's forbid denies what the policy allows, and its obligations are added")
    func rulePackIsMostProtective() throws {
        let pack = Policy(
                id: "kr", title: "KR", controller: .init(id: "c", name: "C", clause: "C"), recipients: [], purposes: [],
                rules: [
                    Policy.Rule(
                        "kr.thirdPartyConsent", effect: .forbid, clause: "PIPA Art. 17", actions: [.share],
                        recipients: [.specialist], when: Condition(none: [.separateConsentThirdPartyProvision])),
                    Policy.Rule(
                        "kr.record", effect: .obligate, clause: "PIPA", actions: [.share], recipients: .any,
                        obligations: [.notifyUserInAdvance]),
                ], pack: Policy.Pack(jurisdiction: .kr, law: "PIPA"))
        let engine = try PolicyEngine(policy: Hero.policy, rulePacks: [pack])
        var request = Request(
            .share, categories: ["contact.email"], purpose: .serviceAccess, recipient: .specialist, legalBasis: .contract,
            jurisdiction: .kr)
        #expect(!engine.decide(request).isAllowed)
        request.context.separateConsents = [.thirdPartyProvision]
        let allowed = engine.decide(request)
        #expect(allowed.isAllowed)
        #expect(allowed.obligations.contains(.notifyUserInAdvance))
        #expect(allowed.obligations.contains(.recordProvision))
    }

    @Test("Duplicate rule identifiers and misplaced scopes are compile errors")
    func compileErrors() {
        var policy = Hero.policy.policy
        policy.rules.append(policy.rules[0])
        #expect(throws: PolicyError.self) { try CompiledPolicy(policy) }
        policy = Hero.policy.policy
        policy.rules[0].categories = .usableForPurpose
        #expect(throws: PolicyError.self) { try CompiledPolicy(policy) }
    }

    @Test("The policy version is a content hash: it changes with any rule")
    func policyVersion() throws {
        var policy = Hero.policy.policy
        #expect(try CompiledPolicy(policy).version == Hero.policy.version)
        #expect(Hero.policy.version.rawValue.hasPrefix("sha256:") && Hero.policy.version.rawValue.count == 71)
        policy.rules[3].obligations.append(.notifyUserInAdvance)
        #expect(try CompiledPolicy(policy).version != Hero.policy.version)
    }

    @Test("A decision cites at most 16 rules of each kind and counts the rest; outcome and obligations come from every rule")
    func boundedReasons() throws {
        var policy = Hero.policy.policy
        // 200 permits for the same request, each with its own obligation mix, and 40 that fail.
        for n in 0..<200 {
            policy.rules.append(
                Policy.Rule(
                    RuleID("many.\(String(format: "%03d", n))"), clause: "Many › \(n)", actions: [.use],
                    recipients: [.controller], purposes: [.support], categories: ["contact.email"],
                    obligations: n == 150 ? [.honorObjection] : []))
        }
        for n in 0..<40 {
            policy.rules.append(
                Policy.Rule(
                    RuleID("failing.\(n)"), clause: "Failing › \(n)", actions: [.use], recipients: [.controller],
                    purposes: [.support], categories: ["contact.phone"], when: Condition(all: [.courtOrder])))
        }
        let compiled = try CompiledPolicy(policy)
        let allowed = compiled.decide(Request(.use, categories: ["contact.email"], purpose: .support))
        #expect(allowed.isAllowed)
        // The obligation of rule 150, which is not cited, still applies.
        #expect(allowed.obligations.contains(.honorObjection))
        let permitted = allowed.reasons.filter { $0.kind == .permitted }
        #expect(permitted.count == CompiledPolicy.maximumReasonsPerKind)
        #expect(permitted.map(\.rule) == permitted.map(\.rule).sorted())
        let notice = try #require(allowed.reasons.first { $0.rule == "reasons.truncated" })
        // 200 synthetic permits and the Hero rule for support, less the 16 cited.
        #expect(notice.kind == .notice && notice.clause.contains("\(201 - 16) more permitted rule(s)"))

        let denied = compiled.decide(Request(.use, categories: ["contact.phone"], purpose: .marketing))
        #expect(!denied.isAllowed)
        let failing = compiled.decide(Request(.use, categories: ["contact.phone"], purpose: .support, legalBasis: .contract))
        #expect(failing.isAllowed == compiled.check(Request(.use, categories: ["contact.phone"], purpose: .support, legalBasis: .contract)).isAllowed)
        #expect(failing.reasons.filter { $0.kind == .conditionsNotMet }.count <= CompiledPolicy.maximumReasonsPerKind)
        // Small decisions are untouched.
        let small = Hero.policy.decide(Request(.use, categories: ["contact.email"], purpose: .support))
        #expect(!small.reasons.contains { $0.rule == "reasons.truncated" })
    }
}

extension EnginePropertyTests {
    @Test("Compiling is bounded: a policy whose rules would fill more than 20 million table entries is an error naming the rule")
    func boundedTables() throws {
        var policy = Hero.policy.policy
        // 6 actions × 2,000 recipients × 2,000 purposes: 24 million entries from 4,000 list items.
        let purposes = (0..<2_000).map { Purpose("p\($0)") }
        let recipients = (0..<2_000).map { Recipient("r\($0)") }
        policy.rules.append(
            Policy.Rule(
                "huge", clause: "Huge", actions: Action.allCases, recipients: .only(recipients), purposes: .only(purposes),
                categories: ["contact.email"]))
        #expect {
            _ = try CompiledPolicy(policy)
        } throws: { error in
            (error as? PolicyError)?.rule == "huge" && (error as? PolicyError)?.message.contains("20000000 table entries") == true
        }
    }
}
