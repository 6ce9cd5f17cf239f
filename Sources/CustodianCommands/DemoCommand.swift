import ArgumentParser
import Custodian
import CustodianPolicyFiles

/// `custodian demo`: a walk through realistic requests drawn from every section of the Hero
/// Platform Privacy Policy, each decided and explained.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Walk through realistic requests from every section of the Hero Platform policy.")

    func run() throws {
        let policy = try BuiltInPolicy.heroPlatform.compiled()
        let engine = try PolicyEngine(policy: policy, rulePacks: BuiltInPolicy.rulePackDocuments())
        let explainer = DecisionExplainer(engine: engine)
        Output.print("Custodian demo: the Hero Platform Privacy Policy of Need Inc. (effective 2023-02-14)")
        Output.print("Policy version \(policy.version), \(policy.rules.count) rules.\n")
        var allowed = 0
        for (number, scenario) in DemoScenario.all.enumerated() {
            let decision = engine.decide(scenario.request)
            if decision.isAllowed { allowed += 1 }
            Output.print("\(number + 1). [\(scenario.section)] \(scenario.story)")
            Output.print(explainer.explain(decision, for: scenario.request))
            Output.print("")
        }
        Output.print("\(DemoScenario.all.count) requests: \(allowed) allowed, \(DemoScenario.all.count - allowed) denied.")
    }
}

/// One request of the demo, with the story behind it.
struct DemoScenario {
    var section: String
    var story: String
    var request: Request

    static let all: [DemoScenario] = [
        DemoScenario(
            section: "§3 Name, Contact and Affiliation",
            story: "A radiologist signs up; the service stores her name, email and role.",
            request: Request(
                .collect, subject: SubjectID("user-8801"),
                categories: ["identity.name", "contact.email", "affiliation.role"], purpose: .relationship,
                legalBasis: .contract, context: Context(facts: [.contractInForce]))),
        DemoScenario(
            section: "§3 Credentials",
            story: "The login service checks a password.",
            request: Request(
                .use, subject: SubjectID("user-8801"), categories: ["credentials.password"], purpose: .authentication,
                legalBasis: .contract)),
        DemoScenario(
            section: "§3 Your Communications with Us",
            story: "Support reads a ticket and the email address it came from.",
            request: Request(
                .use, categories: ["communications.support", "contact.email"], purpose: .support, legalBasis: .contract)),
        DemoScenario(
            section: "§3 Device Information",
            story: "The push service wants the device identifier, but the user turned push notifications off.",
            request: Request(
                .use, categories: ["device.identifier"], purpose: .pushNotifications,
                legalBasis: .legitimateInterests)),
        DemoScenario(
            section: "§3 Device Information",
            story: "The app crashed; the crash reporter collects the crash report.",
            request: Request(
                .collect, categories: ["device.crashReport"], purpose: .crashDiagnostics,
                legalBasis: .legitimateInterests, context: Context(facts: [.appCrashed]))),
        DemoScenario(
            section: "§3 Consent",
            story: "Marketing wants to email users who consented to research, not to marketing.",
            request: Request(
                .use, categories: ["contact.email"], purpose: .marketing, legalBasis: .consent,
                context: Context(consentedPurposes: [Purpose("research")]))),
        DemoScenario(
            section: "§3 Consent",
            story: "The same email to a user who gave additional consent to marketing.",
            request: Request(
                .use, categories: ["contact.email"], purpose: .marketing, legalBasis: .consent,
                context: Context(consentedPurposes: [.marketing]))),
        DemoScenario(
            section: "§3 Collection and Use",
            story: "Legal wants to collect new data 'to comply with legal obligations' (the clause allows use only).",
            request: Request(
                .collect, categories: ["identity.name"], purpose: .legalCompliance, legalBasis: .legalObligation)),
        DemoScenario(
            section: "§4 Sharing with other users",
            story: "A provider sends a chat message to a specialist.",
            request: Request(
                .share, categories: ["communications.chat"], purpose: .chatDelivery, recipient: .otherUser,
                legalBasis: .contract, context: Context(facts: [.userDirected]))),
        DemoScenario(
            section: "§4 Specialists",
            story: "A consult is routed to a specialist with the provider's name and institution.",
            request: Request(
                .share, categories: ["identity.name", "affiliation.institution"], purpose: .serviceAccess,
                recipient: .specialist, legalBasis: .contract)),
        DemoScenario(
            section: "§4 Specialists",
            story: "Someone tries to send the provider's click history to the specialist too.",
            request: Request(
                .share, categories: ["usage.links"], purpose: .serviceAccess, recipient: .specialist,
                legalBasis: .contract)),
        DemoScenario(
            section: "§4 Service Providers",
            story: "Tickets go to the contracted help-desk vendor.",
            request: Request(
                .share, categories: ["communications.support", "contact.email"], purpose: .support,
                recipient: .serviceProvider, legalBasis: .contract,
                context: Context(facts: [.processorContract]))),
        DemoScenario(
            section: "§4 Patients",
            story: "A law requires sharing with a patient; the provider has not been notified yet.",
            request: Request(
                .disclose, categories: ["identity.name"], purpose: .legalCompliance, recipient: .patient,
                legalBasis: .legalObligation, context: Context(facts: [.requiredByLaw]))),
        DemoScenario(
            section: "§4 Disclosures required by law",
            story: "A court order asks for a user's name and IP address.",
            request: Request(
                .disclose, categories: ["identity.name", "online.ipAddress"], purpose: .legalCompliance,
                recipient: .court, legalBasis: .legalObligation, context: Context(facts: [.courtOrder]))),
        DemoScenario(
            section: "§4 Unnamed recipients",
            story: "An advertiser asks for email addresses, with consent and a contract in hand.",
            request: Request(
                .share, categories: ["contact.email"], purpose: .marketing, recipient: Recipient("advertiser"),
                legalBasis: .consent,
                context: Context(facts: [.processorContract], consentedPurposes: [.marketing]))),
        DemoScenario(
            section: "§4 Business Transfers",
            story: "During an acquisition, account data moves to the successor.",
            request: Request(
                .share, categories: ["identity", "contact"], purpose: .serviceAccess, recipient: .successor,
                legalBasis: .legitimateInterests, context: Context(facts: [.businessTransaction]))),
        DemoScenario(
            section: "§5 Retention",
            story: "Usage data is past its period but under a legal hold.",
            request: Request(
                .retain, categories: ["usage"], purpose: .legalCompliance,
                context: Context(facts: [.retentionExpired, .legalHold]))),
        DemoScenario(
            section: "§5 Destruction",
            story: "Expired account data is erased by destroying its encryption key.",
            request: Request(
                .destroy, categories: ["identity.name", "contact.email"], purpose: .legalCompliance,
                context: Context(
                    facts: [.retentionExpired], medium: .electronic, destructionMethod: .cryptographicErasure))),
        DemoScenario(
            section: "§5 Destruction",
            story: "Paper records that the law says to keep are about to be recycled.",
            request: Request(
                .destroy, categories: ["contact.postalAddress"], purpose: .legalCompliance,
                context: Context(
                    facts: [.retentionExpired, .legallyMandatedRetention], medium: .paper,
                    destructionMethod: .recycling))),
        DemoScenario(
            section: "Jurisdictions › Korea",
            story: "A Korean user's email is shared with a specialist on the strength of the contract alone.",
            request: Request(
                .share, categories: ["contact.email"], purpose: .serviceAccess, recipient: .specialist,
                legalBasis: .contract, jurisdiction: .kr, context: Context(facts: [.contractInForce]))),
        DemoScenario(
            section: "Jurisdictions › Japan",
            story: "The same share from Japan, after the user consented to provision to third parties.",
            request: Request(
                .share, categories: ["contact.email"], purpose: .serviceAccess, recipient: .specialist,
                legalBasis: .contract, jurisdiction: .jp,
                context: Context(facts: [.contractInForce], separateConsents: [.thirdPartyProvision]))),
        DemoScenario(
            section: "Jurisdictions › European Union",
            story: "Usage data of an EU user is analysed for product development on legitimate interests.",
            request: Request(
                .use, categories: ["usage.activity"], purpose: .productDevelopment,
                legalBasis: .legitimateInterests, jurisdiction: .eu)),
    ]
}
