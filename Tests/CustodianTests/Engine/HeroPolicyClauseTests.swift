import Custodian
import Testing

/// One request against the Hero policy, the expected outcome, and the rule the decision must cite.
struct ClauseCase: CustomTestStringConvertible, Sendable {
    var name: String
    var request: Request
    var allowed: Bool
    var rule: RuleID
    var obligations: [Obligation] = []
    /// The rule whose deny side the case shows, when the decision cannot cite it: a permit without
    /// conditions or legal bases lacks nothing, so a deny beside it cites the rule that was asked
    /// instead (`use.additionalConsent`, a forbid) and names this one here.
    var about: RuleID? = nil
    var testDescription: String { name }
}

@Suite("Every clause of the Hero Platform policy, allow side and deny side")
struct HeroPolicyClauseTests {
    static let cases: [ClauseCase] = [
        // §3 Name, Contact and Affiliation
        ClauseCase(
            name: "collects name, email and role to maintain the relationship",
            request: Request(
                .collect, categories: ["identity.name", "contact.email", "affiliation.role"], purpose: .relationship,
                legalBasis: .contract),
            allowed: true, rule: "collect.nameContactAffiliation"),
        ClauseCase(
            name: "does not collect affiliation for product development",
            request: Request(.collect, categories: ["affiliation"], purpose: .productDevelopment, legalBasis: .contract),
            allowed: false, rule: "use.additionalConsent", about: "collect.nameContactAffiliation"),
        ClauseCase(
            name: "collects a birthdate on legitimate interests: the text names no legal basis, so none is invented",
            request: Request(
                .collect, categories: ["identity.birthdate"], purpose: .serviceAccess, legalBasis: .legitimateInterests),
            allowed: true, rule: "collect.nameContactAffiliation"),
        // §3 Credentials
        ClauseCase(
            name: "uses a password for authentication, as a secret",
            request: Request(.use, categories: ["credentials.password"], purpose: .authentication, legalBasis: .contract),
            allowed: true, rule: "collect.credentials", obligations: [.protectSecret]),
        ClauseCase(
            name: "does not use a password hint for support",
            request: Request(.use, categories: ["credentials.passwordHint"], purpose: .support, legalBasis: .contract),
            allowed: false, rule: "use.additionalConsent", about: "collect.credentials"),
        // §3 Communications with us
        ClauseCase(
            name: "uses the content of a support ticket and the phone number for support",
            request: Request(
                .use, categories: ["communications.support", "contact.phone"], purpose: .support, legalBasis: .contract),
            allowed: true, rule: "collect.communicationsWithUs"),
        ClauseCase(
            name: "does not use support tickets for product development",
            request: Request(
                .use, categories: ["communications.support"], purpose: .productDevelopment,
                legalBasis: .legitimateInterests),
            allowed: false, rule: "use.additionalConsent", about: "collect.communicationsWithUs"),
        // §3 Chat
        ClauseCase(
            name: "collects chat messages to deliver them",
            request: Request(.collect, categories: ["communications.chat"], purpose: .chatDelivery, legalBasis: .contract),
            allowed: true, rule: "collect.chat"),
        ClauseCase(
            name: "does not use chat messages for security analytics",
            request: Request(
                .collect, categories: ["communications.chat"], purpose: .security, legalBasis: .legitimateInterests),
            allowed: false, rule: "use.additionalConsent", about: "collect.chat"),
        // §3 Automatic data
        ClauseCase(
            name: "collects the IP address and approximate location for security",
            request: Request(
                .collect, categories: ["online.ipAddress", "location.approximate"], purpose: .security,
                legalBasis: .legitimateInterests),
            allowed: true, rule: "collect.automaticData"),
        ClauseCase(
            name: "collecting a unique identifier obliges encryption",
            request: Request(
                .collect, categories: ["online.uniqueIdentifier"], purpose: .performance, legalBasis: .legitimateInterests),
            allowed: true, rule: "obligate.encryptIdentifiers", obligations: [.encryptIdentifiers]),
        ClauseCase(
            name: "does not collect the MAC address for product development",
            request: Request(
                .collect, categories: ["online.macAddress"], purpose: .productDevelopment, legalBasis: .legitimateInterests),
            allowed: false, rule: "use.additionalConsent", about: "collect.automaticData"),
        // §3 Usage
        ClauseCase(
            name: "uses click data for product development",
            request: Request(
                .use, categories: ["usage.links", "usage.activity"], purpose: .productDevelopment,
                legalBasis: .legitimateInterests),
            allowed: true, rule: "collect.usage"),
        ClauseCase(
            name: "does not use usage data for content adaptation without consent",
            request: Request(
                .use, categories: ["usage.contentInteractions"], purpose: .contentAdaptation,
                legalBasis: .legitimateInterests),
            allowed: false, rule: "use.additionalConsent", about: "collect.usage"),
        // §3 Device
        ClauseCase(
            name: "uses the device identifier for push notifications when enabled",
            request: Request(
                .use, categories: ["device.identifier"], purpose: .pushNotifications, legalBasis: .legitimateInterests,
                context: .facts(.pushNotificationsEnabled)),
            allowed: true, rule: "collect.deviceInformation"),
        ClauseCase(
            name: "does not use the device for push notifications when disabled",
            request: Request(
                .use, categories: ["device.identifier"], purpose: .pushNotifications, legalBasis: .legitimateInterests),
            allowed: false, rule: "deny.pushNotificationsDisabled", about: "collect.deviceInformation"),
        ClauseCase(
            name: "collects a crash report after a crash",
            request: Request(
                .collect, categories: ["device.crashReport"], purpose: .crashDiagnostics, legalBasis: .legitimateInterests,
                context: .facts(.appCrashed)),
            allowed: true, rule: "collect.crashData"),
        ClauseCase(
            name: "does not collect crash data when nothing crashed",
            request: Request(
                .collect, categories: ["device.crashReport"], purpose: .crashDiagnostics, legalBasis: .legitimateInterests),
            allowed: false, rule: "deny.noCrash", about: "collect.crashData"),
        ClauseCase(
            name: "does not collect crash data for performance either when nothing crashed",
            request: Request(
                .collect, categories: ["device.crashReport"], purpose: .performance, legalBasis: .legitimateInterests),
            allowed: false, rule: "deny.crashDataWithoutCrash"),
        // §3 Any information: agreements, legal obligations, safety, security, contract
        ClauseCase(
            name: "uses any information to enforce the terms",
            request: Request(
                .use, categories: ["usage", "communications.chat"], purpose: .agreementEnforcement,
                legalBasis: .legitimateInterests),
            allowed: true, rule: "use.agreementEnforcement", obligations: [.minimizeData]),
        ClauseCase(
            name: "uses any information to comply with a legal obligation",
            request: Request(
                .use, categories: ["identity", "contact"], purpose: .legalCompliance, legalBasis: .legalObligation),
            allowed: true, rule: "use.legalCompliance"),
        ClauseCase(
            name: "does not collect new information 'to comply with legal obligations'",
            request: Request(.collect, categories: ["identity.name"], purpose: .legalCompliance, legalBasis: .legalObligation),
            allowed: false, rule: "use.additionalConsent"),
        ClauseCase(
            name: "uses any information for safety",
            request: Request(.use, categories: ["location.device"], purpose: .safety, legalBasis: .vitalInterests),
            allowed: true, rule: "use.safety"),
        ClauseCase(
            name: "uses chat for security on legitimate interests",
            request: Request(.use, categories: ["communications.chat"], purpose: .security, legalBasis: .legitimateInterests),
            allowed: true, rule: "use.security"),
        ClauseCase(
            name: "uses information to perform the contract in force",
            request: Request(
                .use, categories: ["affiliation"], purpose: .contractPerformance, legalBasis: .contract,
                context: .facts(.contractInForce)),
            allowed: true, rule: "use.contract"),
        ClauseCase(
            name: "does not use information for a contract that is not in force",
            request: Request(.use, categories: ["affiliation"], purpose: .contractPerformance, legalBasis: .contract),
            allowed: false, rule: "deny.noContract"),
        // §3 Consent
        ClauseCase(
            name: "uses email for marketing with additional consent for marketing",
            request: Request(
                .use, categories: ["contact.email"], purpose: .marketing, legalBasis: .consent,
                context: Context(consentedPurposes: [.marketing])),
            allowed: true, rule: "use.additionalConsent"),
        ClauseCase(
            name: "does not accept consent bundled with the terms as additional consent",
            request: Request(
                .use, categories: ["contact.email"], purpose: .marketing, legalBasis: .consent,
                context: Context(facts: [.consentBundled], consentedPurposes: [.marketing])),
            allowed: false, rule: "use.additionalConsent"),
        // §4 Other users
        ClauseCase(
            name: "shares a chat message with another user as the person directs",
            request: Request(
                .share, categories: ["communications.chat"], purpose: .chatDelivery, recipient: .otherUser,
                legalBasis: .contract, context: .facts(.userDirected)),
            allowed: true, rule: "share.otherUsers"),
        ClauseCase(
            name: "does not share with another user on its own initiative",
            request: Request(
                .share, categories: ["contact.phone"], purpose: .chatDelivery, recipient: .otherUser, legalBasis: .contract),
            allowed: false, rule: "share.otherUsers"),
        // §4 Healthcare providers and specialists
        ClauseCase(
            name: "shares account data with a healthcare provider to provide the Services",
            request: Request(
                .share, categories: ["identity.name", "affiliation"], purpose: .serviceAccess,
                recipient: .healthcareProvider, legalBasis: .contract),
            allowed: true, rule: "share.healthcareProviders", obligations: [.recordProvision]),
        ClauseCase(
            name: "does not share with a healthcare provider for product development",
            request: Request(
                .share, categories: ["identity.name"], purpose: .productDevelopment, recipient: .healthcareProvider,
                legalBasis: .contract),
            allowed: false, rule: "disclose.requiredByLaw"),
        ClauseCase(
            name: "discloses to a specialist to provide the Services",
            request: Request(
                .disclose, categories: ["contact.email"], purpose: .serviceAccess, recipient: .specialist,
                legalBasis: .contract),
            allowed: true, rule: "share.specialists", obligations: [.minimizeData, .recordProvision]),
        ClauseCase(
            name: "does not give a specialist usage data the purpose does not use",
            request: Request(
                .share, categories: ["usage.links"], purpose: .serviceAccess, recipient: .specialist, legalBasis: .contract),
            allowed: false, rule: "share.specialists"),
        // §4 Service providers
        ClauseCase(
            name: "shares support data with a contracted service provider",
            request: Request(
                .share, categories: ["communications.support"], purpose: .support, recipient: .serviceProvider,
                legalBasis: .contract, context: .facts(.processorContract)),
            allowed: true, rule: "share.serviceProviders", obligations: [.limitUseToContract, .minimizeData]),
        ClauseCase(
            name: "does not share with a service provider without a contract",
            request: Request(
                .share, categories: ["communications.support"], purpose: .support, recipient: .serviceProvider,
                legalBasis: .contract),
            allowed: false, rule: "share.serviceProviders"),
        // §4 Patients
        ClauseCase(
            name: "shares with a patient when the law requires it, with every effort to notify the person in advance",
            request: Request(
                .share, categories: ["identity.name"], purpose: .legalCompliance, recipient: .patient,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw)),
            allowed: true, rule: "share.patients", obligations: [.notifyUserInAdvance, .recordProvision]),
        ClauseCase(
            name: "does not share with a patient when the law merely permits it, notified or not",
            request: Request(
                .share, categories: ["identity.name"], purpose: .legalCompliance, recipient: .patient,
                legalBasis: .legalObligation, context: .facts(.permittedByLaw, .userNotified)),
            allowed: false, rule: "share.patients"),
        // §4 Law
        ClauseCase(
            name: "discloses to law enforcement under a valid court order",
            request: Request(
                .disclose, categories: ["identity.name", "online.ipAddress"], purpose: .legalCompliance,
                recipient: .lawEnforcement, legalBasis: .legalObligation, context: .facts(.courtOrder)),
            allowed: true, rule: "disclose.courtOrder", obligations: [.limitToOrderScope, .recordDisclosure]),
        ClauseCase(
            name: "discloses to a government agency when the law requires it",
            request: Request(
                .disclose, categories: ["contact"], purpose: .legalCompliance, recipient: .governmentAgency,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw)),
            allowed: true, rule: "disclose.requiredByLaw", obligations: [.recordDisclosure]),
        ClauseCase(
            name: "discloses to the person themself when the law requires it ('or other parties')",
            request: Request(
                .disclose, categories: ["identity.name", "contact.email"], purpose: .legalCompliance, recipient: .user,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw)),
            allowed: true, rule: "disclose.requiredByLaw", obligations: [.minimizeData, .recordDisclosure]),
        ClauseCase(
            name: "does not 'disclose' to Need Inc. itself, whatever the law or an order requires",
            request: Request(
                .disclose, categories: ["usage.activity"], purpose: .legalCompliance, recipient: .controller,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw, .courtOrder)),
            allowed: false, rule: "deny.disclosureToOurselves"),
        ClauseCase(
            name: "does not disclose to a court when the law merely permits it",
            request: Request(
                .disclose, categories: ["contact"], purpose: .legalCompliance, recipient: .court,
                legalBasis: .legalObligation, context: .facts(.permittedByLaw)),
            allowed: false, rule: "disclose.requiredByLaw"),
        ClauseCase(
            name: "discloses location to emergency services in an emergency",
            request: Request(
                .disclose, categories: ["location.device"], purpose: .safety, recipient: .emergencyServices,
                legalBasis: .vitalInterests, context: .facts(.emergency)),
            allowed: true, rule: "disclose.emergency"),
        ClauseCase(
            name: "discloses to a healthcare provider who can help in an emergency",
            request: Request(
                .disclose, categories: ["identity.name", "location.device"], purpose: .safety, recipient: .healthcareProvider,
                legalBasis: .vitalInterests, context: .facts(.emergency)),
            allowed: true, rule: "disclose.emergency", obligations: [.minimizeData, .recordDisclosure]),
        ClauseCase(
            name: "does not disclose to emergency services without an emergency",
            request: Request(
                .disclose, categories: ["location.device"], purpose: .safety, recipient: .emergencyServices,
                legalBasis: .vitalInterests),
            allowed: false, rule: "disclose.emergency"),
        // §4 Business transfers
        ClauseCase(
            name: "transfers account data to a successor in an acquisition",
            request: Request(
                .share, categories: ["identity", "contact"], purpose: .serviceAccess, recipient: .successor,
                legalBasis: .legitimateInterests, context: .facts(.businessTransaction)),
            allowed: true, rule: "share.businessTransfer", obligations: [.recordProvision]),
        ClauseCase(
            name: "does not transfer to a successor without a transaction",
            request: Request(
                .share, categories: ["identity"], purpose: .serviceAccess, recipient: .successor,
                legalBasis: .legitimateInterests),
            allowed: false, rule: "share.businessTransfer"),
        ClauseCase(
            name: "does not share with a recipient the policy does not name on consent (only the law or an order reaches 'other parties')",
            request: Request(
                .share, categories: ["contact.email"], purpose: .marketing, recipient: Recipient("advertiser"),
                legalBasis: .consent,
                context: Context(facts: [.processorContract], consentedPurposes: [.marketing])),
            allowed: false, rule: "disclose.requiredByLaw"),
        // §5 Retention
        ClauseCase(
            name: "retains data within its period",
            request: Request(.retain, categories: ["usage"], purpose: .productDevelopment),
            allowed: true, rule: "retain.withinPeriod"),
        ClauseCase(
            name: "does not retain data past its period",
            request: Request(
                .retain, categories: ["usage"], purpose: .productDevelopment, context: .facts(.retentionExpired)),
            allowed: false, rule: "retain.withinPeriod"),
        ClauseCase(
            name: "does not retain credentials for product development: retention follows what the purpose may use",
            request: Request(.retain, categories: ["credentials.password"], purpose: .productDevelopment),
            allowed: false, rule: "retain.withinPeriod"),
        ClauseCase(
            name: "retains expired data under a legal hold, kept apart",
            request: Request(
                .retain, categories: ["usage"], purpose: .legalCompliance, context: .facts(.retentionExpired, .legalHold)),
            allowed: true, rule: "retain.legalHold", obligations: [.segregateRetainedData]),
        ClauseCase(
            name: "retains expired data for a legally mandated period",
            request: Request(
                .retain, categories: ["contact"], purpose: .legalCompliance,
                context: .facts(.retentionExpired, .legallyMandatedRetention)),
            allowed: true, rule: "retain.mandatedByLaw", obligations: [.segregateRetainedData]),
        ClauseCase(
            name: "keeps expired data held for the law apart from live data",
            request: Request(
                .retain, categories: ["identity"], purpose: .legalCompliance,
                context: .facts(.retentionExpired, .legalHold, .legallyMandatedRetention)),
            allowed: true, rule: "obligate.segregateRetainedData", obligations: [.segregateRetainedData]),
        // §4 Service Providers: "to store and dispose of information on our behalf"
        ClauseCase(
            name: "a contracted service provider stores support data for us, bound by the contract",
            request: Request(
                .retain, categories: ["communications.support"], purpose: .support, recipient: .serviceProvider,
                context: .facts(.processorContract)),
            allowed: true, rule: "obligate.serviceProviderContract", obligations: [.limitUseToContract]),
        ClauseCase(
            name: "a service provider without a contract neither stores nor disposes of data",
            request: Request(
                .destroy, categories: ["contact.email"], purpose: .legalCompliance, recipient: .serviceProvider,
                context: Context(medium: .electronic, destructionMethod: .irrecoverableDeletion)),
            allowed: false, rule: "deny.serviceProviderWithoutContract"),
        // §5 Destruction
        ClauseCase(
            name: "destroys electronic files by cryptographic erasure",
            request: Request(
                .destroy, categories: ["contact.email"], purpose: .legalCompliance,
                context: Context(medium: .electronic, destructionMethod: .cryptographicErasure)),
            allowed: true, rule: "destroy.electronic", obligations: [.destroyIrrecoverably]),
        ClauseCase(
            name: "does not accept a soft delete of electronic files",
            request: Request(
                .destroy, categories: ["contact.email"], purpose: .legalCompliance,
                context: Context(medium: .electronic, destructionMethod: .softDelete)),
            allowed: false, rule: "destroy.electronic"),
        ClauseCase(
            name: "shreds paper",
            request: Request(
                .destroy, categories: ["contact.postalAddress"], purpose: .legalCompliance,
                context: Context(medium: .paper, destructionMethod: .shredding)),
            allowed: true, rule: "destroy.paper"),
        ClauseCase(
            name: "does not recycle paper",
            request: Request(
                .destroy, categories: ["contact.postalAddress"], purpose: .legalCompliance,
                context: Context(medium: .paper, destructionMethod: .recycling)),
            allowed: false, rule: "destroy.paper"),
        ClauseCase(
            name: "does not destroy data the law requires to keep",
            request: Request(
                .destroy, categories: ["contact.postalAddress"], purpose: .legalCompliance,
                context: Context(facts: [.legallyMandatedRetention], medium: .paper, destructionMethod: .shredding)),
            allowed: false, rule: "deny.retentionRequired"),
        // Where the text names no legal basis, a rule accepts any basis, or none (issue 13, item 8).
        ClauseCase(
            name: "uses credentials for authentication on consent",
            request: Request(.use, categories: ["credentials.password"], purpose: .authentication, legalBasis: .consent),
            allowed: true, rule: "collect.credentials", obligations: [.protectSecret]),
        ClauseCase(
            name: "collects support content on vital interests",
            request: Request(
                .collect, categories: ["communications.support"], purpose: .support, legalBasis: .vitalInterests),
            allowed: true, rule: "collect.communicationsWithUs"),
        ClauseCase(
            name: "collects chat on legitimate interests",
            request: Request(
                .collect, categories: ["communications.chat"], purpose: .chatDelivery, legalBasis: .legitimateInterests),
            allowed: true, rule: "collect.chat"),
        ClauseCase(
            name: "collects automatic data for performance on a contract basis",
            request: Request(.collect, categories: ["online.isp"], purpose: .performance, legalBasis: .contract),
            allowed: true, rule: "collect.automaticData"),
        ClauseCase(
            name: "collects usage for administration without naming a legal basis (APPI has none)",
            request: Request(.collect, categories: ["usage.activity"], purpose: .administration),
            allowed: true, rule: "collect.usage"),
        ClauseCase(
            name: "collects device language, and the IP address listed with it, for content adaptation on a public task",
            request: Request(
                .collect, categories: ["device.language", "online.ipAddress"], purpose: .contentAdaptation,
                legalBasis: .publicTask),
            allowed: true, rule: "collect.deviceInformation"),
        ClauseCase(
            name: "collects crash data after a crash on a contract basis",
            request: Request(
                .collect, categories: ["device.crashReport"], purpose: .crashDiagnostics, legalBasis: .contract,
                context: .facts(.appCrashed)),
            allowed: true, rule: "collect.crashData"),
        // Deny sides citing the rule whose conditions or legal basis were not met.
        ClauseCase(
            name: "does not use information for the contract on legitimate interests",
            request: Request(
                .use, categories: ["affiliation"], purpose: .contractPerformance, legalBasis: .legitimateInterests,
                context: .facts(.contractInForce)),
            allowed: false, rule: "use.contract"),
        ClauseCase(
            name: "does not give a healthcare provider usage data the purpose does not use",
            request: Request(
                .share, categories: ["usage.activity"], purpose: .serviceAccess, recipient: .healthcareProvider,
                legalBasis: .contract),
            allowed: false, rule: "share.healthcareProviders"),
        ClauseCase(
            name: "does not disclose to law enforcement without an order or a legal requirement",
            request: Request(
                .disclose, categories: ["identity.name"], purpose: .legalCompliance, recipient: .lawEnforcement,
                legalBasis: .legalObligation, context: .facts(.emergency)),
            allowed: false, rule: "disclose.courtOrder"),
        ClauseCase(
            name: "does not retain expired data without a hold (hold rule cited)",
            request: Request(
                .retain, categories: ["identity"], purpose: .legalCompliance, context: .facts(.retentionExpired)),
            allowed: false, rule: "retain.legalHold"),
        ClauseCase(
            name: "does not retain expired data without a mandate (mandate rule cited)",
            request: Request(
                .retain, categories: ["device"], purpose: .legalCompliance, context: .facts(.retentionExpired)),
            allowed: false, rule: "retain.mandatedByLaw"),
    ]

    @Test("Decides as the clause says", arguments: cases)
    func clause(_ testCase: ClauseCase) {
        let decision = Hero.engine.decide(testCase.request)
        #expect(decision.isAllowed == testCase.allowed)
        #expect(decision.reasons.contains { $0.rule == testCase.rule }, "reasons: \(decision.reasons.map(\.rule))")
        for obligation in testCase.obligations { #expect(decision.obligations.contains(obligation)) }
        if !testCase.allowed { #expect(decision.obligations.isEmpty) }
        #expect(decision.reasons.allSatisfy { !$0.clause.isEmpty })
    }

    @Test("Every permit rule has an allow case and a deny case; every forbid rule a deny case")
    func coverage() {
        for rule in Hero.policy.rules {
            let allows = Self.cases.contains { $0.allowed && $0.rule == rule.id }
            let denies = Self.cases.contains { !$0.allowed && ($0.rule == rule.id || $0.about == rule.id) }
            switch rule.effect {
            case .permit:
                // The four "any information" use rules share one sentence; their deny side is the
                // collection case that cites use.additionalConsent.
                let sharedSentence = rule.id.rawValue.hasPrefix("use.") && rule.id != "use.contract"
                #expect(allows, "no allow case for \(rule.id)")
                #expect(denies || sharedSentence, "no deny case for \(rule.id)")
            case .forbid: #expect(denies, "no deny case for \(rule.id)")
            case .obligate: #expect(allows, "no case for \(rule.id)")
            }
        }
    }
}
