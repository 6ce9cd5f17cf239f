import Custodian
import Testing

/// Issue 13, "The Hero Policy, read again": for each re-read item, the request the earlier reading
/// decided wrongly and the decision it must get now, and the opposite side that must still be
/// denied. Every test cites the sentence of the English text it rests on.
@Suite("The Hero policy, read again: each re-read, its wrong decision corrected and its limit kept")
struct HeroPolicyRereadTests {
    /// Whether the decision cites `rule` among its reasons.
    static func cites(_ decision: Decision, _ rule: RuleID) -> Bool {
        decision.reasons.contains { $0.rule == rule }
    }

    // MARK: 1. "we will make every effort to notify you in advance"

    @Test("A share with a patient that the law requires is allowed before notifying, with the duty to try to notify")
    func patientsBestEffortNotice() {
        // "We may also share Personal Information with patients where required to do so by law. In
        // such cases, we will make every effort to notify you in advance."
        let requiredShare = Hero.engine.decide(
            Request(
                .share, categories: ["identity.name"], purpose: .legalCompliance, recipient: .patient,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw)))
        #expect(requiredShare.isAllowed, "reasons: \(requiredShare.reasons.map(\.rule))")
        #expect(Self.cites(requiredShare, "share.patients"))
        #expect(requiredShare.obligations.contains(.notifyUserInAdvance))
        #expect(requiredShare.obligations.contains(.recordProvision))

        let ordered = Hero.engine.decide(
            Request(
                .disclose, categories: ["contact.email"], purpose: .legalCompliance, recipient: .patient,
                legalBasis: .legalObligation, context: .facts(.courtOrder)))
        #expect(ordered.isAllowed)
        #expect(ordered.obligations.contains(.notifyUserInAdvance))

        // Still denied: a share the law merely permits, even when the person was notified.
        let permitted = Hero.engine.decide(
            Request(
                .share, categories: ["identity.name"], purpose: .legalCompliance, recipient: .patient,
                legalBasis: .legalObligation, context: .facts(.permittedByLaw, .userNotified)))
        #expect(!permitted.isAllowed)
        #expect(Self.cites(permitted, "share.patients"))
    }

    // MARK: 2. "law enforcement, courts, other government agencies or other parties"

    @Test("A disclosure the law or a court order requires reaches other parties too, never on permission alone")
    func requiredDisclosureReachesOtherParties() {
        // "We or our service providers will also share Personal Information with law enforcement,
        // courts, other government agencies or other parties if we are required to do so ..."
        let accessRequest = Hero.engine.decide(
            Request(
                .disclose, categories: ["identity.name", "contact.email"], purpose: .legalCompliance, recipient: .user,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw)))
        #expect(accessRequest.isAllowed, "reasons: \(accessRequest.reasons.map(\.rule))")
        #expect(Self.cites(accessRequest, "disclose.requiredByLaw"))
        #expect(accessRequest.obligations.contains(.minimizeData))
        #expect(accessRequest.obligations.contains(.recordDisclosure))

        // "... for example, we are required to provide records to law enforcement in response to a
        // valid court order."
        let appointee = Recipient("regulatorAppointee")
        let ordered = Hero.engine.decide(
            Request(
                .disclose, categories: ["usage.activity"], purpose: .legalCompliance, recipient: appointee,
                legalBasis: .legalObligation, context: .facts(.courtOrder)))
        #expect(ordered.isAllowed)
        #expect(Self.cites(ordered, "disclose.courtOrder"))
        #expect(ordered.obligations.contains(.limitToOrderScope))
        #expect(ordered.obligations.contains(.recordDisclosure))

        // Still denied: a disclosure merely permitted by law, to anyone but emergency helpers.
        let permitted = Hero.engine.decide(
            Request(
                .disclose, categories: ["usage.activity"], purpose: .legalCompliance, recipient: appointee,
                legalBasis: .legalObligation, context: .facts(.permittedByLaw)))
        #expect(!permitted.isAllowed)
        #expect(Self.cites(permitted, "disclose.requiredByLaw"))

        // Still denied: more than the purpose may use, and a "disclosure" to Need Inc. itself.
        let marketing = Hero.engine.decide(
            Request(
                .disclose, categories: ["contact.email"], purpose: .marketing, recipient: appointee,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw)))
        #expect(!marketing.isAllowed)
        let ourselves = Hero.engine.decide(
            Request(
                .disclose, categories: ["usage.activity"], purpose: .legalCompliance, recipient: .controller,
                legalBasis: .legalObligation, context: .facts(.requiredByLaw, .courtOrder)))
        #expect(!ourselves.isAllowed)
        #expect(Self.cites(ourselves, "deny.disclosureToOurselves"))
    }

    // MARK: 3. "to store and dispose of information on our behalf"

    @Test("A contracted service provider stores and disposes of information on our behalf; without a contract it may not")
    func serviceProvidersStoreAndDispose() {
        // "For example, we may use service providers for internal administrative purposes, e.g., a
        // customer service platform, to host our website and to store and dispose of information on
        // our behalf."
        let stores = Hero.engine.decide(
            Request(
                .retain, categories: ["communications.support"], purpose: .support, recipient: .serviceProvider,
                context: .facts(.processorContract)))
        #expect(stores.isAllowed, "reasons: \(stores.reasons.map(\.rule))")
        #expect(Self.cites(stores, "retain.withinPeriod"))
        #expect(stores.obligations.contains(.limitUseToContract))

        let disposes = Hero.engine.decide(
            Request(
                .destroy, categories: ["contact.email"], purpose: .legalCompliance, recipient: .serviceProvider,
                context: Context(
                    facts: FactSet(.processorContract), medium: .electronic, destructionMethod: .cryptographicErasure)))
        #expect(disposes.isAllowed)
        #expect(Self.cites(disposes, "destroy.electronic"))
        #expect(disposes.obligations.contains(.destroyIrrecoverably))
        #expect(disposes.obligations.contains(.limitUseToContract))

        // Still denied: without a processor contract, under a legal hold, or by a soft delete.
        let uncontracted = Hero.engine.decide(
            Request(.retain, categories: ["communications.support"], purpose: .support, recipient: .serviceProvider))
        #expect(!uncontracted.isAllowed)
        #expect(Self.cites(uncontracted, "deny.serviceProviderWithoutContract"))
        let held = Hero.engine.decide(
            Request(
                .destroy, categories: ["contact.email"], purpose: .legalCompliance, recipient: .serviceProvider,
                context: Context(
                    facts: FactSet([.processorContract, .legalHold]), medium: .electronic,
                    destructionMethod: .irrecoverableDeletion)))
        #expect(!held.isAllowed)
        #expect(Self.cites(held, "deny.retentionRequired"))
        let softDeleted = Hero.engine.decide(
            Request(
                .destroy, categories: ["contact.email"], purpose: .legalCompliance, recipient: .serviceProvider,
                context: Context(facts: FactSet(.processorContract), medium: .electronic, destructionMethod: .softDelete)))
        #expect(!softDeleted.isAllowed)
        #expect(Self.cites(softDeleted, "destroy.electronic"))
    }

    // MARK: 4. "in the event the Platform crashes on your mobile device"

    @Test("Crash data is collected only after a crash, whatever the purpose")
    func crashDataOnlyAfterACrash() {
        // "In addition, in the event the Platform crashes on your mobile device, we may receive
        // information about your mobile device model software version and device carrier, ..."
        let performance = Hero.engine.decide(
            Request(.collect, categories: ["device.crashReport"], purpose: .performance, legalBasis: .legitimateInterests))
        #expect(!performance.isAllowed)
        #expect(Self.cites(performance, "deny.crashDataWithoutCrash"))
        let consented = Hero.engine.decide(
            Request(
                .collect, categories: ["device.crashReport"], purpose: .marketing, legalBasis: .consent,
                context: Context(consentedPurposes: [.marketing])))
        #expect(!consented.isAllowed)
        #expect(Self.cites(consented, "deny.crashDataWithoutCrash"))

        // Still allowed: collecting after a crash, and using crash data already received.
        let crashed = Hero.engine.decide(
            Request(
                .collect, categories: ["device.crashReport"], purpose: .performance, legalBasis: .legitimateInterests,
                context: .facts(.appCrashed)))
        #expect(crashed.isAllowed)
        #expect(Self.cites(crashed, "collect.crashData"))
        let used = Hero.engine.decide(
            Request(.use, categories: ["device.crashReport"], purpose: .performance, legalBasis: .legitimateInterests))
        #expect(used.isAllowed)
    }

    // MARK: 5. "only for as long as reasonably necessary to fulfill the purposes described"

    @Test("Retention within the period follows what the purpose may use")
    func retentionFollowsThePurposes() {
        // "In general, we retain Personal Information only for as long as reasonably necessary to
        // fulfill the purposes described in this Privacy Policy or in a separate consent we have
        // obtained from you or as required to meet legal or regulatory requirements."
        let credentials = Hero.engine.decide(
            Request(.retain, categories: ["credentials.password"], purpose: .productDevelopment))
        #expect(!credentials.isAllowed)
        #expect(Self.cites(credentials, "retain.withinPeriod"))
        let marketing = Hero.engine.decide(Request(.retain, categories: ["contact.email"], purpose: .marketing))
        #expect(!marketing.isAllowed)
        #expect(Self.cites(marketing, "retain.withinPeriod"))

        // Still allowed: what the purpose uses, what a separate consent covers, what a hold keeps.
        let usage = Hero.engine.decide(Request(.retain, categories: ["usage"], purpose: .productDevelopment))
        #expect(usage.isAllowed)
        let consented = Hero.engine.decide(
            Request(
                .retain, categories: ["contact.email"], purpose: .marketing,
                context: Context(consentedPurposes: [.marketing])))
        #expect(consented.isAllowed)
        let held = Hero.engine.decide(
            Request(.retain, categories: ["credentials.password"], purpose: .productDevelopment, context: .facts(.legalHold)))
        #expect(held.isAllowed)
        #expect(Self.cites(held, "retain.legalHold"))
    }

    // MARK: 6. "... or as required to meet legal or regulatory requirements"

    @Test("Only expired data kept for a hold or a legal mandate is segregated, not live data under a hold")
    func segregationOnlyForExpiredData() {
        // "... or as required to meet legal or regulatory requirements." / "Personal Information may
        // be retained for a period of time mandated by law."
        let live = Hero.engine.decide(
            Request(.retain, categories: ["usage"], purpose: .productDevelopment, context: .facts(.legalHold)))
        #expect(live.isAllowed)
        #expect(!live.obligations.contains(.segregateRetainedData))

        // Still segregated: expired data under a hold or a mandate.
        let held = Hero.engine.decide(
            Request(.retain, categories: ["usage"], purpose: .legalCompliance, context: .facts(.retentionExpired, .legalHold)))
        #expect(held.isAllowed)
        #expect(held.obligations.contains(.segregateRetainedData))
        #expect(Self.cites(held, "obligate.segregateRetainedData"))
        let mandated = Hero.engine.decide(
            Request(
                .retain, categories: ["contact"], purpose: .legalCompliance,
                context: .facts(.retentionExpired, .legallyMandatedRetention)))
        #expect(mandated.isAllowed)
        #expect(mandated.obligations.contains(.segregateRetainedData))
        // Expired data with neither is not retained at all.
        let expired = Hero.engine.decide(
            Request(.retain, categories: ["usage"], purpose: .legalCompliance, context: .facts(.retentionExpired)))
        #expect(!expired.isAllowed)
    }

    // MARK: 7. "necessary for the purpose of entering into and performing a contract"

    @Test("Steps before a contract, at the person's request, count as well as a contract in force")
    func enteringIntoAContract() {
        // "Contract. We may use your Personal Information where this is necessary for the purpose of
        // entering into and performing a contract that we have with you."
        let requested = Hero.engine.decide(
            Request(
                .use, categories: ["identity.name", "contact.email"], purpose: .contractPerformance, legalBasis: .contract,
                context: .facts(.contractRequested)))
        #expect(requested.isAllowed, "reasons: \(requested.reasons.map(\.rule))")
        #expect(Self.cites(requested, "use.contract"))
        #expect(requested.obligations.contains(.minimizeData))

        // Still denied: neither a contract in force nor one requested.
        let neither = Hero.engine.decide(
            Request(.use, categories: ["identity.name"], purpose: .contractPerformance, legalBasis: .contract))
        #expect(!neither.isAllowed)
        #expect(Self.cites(neither, "deny.noContract"))
    }

    // MARK: 8. No invented legal-basis lists

    @Test("Where the text names no legal basis, any basis or none is accepted; the bases it names stay")
    func noInventedLegalBases() {
        // "Credentials. ... We collect this information for security, authentication, and
        // verification purposes." names no legal basis.
        let credentials = Hero.engine.decide(
            Request(.use, categories: ["credentials.password"], purpose: .authentication, legalBasis: .consent))
        #expect(credentials.isAllowed, "reasons: \(credentials.reasons.map(\.rule))")
        #expect(credentials.obligations.contains(.protectSecret))
        // "We collect your communications with other users of the Platform when you use the
        // Platform’s chat functionality."
        let chat = Hero.engine.decide(
            Request(.collect, categories: ["communications.chat"], purpose: .chatDelivery, legalBasis: .legitimateInterests))
        #expect(chat.isAllowed)
        // No basis at all, as under Japan's APPI: "This information is collected for the purposes of
        // developing and enhancing our products and services, as well as for administrative purposes."
        let noBasis = Hero.engine.decide(Request(.collect, categories: ["usage.activity"], purpose: .administration))
        #expect(noBasis.isAllowed)
        let safety = Hero.engine.decide(Request(.use, categories: ["location.device"], purpose: .safety))
        #expect(safety.isAllowed)

        // Still denied: the bases the text grounds. "with your additional consent"
        let marketing = Hero.engine.decide(
            Request(
                .use, categories: ["contact.email"], purpose: .marketing, legalBasis: .legitimateInterests,
                context: Context(consentedPurposes: [.marketing])))
        #expect(!marketing.isAllowed)
        #expect(Self.cites(marketing, "use.additionalConsent"))
        // "entering into and performing a contract"
        let contract = Hero.engine.decide(
            Request(
                .use, categories: ["affiliation"], purpose: .contractPerformance, legalBasis: .legitimateInterests,
                context: .facts(.contractInForce)))
        #expect(!contract.isAllowed)
        #expect(Self.cites(contract, "use.contract"))
        // "to comply with legal obligations"
        let legal = Hero.engine.decide(Request(.use, categories: ["identity"], purpose: .legalCompliance))
        #expect(!legal.isAllowed)
        #expect(Self.cites(legal, "use.legalCompliance"))
    }

    // MARK: 9. "your Personal Information may be transferred to a successor or affiliate"

    @Test("A business transfer is decided on the transaction and the successor, not the purpose label")
    func businessTransfers() {
        // "If we are involved in a merger, acquisition, ..., your Personal Information may be
        // transferred to a successor or affiliate as part of that transaction along with other assets"
        let labels: [Purpose] = [Purpose("businessTransfer"), .security, .serviceAccess]
        for purpose in labels {
            let transfer = Hero.engine.decide(
                Request(
                    .share, categories: ["identity", "contact", "usage"], purpose: purpose, recipient: .successor,
                    context: .facts(.businessTransaction)))
            #expect(transfer.isAllowed, "\(purpose): \(transfer.reasons.map(\.rule))")
            #expect(Self.cites(transfer, "share.businessTransfer"))
            #expect(transfer.obligations.contains(.recordProvision))

            // Still denied: without a transaction under way, whatever the label.
            let idle = Hero.engine.decide(
                Request(.share, categories: ["identity"], purpose: purpose, recipient: .successor))
            #expect(!idle.isAllowed)
            #expect(Self.cites(idle, "share.businessTransfer"))
        }
        // Still denied: a recipient other than the successor, transaction or not.
        let other = Hero.engine.decide(
            Request(
                .share, categories: ["identity"], purpose: Purpose("businessTransfer"), recipient: Recipient("acquirer"),
                context: .facts(.businessTransaction)))
        #expect(!other.isAllowed)
    }

    // MARK: 10. Smaller gaps

    @Test("The IP address listed under Device Information serves its purposes; combining adds no purpose")
    func deviceInformationAndCombinedData() {
        // "The information we collect includes ... unique device identifier, IP address, language
        // settings, ... This information is used for the purposes of delivering content appropriate
        // for your device’s capabilities, ..."
        let ip = Hero.engine.decide(Request(.collect, categories: ["online.ipAddress"], purpose: .contentAdaptation))
        #expect(ip.isAllowed)
        #expect(Self.cites(ip, "collect.deviceInformation"))
        // "Some automatically collected Personal Information may be combined with other information
        // to help improve our Services." grounds no further purpose; "Certain limited technical data
        // is required for the Platform to function on your device." grounds none either.
        let combined = Hero.engine.decide(
            Request(.use, categories: ["online.ipAddress", "location.approximate"], purpose: .productDevelopment))
        #expect(!combined.isAllowed)
        let toFunction = Hero.engine.decide(Request(.collect, categories: ["device.hardware"], purpose: .functionality))
        #expect(!toFunction.isAllowed)
    }

    @Test("In an emergency a healthcare provider who can help receives what is necessary; law enforcement needs a requirement")
    func emergencyHelpers() {
        // "We may disclose Personal Information to the extent necessary where we are required or
        // permitted under applicable law, such as in the event of an emergency that threatens the
        // life, health or security of an individual."
        let provider = Hero.engine.decide(
            Request(
                .disclose, categories: ["identity.name", "location.device"], purpose: .safety,
                recipient: .healthcareProvider, context: .facts(.emergency)))
        #expect(provider.isAllowed)
        #expect(Self.cites(provider, "disclose.emergency"))
        let police = Hero.engine.decide(
            Request(
                .disclose, categories: ["location.device"], purpose: .safety, recipient: .lawEnforcement,
                context: .facts(.emergency)))
        #expect(!police.isAllowed)
    }
}
