import Custodian
import Testing

// Generated from a table of cases and checked through `custodian decide` first; each case is a
// request decided under a jurisdiction's rule pack, the article it turns on, and where the same
// request is decided otherwise (the policy alone, or another jurisdiction).

@Suite("Jurisdiction rule packs decide what the policy alone does not, citing the article")
struct JurisdictionPackTests {

    static let koreaCases: [JurisdictionCase] = [
        JurisdictionCase(
            #"PIPA Art. 17(1)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "affiliation.role"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 17(1)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "context": {"consentNoticeGiven": true, "separateConsents": ["thirdPartyProvision"]}}"#,
            allowed: true,
            obligations: ["recordProvision"],
            otherwise: .eu,
            cites: false),
        JurisdictionCase(
            #"PIPA Art. 17(2)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true, "separateConsents": ["thirdPartyProvision"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 26(2)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 26(1), 26(5)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "entrusteeDisclosed": true}}"#,
            allowed: true,
            obligations: ["limitUseToContract"]),
        JurisdictionCase(
            #"PIPA Art. 16(2), Art. 22(1)"#,
            .kr,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.phone"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "optionalItem": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 16(2), Art. 22(1)"#,
            .kr,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.phone"], "purpose": "serviceAccess", "recipient": "controller", "context": {"optionalItem": true, "consentedPurposes": ["serviceAccess"]}}"#,
            allowed: true,
            otherwise: .eu,
            cites: false),
        JurisdictionCase(
            #"PIPA Art. 22(1)"#,
            .kr,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.phone"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "consent", "context": {"optionalItem": true, "consentBundled": true, "consentedPurposes": ["serviceAccess"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 23(1)"#,
            .kr,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 23(2)"#,
            .kr,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true, "consentNoticeGiven": true, "separateConsents": ["sensitiveData"]}}"#,
            allowed: true,
            obligations: ["protectSensitiveData"]),
        JurisdictionCase(
            #"PIPA Art. 24(1)"#,
            .kr,
            #"{"action": "collect", "subject": "user-1", "categories": ["identity.name"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "uniqueIdentifyingInformation": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 24(3), Art. 24-2(2)"#,
            .kr,
            #"{"action": "collect", "subject": "user-1", "categories": ["identity.name"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "uniqueIdentifyingInformation": true, "consentNoticeGiven": true, "separateConsents": ["uniqueIdentifier"]}}"#,
            allowed: true,
            obligations: ["encryptIdentifiers"]),
        JurisdictionCase(
            #"PIPA Art. 24(1)1"#,
            .kr,
            #"{"action": "collect", "subject": "user-1", "categories": ["identity.name"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "uniqueIdentifyingInformation": true, "separateConsents": ["uniqueIdentifier"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 24-2(1)"#,
            .kr,
            #"{"action": "collect", "subject": "user-1", "categories": ["identity.name"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "consent", "context": {"uniqueIdentifyingInformation": true, "residentRegistrationNumber": true, "separateConsents": ["uniqueIdentifier"], "consentedPurposes": ["serviceAccess"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 28-8(1)"#,
            .kr,
            #"{"action": "retain", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "transferSafeguards": true, "destinationCountry": "US"}}"#,
            allowed: false,
            otherwise: .eu),
        JurisdictionCase(
            #"PIPA Art. 28-8(1)3"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "entrusteeDisclosed": true, "overseasTransferDisclosed": true, "destinationCountry": "US"}}"#,
            allowed: true,
            obligations: ["limitUseToContract"],
            otherwise: .jp,
            cites: false),
        JurisdictionCase(
            #"PIPA Art. 28-8(1)3"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "context": {"processorContract": true, "entrusteeDisclosed": true, "overseasTransferDisclosed": true, "destinationCountry": "US"}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 28-8(2)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "entrusteeDisclosed": true, "separateConsents": ["overseasTransfer"], "destinationCountry": "SG"}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 22(1)7"#,
            .kr,
            #"{"action": "use", "subject": "user-1", "categories": ["contact.email"], "purpose": "marketing", "recipient": "controller", "legalBasis": "consent", "context": {"consentedPurposes": ["marketing"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 27(1)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "identity.name"], "purpose": "serviceAccess", "recipient": "successor", "legalBasis": "legitimateInterests", "context": {"businessTransaction": true, "businessSuccession": true}}"#,
            allowed: false,
            otherwise: .jp),
        JurisdictionCase(
            #"PIPA Art. 27(1)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "identity.name"], "purpose": "serviceAccess", "recipient": "successor", "context": {"businessTransaction": true, "businessSuccession": true, "userNotified": true}}"#,
            allowed: true,
            otherwise: .id,
            cites: false),
        JurisdictionCase(
            #"PIPA Art. 17(1)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "identity.name"], "purpose": "serviceAccess", "recipient": "successor", "legalBasis": "legitimateInterests", "context": {"businessTransaction": true, "userNotified": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 26(3)"#,
            .kr,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "marketing", "recipient": "serviceProvider", "legalBasis": "consent", "context": {"processorContract": true, "entrusteeDisclosed": true, "separateConsents": ["marketing"], "consentedPurposes": ["marketing"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 23(1)1"#,
            .kr,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true, "separateConsents": ["sensitiveData"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"PIPA Art. 23(2)"#,
            .kr,
            #"{"action": "disclose", "subject": "user-1", "categories": ["communications.chat"], "purpose": "legalCompliance", "recipient": "court", "legalBasis": "legalObligation", "context": {"courtOrder": true, "containsHealthData": true}}"#,
            allowed: true,
            obligations: ["protectSensitiveData", "limitToOrderScope"]),
    ]

    @Test("Korea: PIPA", arguments: koreaCases)
    func korea(_ test: JurisdictionCase) { test.verify() }

    static let japanCases: [JurisdictionCase] = [
        JurisdictionCase(
            #"APPI Art. 27(1)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "affiliation.role"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"APPI Art. 27(1)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true, "separateConsents": ["thirdPartyProvision"]}}"#,
            allowed: true,
            obligations: ["recordProvision"],
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"APPI Art. 27(5)(ii)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "identity.name"], "purpose": "serviceAccess", "recipient": "successor", "legalBasis": "legitimateInterests", "context": {"businessTransaction": true, "businessSuccession": true}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"APPI Art. 27(1)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "identity.name"], "purpose": "serviceAccess", "recipient": "successor", "legalBasis": "legitimateInterests", "context": {"businessTransaction": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"APPI Art. 20(2)"#,
            .jp,
            #"{"action": "collect", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true, "receivedAsEntrustee": true}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"APPI Art. 27(5)(iii)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true, "jointUse": true}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"APPI Art. 27(5)(i)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"APPI Art. 28(1)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "destinationCountry": "US"}}"#,
            allowed: false),
        JurisdictionCase(
            #"APPI Art. 28(1)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "destinationCountry": "DE"}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"APPI Art. 28(1)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "recipientEquivalentSystem": true, "destinationCountry": "US"}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"APPI Art. 28(2)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "separateConsents": ["overseasTransfer"], "destinationCountry": "US"}}"#,
            allowed: false),
        JurisdictionCase(
            #"APPI Art. 29(1)"#,
            .jp,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "consentNoticeGiven": true, "separateConsents": ["overseasTransfer"], "destinationCountry": "US"}}"#,
            allowed: true,
            obligations: ["recordProvision"]),
        JurisdictionCase(
            #"APPI Art. 20(2)"#,
            .jp,
            #"{"action": "collect", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"APPI Art. 20(2)"#,
            .jp,
            #"{"action": "collect", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true, "separateConsents": ["sensitiveData"]}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
    ]

    @Test("Japan: APPI", arguments: japanCases)
    func japan(_ test: JurisdictionCase) { test.verify() }

    static let indonesiaCases: [JurisdictionCase] = [
        JurisdictionCase(
            #"UU PDP Art. 20(1)"#,
            .id,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller"}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 56(2) to 56(4)"#,
            .id,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "transferSafeguards": true, "destinationCountry": "US"}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"UU PDP Art. 56(2) to 56(4)"#,
            .id,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "destinationCountry": "SG"}}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 20(2)(a)"#,
            .id,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "consent"}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 22(4), 22(5)"#,
            .id,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "consent", "context": {"consentBundled": true, "consentedPurposes": ["serviceAccess"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 20(2)(b)"#,
            .id,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract"}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 20(2)(c)"#,
            .id,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "legalObligation"}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 20(2)(d)"#,
            .id,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "vitalInterests"}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 48(1)"#,
            .id,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "identity.name"], "purpose": "serviceAccess", "recipient": "successor", "legalBasis": "legitimateInterests", "context": {"businessTransaction": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 48(1)"#,
            .id,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "identity.name"], "purpose": "serviceAccess", "recipient": "successor", "legalBasis": "legitimateInterests", "context": {"businessTransaction": true, "userNotified": true}}"#,
            allowed: true,
            obligations: ["notifyUserAfterTransfer"]),
        JurisdictionCase(
            #"UU PDP Art. 34(2)(b)"#,
            .id,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true}}"#,
            allowed: true,
            obligations: ["assessImpact"]),
        JurisdictionCase(
            #"UU PDP Art. 40(1)"#,
            .id,
            #"{"action": "use", "subject": "user-1", "categories": ["usage.activity"], "purpose": "productDevelopment", "recipient": "controller", "legalBasis": "legitimateInterests", "context": {"consentWithdrawn": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 21(1)"#,
            .id,
            #"{"action": "use", "subject": "user-1", "categories": ["usage.activity"], "purpose": "productDevelopment", "recipient": "controller", "legalBasis": "consent", "context": {"consentedPurposes": ["productDevelopment"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"UU PDP Art. 20(2)(f)"#,
            .id,
            #"{"action": "use", "subject": "user-1", "categories": ["usage.activity"], "purpose": "productDevelopment", "recipient": "controller", "legalBasis": "legitimateInterests", "context": {"objection": true}}"#,
            allowed: true,
            otherwise: .eu,
            cites: false),
    ]

    @Test("Indonesia: UU PDP", arguments: indonesiaCases)
    func indonesia(_ test: JurisdictionCase) { test.verify() }

    static let europeCases: [JurisdictionCase] = [
        JurisdictionCase(
            #"GDPR Art. 6(1)"#,
            .eu,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller"}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 6(1)(a)"#,
            .eu,
            #"{"action": "use", "subject": "user-1", "categories": ["usage.activity"], "purpose": "productDevelopment", "recipient": "controller", "legalBasis": "consent"}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 7(2)"#,
            .eu,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "consent", "context": {"consentBundled": true, "consentedPurposes": ["serviceAccess"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 6(1)(b)"#,
            .eu,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract"}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 6(1)(c), 6(3)"#,
            .eu,
            #"{"action": "collect", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "legalObligation"}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 21(1)"#,
            .eu,
            #"{"action": "use", "subject": "user-1", "categories": ["usage.activity"], "purpose": "productDevelopment", "recipient": "controller", "legalBasis": "legitimateInterests", "context": {"objection": true}}"#,
            allowed: false,
            otherwise: .id),
        JurisdictionCase(
            #"GDPR Art. 21(1), 21(4)"#,
            .eu,
            #"{"action": "use", "subject": "user-1", "categories": ["usage.activity"], "purpose": "productDevelopment", "recipient": "controller", "legalBasis": "legitimateInterests"}"#,
            allowed: true,
            obligations: ["honorObjection"]),
        JurisdictionCase(
            #"GDPR Art. 21(3)"#,
            .eu,
            #"{"action": "use", "subject": "user-1", "categories": ["contact.email"], "purpose": "marketing", "recipient": "controller", "legalBasis": "consent", "context": {"objection": true, "consentedPurposes": ["marketing"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 9(1), 9(2)"#,
            .eu,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 9(2)(h)"#,
            .eu,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "containsHealthData": true, "specialCategoryException": true}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"GDPR Art. 44, 45, 46, 49(1)(a)"#,
            .eu,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "destinationCountry": "US"}}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 45"#,
            .eu,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "destinationCountry": "JP"}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"GDPR Art. 46"#,
            .eu,
            #"{"action": "retain", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract", "context": {"contractInForce": true, "transferSafeguards": true, "destinationCountry": "US"}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"GDPR Art. 49(1)(a)"#,
            .eu,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"contractInForce": true, "processorContract": true, "separateConsents": ["overseasTransfer"], "destinationCountry": "IN"}}"#,
            allowed: false),
        JurisdictionCase(
            #"GDPR Art. 21(1)"#,
            .eu,
            #"{"action": "retain", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "legitimateInterests", "context": {"objection": true, "legalHold": true}}"#,
            allowed: true,
            obligations: ["honorObjection"],
            otherwise: .id,
            cites: false),
        JurisdictionCase(
            #"GDPR Art. 9(2)(f)"#,
            .eu,
            #"{"action": "disclose", "subject": "user-1", "categories": ["communications.chat"], "purpose": "legalCompliance", "recipient": "court", "legalBasis": "legalObligation", "context": {"courtOrder": true, "containsHealthData": true}}"#,
            allowed: true,
            obligations: ["limitToOrderScope"],
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"GDPR Art. 48"#,
            .eu,
            #"{"action": "disclose", "subject": "user-1", "categories": ["contact.email"], "purpose": "legalCompliance", "recipient": "lawEnforcement", "legalBasis": "legalObligation", "context": {"courtOrder": true, "foreignAuthority": true}}"#,
            allowed: false),
    ]

    @Test("EU: GDPR", arguments: europeCases)
    func europe(_ test: JurisdictionCase) { test.verify() }

    static let unitedStatesCases: [JurisdictionCase] = [
        JurisdictionCase(
            #"45 CFR 164.502(a)(3)"#,
            .us,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"protectedHealthInformation": true, "contractInForce": true, "containsHealthData": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"45 CFR 164.502(b)"#,
            .us,
            #"{"action": "use", "subject": "user-1", "categories": ["communications.chat"], "purpose": "chatDelivery", "recipient": "controller", "legalBasis": "contract", "context": {"protectedHealthInformation": true, "contractInForce": true, "containsHealthData": true, "businessAssociateAgreement": true}}"#,
            allowed: true,
            obligations: ["minimizeData"]),
        JurisdictionCase(
            #"45 CFR 164.502(a)(3)"#,
            .us,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"protectedHealthInformation": true, "contractInForce": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"45 CFR 164.502(e)(1)(ii)"#,
            .us,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"protectedHealthInformation": true, "contractInForce": true, "businessAssociateAgreement": true, "processorContract": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"45 CFR 164.502(e)(1)(ii)"#,
            .us,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"protectedHealthInformation": true, "contractInForce": true, "businessAssociateAgreement": true, "processorContract": true, "subcontractorAgreement": true, "destinationCountry": "IN"}}"#,
            allowed: true,
            otherwise: .eu,
            cites: false),
        JurisdictionCase(
            #"45 CFR 164.508(a)(3)"#,
            .us,
            #"{"action": "use", "subject": "user-1", "categories": ["contact.email"], "purpose": "marketing", "recipient": "controller", "legalBasis": "consent", "context": {"protectedHealthInformation": true, "contractInForce": true, "businessAssociateAgreement": true, "consentedPurposes": ["marketing"]}}"#,
            allowed: false),
        JurisdictionCase(
            #"45 CFR 164.508(a)(3)"#,
            .us,
            #"{"action": "use", "subject": "user-1", "categories": ["contact.email"], "purpose": "marketing", "recipient": "controller", "legalBasis": "consent", "context": {"protectedHealthInformation": true, "contractInForce": true, "businessAssociateAgreement": true, "hipaaAuthorization": true, "consentedPurposes": ["marketing"]}}"#,
            allowed: true,
            otherwise: .kr,
            cites: false),
        JurisdictionCase(
            #"45 CFR 164.528(a)"#,
            .us,
            #"{"action": "disclose", "subject": "user-1", "categories": ["contact.email"], "purpose": "legalCompliance", "recipient": "lawEnforcement", "legalBasis": "legalObligation", "context": {"protectedHealthInformation": true, "businessAssociateAgreement": true, "courtOrder": true}}"#,
            allowed: true,
            obligations: ["accountForDisclosure", "limitToOrderScope"]),
        JurisdictionCase(
            #"45 CFR 164.512(a)(1)"#,
            .us,
            #"{"action": "disclose", "subject": "user-1", "categories": ["contact.email"], "purpose": "legalCompliance", "recipient": "governmentAgency", "legalBasis": "legalObligation", "context": {"protectedHealthInformation": true, "requiredByLaw": true}}"#,
            allowed: true,
            obligations: ["limitToLegalRequirement", "accountForDisclosure"]),
        JurisdictionCase(
            #"45 CFR 164.528(a)"#,
            .us,
            #"{"action": "disclose", "subject": "user-1", "categories": ["contact.phone"], "purpose": "safety", "recipient": "emergencyServices", "legalBasis": "vitalInterests", "context": {"protectedHealthInformation": true, "businessAssociateAgreement": true, "emergency": true}}"#,
            allowed: true,
            obligations: ["accountForDisclosure"]),
        JurisdictionCase(
            #"45 CFR 164.502(e)(1)(ii)"#,
            .us,
            #"{"action": "retain", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "serviceProvider", "legalBasis": "contract", "context": {"protectedHealthInformation": true, "contractInForce": true, "businessAssociateAgreement": true, "processorContract": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"45 CFR 164.502(a)(3)"#,
            .us,
            #"{"action": "retain", "subject": "user-1", "categories": ["contact.email"], "purpose": "serviceAccess", "recipient": "controller", "legalBasis": "contract", "context": {"protectedHealthInformation": true, "contractInForce": true}}"#,
            allowed: false),
        JurisdictionCase(
            #"45 CFR 160.103"#,
            .us,
            #"{"action": "share", "subject": "user-1", "categories": ["contact.email", "affiliation.role"], "purpose": "serviceAccess", "recipient": "specialist", "legalBasis": "contract", "context": {"contractInForce": true}}"#,
            allowed: true,
            obligations: ["minimizeData", "recordProvision"],
            otherwise: .kr,
            cites: false),
    ]

    @Test("United States: HIPAA", arguments: unitedStatesCases)
    func unitedStates(_ test: JurisdictionCase) { test.verify() }
}
