import Custodian
import CustodianPolicyFiles
import CustodianWire
import Testing

/// The Hero policy with the five built-in rule packs, and requests written as JSON.
enum Packs {
    static let engine: PolicyEngine = {
        do { return try PolicyEngine(policy: Hero.policy, rulePacks: BuiltInPolicy.rulePackDocuments()) } catch {
            fatalError("the built-in rule packs do not compile: \(error)")
        }
    }()
    static let vocabulary = WireVocabulary(engine.requestVocabulary)

    /// A request read from its JSON (as `custodian decide` reads it), under `jurisdiction`.
    static func request(_ json: String, under jurisdiction: Jurisdiction) -> Request {
        do {
            var request = try RequestReader.read(Substring(json), vocabulary: vocabulary)
            request.jurisdiction = jurisdiction
            return request
        } catch {
            fatalError("bad test request \(json): \(error)")
        }
    }
}

/// One request decided under a jurisdiction's pack, and the jurisdiction (or the policy alone,
/// `none`) that decides the same request differently.
struct JurisdictionCase: Sendable, CustomTestStringConvertible {
    /// The article the case is about, as the pack's rule cites it.
    let article: String
    let jurisdiction: Jurisdiction
    let json: String
    let allowed: Bool
    /// Obligations the decision must carry.
    let obligations: [String]
    /// Where the same request is decided otherwise (`none`: the policy alone).
    let otherwise: Jurisdiction
    /// Whether a reason of the decision cites the article (a pack rule forbade or obligated); an
    /// allow the pack lets through cites none (the decision under `otherwise` cites its own).
    let cites: Bool

    init(
        _ article: String, _ jurisdiction: Jurisdiction, _ json: String, allowed: Bool, obligations: [String] = [],
        otherwise: Jurisdiction = .none, cites: Bool = true
    ) {
        self.cites = cites
        self.article = article
        self.jurisdiction = jurisdiction
        self.json = json
        self.allowed = allowed
        self.obligations = obligations
        self.otherwise = otherwise
    }

    /// Decides the case under its jurisdiction and under `otherwise`, and checks the outcome, the
    /// obligations, the citation and the difference.
    func verify(sourceLocation: SourceLocation = #_sourceLocation) {
        let decision = Packs.engine.decide(Packs.request(json, under: jurisdiction))
        let other = Packs.engine.decide(Packs.request(json, under: otherwise))
        let reasons = decision.reasons.map { "\($0.kind.rawValue) \($0.rule) (\($0.clause))" }.joined(separator: "; ")
        #expect(decision.isAllowed == allowed, "\(reasons)", sourceLocation: sourceLocation)
        let got = Set(decision.obligations.map(\.rawValue))
        #expect(Set(obligations).isSubset(of: got), "obligations \(got.sorted())", sourceLocation: sourceLocation)
        if cites {
            #expect(
                decision.reasons.contains { $0.clause == article && ($0.kind == .forbidden || $0.kind == .obligated) },
                "no reason cites \(article): \(reasons)", sourceLocation: sourceLocation)
        }
        if allowed {
            #expect(!decision.reasons.contains { $0.kind == .forbidden }, "\(reasons)", sourceLocation: sourceLocation)
        }
        #expect(
            decision.isAllowed != other.isAllowed || Set(decision.obligations) != Set(other.obligations),
            "decided alike under \(otherwise.rawValue)", sourceLocation: sourceLocation)
        // The noRulePack notice is gone: the pack was applied.
        #expect(!decision.reasons.contains { $0.rule.rawValue.hasSuffix("noRulePack") }, sourceLocation: sourceLocation)
    }

    var testDescription: String {
        "\(jurisdiction.rawValue) \(article): \(allowed ? "allow" : "deny") (otherwise under \(otherwise.rawValue))"
    }
}
