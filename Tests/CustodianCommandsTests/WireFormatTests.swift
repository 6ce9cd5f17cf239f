import Custodian
import CustodianCommands
import CustodianPolicyFiles
import CustodianWire
import Foundation
import Testing

@Suite("The command line's request and decision format (VOCABULARY.md)")
struct WireFormatTests {
    static let example = """
        {"action":"share","subject":"user-8841","categories":["contact.email","affiliation.role"],\
        "purpose":"serviceAccess","recipient":"specialist","legalBasis":"contract","jurisdiction":"KR",\
        "context":{"consentedPurposes":["marketing"],"separateConsents":["thirdPartyProvision"],\
        "contractInForce":true,"destinationCountry":"KR","at":"2026-11-24T10:00:00Z"}}
        """

    @Test("Reads the example request of VOCABULARY.md")
    func example() throws {
        let request = try WireRequest.decode(Substring(Self.example))
        #expect(request.action == .share)
        #expect(CompiledVocabulary.heroPlatform.leafCategories(of: request.categories) == [.contactEmail, .affiliationRole])
        #expect(request.recipient == .specialist)
        #expect(request.jurisdiction == .kr)
        #expect(request.context.holds(.contractInForce))
        #expect(request.context.separateConsents == [.thirdPartyProvision])
        #expect(request.context.destinationCountry == "KR")
        #expect(request.context.at != nil)
    }

    @Test("Accepts every identifier of the vocabulary")
    func everyIdentifier() throws {
        let vocabulary = CompiledVocabulary.heroPlatform
        let categories = vocabulary.categories.map(\.rawValue) + vocabulary.groups.map(\.rawValue)
        let purposes = Purpose.named.map(\.rawValue) + ["marketing", "advertising", "research"]
        let recipients = Recipient.named.map(\.rawValue) + ["advertiser", "dataBroker"]
        let facts = vocabulary.facts.filter(\.isGivenByRequests)
        let context =
            facts.map { "\"\($0.rawValue)\":true" }.joined(separator: ",")
            + ",\"consentedPurposes\":[\(purposes.map { "\"\($0)\"" }.joined(separator: ","))]"
            + ",\"separateConsents\":[\(SeparateConsent.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ","))]"
            + ",\"destinationCountry\":\"JP\",\"at\":\"2026-11-24T10:00:00Z\""
        for action in Action.allCases {
            for jurisdiction in Jurisdiction.allCases {
                for basis in LegalBasis.allCases {
                    for medium in Medium.allCases {
                        for method in DestructionMethod.allCases {
                            let json = """
                                {"action":"\(action.rawValue)","categories":[\(categories.map { "\"\($0)\"" }.joined(separator: ","))],\
                                "purpose":"\(purposes[Int(method.hashValue & 7)])","recipient":"\(recipients[medium == .paper ? 3 : 12])",\
                                "legalBasis":"\(basis.rawValue)","jurisdiction":"\(jurisdiction.rawValue)",\
                                "context":{\(context),"medium":"\(medium.rawValue)","destructionMethod":"\(method.rawValue)"}}
                                """
                            let request = try WireRequest.decode(Substring(json))
                            #expect(vocabulary.leafCategories(of: request.categories) == vocabulary.categories)
                            #expect(request.context.facts == FactSet(facts))
                        }
                    }
                }
            }
        }
        for purpose in purposes { #expect(try WireRequest.decode(Substring(Self.minimal(purpose: purpose))).purpose.rawValue == purpose) }
        for recipient in recipients {
            #expect(try WireRequest.decode(Substring(Self.minimal(recipient: recipient))).recipient.rawValue == recipient)
        }
    }

    static func minimal(purpose: String = "support", recipient: String = "controller", extra: String = "") -> String {
        #"{"action":"use","categories":["contact.email"],"purpose":"\#(purpose)","recipient":"\#(recipient)"\#(extra)}"#
    }

    @Test(
        "An unknown identifier, fact or key is an error that names it",
        arguments: [
            (#"{"action":"sell","categories":["contact.email"],"purpose":"support"}"#, "sell"),
            (#"{"action":"use","categories":["contact.fax"],"purpose":"support"}"#, "contact.fax"),
            (minimal(extra: #","legalBasis":"whim""#), "whim"),
            (minimal(extra: #","jurisdiction":"XX""#), "XX"),
            (minimal(extra: #","context":{"userNotifed":true}"#), "userNotifed"),
            (minimal(extra: #","context":{"separateConsents":["everything"]}"#), "everything"),
            (minimal(extra: #","context":{"medium":"stone"}"#), "stone"),
            (minimal(extra: #","context":{"destructionMethod":"burial"}"#), "burial"),
            (minimal(extra: #","context":{"purposeConsented":true}"#), "purposeConsented"),
            (minimal(extra: #","colour":"blue""#), "colour"),
            (minimal(purpose: "mar keting"), "mar keting"),
        ])
    func unknownIdentifiers(json: String, name: String) {
        do {
            _ = try WireRequest.decode(Substring(json), line: 3)
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.description.contains(name), "\(error)")
            #expect(error.line == 3)
        }
    }

    @Test(
        "Values of the wrong type are errors naming the field",
        arguments: [
            (minimal(extra: #","context":{"userNotified":1}"#), "context.userNotified"),
            (minimal(extra: #","context":{"userNotified":"yes"}"#), "context.userNotified"),
            (minimal(extra: #","context":{"at":"yesterday"}"#), "context.at"),
            (minimal(extra: #","context":{"destinationCountry":"Korea"}"#), "context.destinationCountry"),
            (#"{"action":"use","categories":"contact.email","purpose":"support"}"#, "categories"),
            (#"{"action":"use","categories":[],"purpose":"support"}"#, "categories"),
            (#"{"action":"use","categories":["contact.email"]}"#, "purpose"),
        ])
    func wrongTypes(json: String, field: String) {
        do {
            _ = try WireRequest.decode(Substring(json))
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.field == field, "\(error)")
        }
    }

    @Test("Malformed JSON is an error, not a decision")
    func malformed() {
        #expect(throws: WireError.self) { try WireRequest.decode("{\"action\":") }
        #expect(throws: WireError.self) { try WireRequest.decode("[]") }
    }

    @Test("JSON Lines: one request per line, in order; a bad line fails the whole batch")
    func batch() throws {
        let lines = [Self.minimal(), "", Self.minimal(purpose: "marketing"), Self.example].joined(separator: "\n")
        let batch = try RequestBatch(reading: lines, vocabulary: .heroPlatform)
        #expect(batch.requests.map(\.purpose) == [.support, .marketing, .serviceAccess])
        do {
            _ = try RequestBatch(reading: [Self.minimal(), #"{"action":"x"}"#, Self.minimal(purpose: "1x")].joined(separator: "\n"), vocabulary: .heroPlatform)
            Issue.record("accepted a bad batch")
        } catch {
            #expect(error.errors.map(\.line) == [2, 3])
        }
        let pretty = "{\n  \"action\": \"use\",\n  \"categories\": [\"contact.email\"],\n  \"purpose\": \"support\"\n}\n"
        #expect(try RequestBatch(reading: pretty, vocabulary: .heroPlatform).requests.count == 1)
    }

    @Test("A decision is written in the shape of VOCABULARY.md, and holds no personal information")
    func decisionShape() throws {
        let request = try WireRequest.decode(Substring(Self.example))
        let engine = PolicyEngine(policy: try Hero.compiled())
        let text = DecisionWriter.json(engine.decide(request))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["decision", "obligations", "reasons", "policyVersion", "decisionId"])
        #expect(object["decision"] as? String == "allow")
        #expect((object["obligations"] as? [String])?.contains("recordProvision") == true)
        let reasons = try #require(object["reasons"] as? [[String: Any]])
        #expect(reasons.contains { $0["rule"] as? String == "share.specialists" && ($0["clause"] as? String)?.isEmpty == false })
        #expect(reasons.contains { ($0["rule"] as? String)?.hasPrefix("jurisdiction.KR") == true })
        #expect((object["policyVersion"] as? String)?.hasPrefix("sha256:") == true)
        #expect(!text.contains("user-8841"))
        #expect(!text.contains("\n"))
    }

    @Test("Strings are escaped as JSON requires")
    func escaping() throws {
        var policy = try Hero.compiled().policy
        policy.rules[0].clause = "Quote \" backslash \\ newline \n tab \t bell \u{07} › done"
        let engine = PolicyEngine(policy: try CompiledPolicy(policy))
        let decision = engine.decide(
            Request(.collect, categories: ["identity.name"], purpose: .relationship, legalBasis: .contract))
        let text = DecisionWriter.json(decision)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let reasons = try #require(object["reasons"] as? [[String: Any]])
        #expect(reasons.first?["clause"] as? String == policy.rules[0].clause)
    }
}

import CustodianPolicyFiles

enum Hero {
    static func compiled() throws -> CompiledPolicy { try BuiltInPolicy.heroPlatform.compiled() }
}

extension WireFormatTests {
    @Test("A policy's own categories and valued facts are read through its vocabulary, by both readers")
    func ownVocabulary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let policy = try PolicyFile.compile(contentsOf: root.appendingPathComponent("Examples/Clinic/clinic.custodian.yaml"))
        let wire = WireVocabulary(policy.vocabulary)
        let line = #"{"action":"share","categories":["health"],"purpose":"referral","recipient":"specialist","context":{"referralOnFile":true,"urgency":"routine"}}"#
        let fast = try RequestReader.read(Substring(line), vocabulary: wire)
        let foundation = try WireRequest.decode(Substring(line), vocabulary: policy.vocabulary)
        #expect(fast == foundation)
        #expect(fast.context.facts == FactSet([Fact(rawValue: "referralOnFile")!, Fact(rawValue: "urgency.routine")!]))
        #expect(policy.leafCategories(of: fast).map(\.rawValue) == ["health.diagnosis", "health.prescription"])
        // The Hero Platform vocabulary does not know them: each reader names what it does not know.
        for text in [line, #"{"action":"use","categories":["contact.email"],"purpose":"support","context":{"urgency":"soon"}}"#] {
            #expect(throws: WireError.self) { try RequestReader.read(Substring(text)) }
            #expect(throws: WireError.self) { try WireRequest.decode(Substring(text)) }
        }
        let badValue = #"{"action":"use","categories":["health.diagnosis"],"purpose":"treatment","context":{"urgency":"soon"}}"#
        do {
            _ = try RequestReader.read(Substring(badValue), vocabulary: wire)
            Issue.record("a value the fact does not have was read")
        } catch {
            #expect(error.message.contains("'soon' is not a value of 'urgency' (routine, urgent)"), "\(error)")
        }
        #expect(throws: WireError.self) { try WireRequest.decode(Substring(badValue), vocabulary: policy.vocabulary) }
    }
}
