/// The Hero Platform Privacy Policy of Need Inc., the built-in policy, in the Custodian policy
/// format. The text below is the policy document itself (YAML), so that `custodian lint` reports
/// lines and columns in it like in any other file.
extension BuiltInPolicy {
    /// The Hero Platform Privacy Policy.
    public static let heroPlatform = BuiltInPolicy(name: "hero-platform.yaml", text: heroPlatformText)
}

private let heroPlatformText = #"""
# The Hero Platform Privacy Policy of Need Inc. (effective February 14, 2023) as a Custodian
# policy. Every rule cites the clause of the English text it comes from (section › heading) and
# quotes the sentence it implements. Where the text is ambiguous the rule takes the protective
# reading and says so in its note. Jurisdiction-specific rules (GDPR, PIPA, APPI, UU PDP) are not
# part of this document: they belong to rule packs.
schema: custodian.policy/1
id: hero-platform
title: Hero Platform Privacy Policy
revision: 1
effective: "2023-02-14"
source: policy-text/hero-privacy-policy.en.txt

controller:
  id: needInc
  name: Need Inc.
  clause: "Data Controller"

recipients:
  - id: controller
    description: Need Inc. itself, for collection, internal use, retention and destruction
    clause: "Data Controller"
  - id: otherUser
    description: other users of the Platform, as the person directs
    clause: "Sharing and Disclosure of Personal Information"
  - id: healthcareProvider
    description: physicians and other healthcare providers providing care to patients
    clause: "Definitions › Healthcare Providers"
  - id: specialist
    description: physicians and medical specialists under a separate consulting agreement
    clause: "Definitions › Specialists"
  - id: serviceProvider
    description: suppliers, agents and organisations contracted to perform services on our behalf
    clause: "Sharing and Disclosure › Service Providers"
  - id: patient
    description: patients, where the law requires a share
    clause: "Third-party Data Provision › Patients"
  - id: lawEnforcement
    description: law enforcement
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
  - id: court
    description: courts
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
  - id: governmentAgency
    description: other government agencies
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
  - id: emergencyServices
    description: those who respond to an emergency that threatens life, health or security
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
  - id: successor
    description: a successor or affiliate in a business transfer
    clause: "Third-party Data Provision › Business Transfers"

purposes:
  - id: relationship
    description: to establish and maintain a relationship with you
    clause: "Collection and Use › Name and Contact and Affiliation Information"
  - id: serviceAccess
    description: to provide you with access to the Services
    clause: "Collection and Use › Name and Contact and Affiliation Information"
  - id: authentication
    description: authentication, verification and account access
    clause: "Collection and Use › Credentials"
  - id: support
    description: customer or technical support and other communications with us
    clause: "Collection and Use › Your Communications with Us"
  - id: chatDelivery
    description: delivering your communications with other users in the chat
    clause: "Collection and Use › Your Communications with Users on the Platform"
  - id: security
    description: maintaining and improving the security of the Platform
    clause: "Collection and Use of Personal Information"
  - id: performance
    description: maintaining and improving the performance of the Platform
    clause: "Collection and Use › Automatic Data Collection"
  - id: functionality
    description: maintaining and improving the functionality of the Platform
    clause: "Collection and Use › Automatic Data Collection"
  - id: productDevelopment
    description: developing and enhancing our products and services
    clause: "Collection and Use › Usage Information"
  - id: administration
    description: administrative purposes
    clause: "Collection and Use › Usage Information"
  - id: contentAdaptation
    description: delivering content appropriate for your device's capabilities
    clause: "Collection and Use › Device Information"
  - id: pushNotifications
    description: delivering push notifications, if this functionality is enabled
    clause: "Collection and Use › Device Information"
  - id: crashDiagnostics
    description: identifying and fixing bugs after the Platform crashes
    clause: "Collection and Use › Device Information"
  - id: agreementEnforcement
    description: enforcing our agreements, terms and policies
    clause: "Collection and Use of Personal Information"
  - id: legalCompliance
    description: complying with legal obligations
    clause: "Collection and Use of Personal Information"
  - id: safety
    description: safety purposes
    clause: "Collection and Use of Personal Information"
  - id: contractPerformance
    description: entering into and performing a contract we have with you
    clause: "Collection and Use › Contract"

rules:
  # ------------------------------------------------------------- §3 Collection and Use
  - id: collect.nameContactAffiliation
    effect: permit
    clause: "Collection and Use › Name and Contact and Affiliation Information"
    quote: "We collect these categories of information to establish and maintain a relationship with you and to provide you with access to the Services."
    actions: [collect, use]
    recipients: [controller]
    purposes: [relationship, serviceAccess]
    categories: [identity, contact, affiliation]
    legalBases: [contract, consent]
    note: "The policy names no legal basis; an account relationship rests on the contract with the user, or on consent."

  - id: collect.credentials
    effect: permit
    clause: "Collection and Use › Credentials"
    quote: "We collect this information for security, authentication, and verification purposes."
    actions: [collect, use]
    recipients: [controller]
    purposes: [security, authentication]
    categories: [credentials]
    legalBases: [contract, legitimateInterests]
    obligations: [protectSecret]

  - id: collect.communicationsWithUs
    effect: permit
    clause: "Collection and Use › Your Communications with Us"
    quote: "We may collect Personal Information, such as email address, phone number, or mailing address, along with the content of your communications, including when you request customer or technical support, or otherwise communicate with us."
    actions: [collect, use]
    recipients: [controller]
    purposes: [support]
    categories: [contact, communications.support]
    legalBases: [contract, consent, legitimateInterests]

  - id: collect.chat
    effect: permit
    clause: "Collection and Use › Your Communications with Users on the Platform"
    quote: "We collect your communications with other users of the Platform when you use the Platform’s chat functionality."
    actions: [collect, use]
    recipients: [controller]
    purposes: [chatDelivery]
    categories: [communications.chat]
    legalBases: [contract, consent]

  - id: collect.automaticData
    effect: permit
    clause: "Collection and Use › Automatic Data Collection"
    quote: "This information is used to maintain and improve the security, performance and functionality of the Platform."
    actions: [collect, use]
    recipients: [controller]
    purposes: [security, performance, functionality]
    categories: [online, location]
    legalBases: [legitimateInterests, consent]

  - id: collect.usage
    effect: permit
    clause: "Collection and Use › Usage Information"
    quote: "This information is collected for the purposes of developing and enhancing our products and services, as well as for administrative purposes. We also use this information for security purposes and to improve the functionality of the Platform."
    actions: [collect, use]
    recipients: [controller]
    purposes: [productDevelopment, administration, security, functionality]
    categories: [usage]
    legalBases: [legitimateInterests, consent]

  - id: collect.deviceInformation
    effect: permit
    clause: "Collection and Use › Device Information"
    quote: "This information is used for the purposes of delivering content appropriate for your device’s capabilities, for delivering push notifications, if this functionality is enabled, and helping to ensure a secure experience and to detect anomalous behavior in order to protect Personal Information from unauthorized access."
    actions: [collect, use]
    recipients: [controller]
    purposes: [contentAdaptation, pushNotifications, security]
    categories: [device.hardware, device.operatingSystem, device.identifier, device.language, device.accessTime]
    legalBases: [contract, legitimateInterests, consent]
    note: "The text also lists the IP address here; it is online.ipAddress, stated under Automatic Data Collection, so it is not repeated."

  - id: collect.crashData
    effect: permit
    clause: "Collection and Use › Device Information"
    quote: "In addition, in the event the Platform crashes on your mobile device, we may receive information about your mobile device model software version and device carrier, which allows us to identify and fix bugs and otherwise improve the performance of the Platform."
    actions: [collect, use]
    recipients: [controller]
    purposes: [crashDiagnostics, performance]
    categories: [device.crashReport]
    legalBases: [legitimateInterests, consent]

  - id: use.agreementEnforcement
    effect: permit
    clause: "Collection and Use of Personal Information"
    quote: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    actions: [use]
    recipients: [controller]
    purposes: [agreementEnforcement]
    categories: any
    legalBases: [legitimateInterests, contract]
    obligations: [minimizeData]
    note: "'may also use': use of information already held, not a ground to collect more. 'necessary' becomes the minimizeData obligation."

  - id: use.legalCompliance
    effect: permit
    clause: "Collection and Use of Personal Information"
    quote: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    actions: [use]
    recipients: [controller]
    purposes: [legalCompliance]
    categories: any
    legalBases: [legalObligation]
    obligations: [minimizeData]

  - id: use.safety
    effect: permit
    clause: "Collection and Use of Personal Information"
    quote: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    actions: [use]
    recipients: [controller]
    purposes: [safety]
    categories: any
    legalBases: [vitalInterests, legitimateInterests]
    obligations: [minimizeData]

  - id: use.security
    effect: permit
    clause: "Collection and Use of Personal Information"
    quote: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    actions: [use]
    recipients: [controller]
    purposes: [security]
    categories: any
    legalBases: [legitimateInterests]
    obligations: [minimizeData]

  - id: use.contract
    effect: permit
    clause: "Collection and Use › Contract"
    quote: "We may use your Personal Information where this is necessary for the purpose of entering into and performing a contract that we have with you."
    actions: [use]
    recipients: [controller]
    purposes: [contractPerformance]
    categories: any
    legalBases: [contract]
    obligations: [minimizeData]
    note: "Use only, like the other 'any of your Personal Information' purposes; the contract must be in force (rule deny.noContract)."

  - id: use.additionalConsent
    effect: permit
    clause: "Collection and Use › Consent"
    quote: "We may use your Personal Information for other purposes with your additional consent."
    actions: [collect, use]
    recipients: [controller]
    purposes: any
    categories: any
    legalBases: [consent]
    when:
      all: [purposeConsented]
      none: [consentBundled]
    note: "Consent counts only for the request's own purpose, and only when it was given on its own: consent bundled with the terms is not 'additional' consent (protective reading). It also covers a listed purpose for a category the policy does not state for it."

  - id: deny.pushNotificationsDisabled
    effect: forbid
    clause: "Collection and Use › Device Information"
    quote: "for delivering push notifications, if this functionality is enabled"
    actions: [collect, use, share, disclose]
    recipients: any
    purposes: [pushNotifications]
    categories: any
    when:
      none: [pushNotificationsEnabled]

  - id: deny.noCrash
    effect: forbid
    clause: "Collection and Use › Device Information"
    quote: "in the event the Platform crashes on your mobile device, we may receive information"
    actions: [collect, use, share, disclose]
    recipients: any
    purposes: [crashDiagnostics]
    categories: any
    when:
      none: [appCrashed]

  - id: deny.noContract
    effect: forbid
    clause: "Collection and Use › Contract"
    quote: "where this is necessary for the purpose of entering into and performing a contract that we have with you"
    actions: [collect, use, share, disclose]
    recipients: any
    purposes: [contractPerformance]
    categories: any
    when:
      none: [contractInForce]

  - id: obligate.encryptIdentifiers
    effect: obligate
    clause: "Safeguards › Technical measures"
    quote: "Technical measures: Management of access rights to the Personal Information processing systems, installation of access control systems, encryption of uniquely identifiable information, etc., installation of security programs."
    actions: [collect, retain, share, disclose]
    recipients: any
    purposes: any
    categories: [online.uniqueIdentifier, online.macAddress, online.cookieId, online.userId, device.identifier]
    obligations: [encryptIdentifiers]

  # ------------------------------------------------------- §4 Sharing and Disclosure
  - id: share.otherUsers
    effect: permit
    clause: "Sharing and Disclosure of Personal Information"
    quote: "Personal Information that you share directly with other users of the Platform will be shared by us with them, as you direct, e.g., your communications in the chat functionality or other Personal Information you direct us to share."
    actions: [share, disclose]
    recipients: [otherUser]
    purposes: any
    categories: any
    when:
      all: [userDirected]

  - id: share.healthcareProviders
    effect: permit
    clause: "Sharing and Disclosure of Personal Information"
    quote: "We may share Personal Information with Healthcare Providers, Specialists, and others who assist in the provision of Services."
    actions: [share, disclose]
    recipients: [healthcareProvider]
    purposes: [serviceAccess]
    categories: usableForPurpose
    obligations: [minimizeData, recordProvision]
    note: "Only to provide the Services, and only categories the policy states for that purpose. 'Others who assist' names no recipient, so it grounds no share (protective reading)."

  - id: share.specialists
    effect: permit
    clause: "Sharing and Disclosure › Specialists"
    quote: "To provide our Services, we may disclose your Personal Information to Specialists, who are involved in providing the Services to you or to us."
    actions: [share, disclose]
    recipients: [specialist]
    purposes: [serviceAccess]
    categories: usableForPurpose
    obligations: [minimizeData, recordProvision]

  - id: share.serviceProviders
    effect: permit
    clause: "Sharing and Disclosure › Service Providers"
    quote: "In all instances in which we share your Personal Information with third parties providing services to us (or on our behalf to you), we have contracts in place to protect this information and limit its use to what is necessary for the service provider to perform the service or the third party to provide a service to you."
    actions: [share, disclose]
    recipients: [serviceProvider]
    purposes: any
    categories: usableForPurpose
    when:
      all: [processorContract]
    obligations: [minimizeData, limitUseToContract]
    note: "'We strive to minimize the amount of Personal Information that we share with our service providers' becomes the minimizeData obligation."

  - id: share.patients
    effect: permit
    clause: "Third-party Data Provision › Patients"
    quote: "We may also share Personal Information with patients where required to do so by law. In such cases, we will make every effort to notify you in advance."
    actions: [share, disclose]
    recipients: [patient]
    purposes: any
    categories: usableForPurpose
    when:
      all: [requiredByLaw, userNotified]
    obligations: [recordProvision, minimizeData]
    note: "'every effort to notify you in advance' is read protectively: the share waits until the person has been notified."

  - id: disclose.courtOrder
    effect: permit
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    quote: "for example, we are required to provide records to law enforcement in response to a valid court order."
    actions: [share, disclose]
    recipients: [lawEnforcement, court, governmentAgency]
    purposes: any
    categories: usableForPurpose
    when:
      all: [courtOrder]
    obligations: [limitToOrderScope, recordDisclosure]

  - id: disclose.requiredByLaw
    effect: permit
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    quote: "We or our service providers will also share Personal Information with law enforcement, courts, other government agencies or other parties if we are required to do so to meet our legal and regulatory requirements in the jurisdictions in which we or our service providers operate"
    actions: [share, disclose]
    recipients: [lawEnforcement, court, governmentAgency]
    purposes: any
    categories: usableForPurpose
    when:
      all: [requiredByLaw]
    obligations: [minimizeData, recordDisclosure]
    note: "Authorities receive data when the law requires it; a disclosure merely 'permitted' by law is read as limited to its example, an emergency (rule disclose.emergency), so permittedByLaw alone grounds nothing (protective reading)."

  - id: disclose.emergency
    effect: permit
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    quote: "We may disclose Personal Information to the extent necessary where we are required or permitted under applicable law, such as in the event of an emergency that threatens the life, health or security of an individual."
    actions: [share, disclose]
    recipients: [emergencyServices]
    purposes: any
    categories: usableForPurpose
    when:
      all: [emergency]
    obligations: [minimizeData, recordDisclosure]

  - id: share.businessTransfer
    effect: permit
    clause: "Third-party Data Provision › Business Transfers"
    quote: "If we are involved in a merger, acquisition, financing due diligence, reorganization, bankruptcy, receivership, sale of all or a portion of our assets, or transition of service to another provider, your Personal Information may be transferred to a successor or affiliate as part of that transaction along with other assets, subject to all requirements under applicable laws."
    actions: [share, disclose]
    recipients: [successor]
    purposes: any
    categories: usableForPurpose
    when:
      all: [businessTransaction]
    obligations: [recordProvision]

  # ---------------------------------------------------- §5 Retention and Destruction
  - id: retain.withinPeriod
    effect: permit
    clause: "Retention and Destruction"
    quote: "In general, we retain Personal Information only for as long as reasonably necessary to fulfill the purposes described in this Privacy Policy or in a separate consent we have obtained from you or as required to meet legal or regulatory requirements."
    actions: [retain]
    recipients: [controller]
    purposes: any
    categories: any
    when:
      none: [retentionExpired]

  - id: retain.legalHold
    effect: permit
    clause: "Retention and Destruction"
    quote: "... or as required to meet legal or regulatory requirements."
    actions: [retain]
    recipients: [controller]
    purposes: any
    categories: any
    when:
      all: [legalHold]
    obligations: [segregateRetainedData]
    note: "Data kept past its period only for a legal requirement is kept apart from live data and used for nothing else (protective reading)."

  - id: retain.mandatedByLaw
    effect: permit
    clause: "Retention and Destruction"
    quote: "Personal Information may be retained for a period of time mandated by law."
    actions: [retain]
    recipients: [controller]
    purposes: any
    categories: any
    when:
      all: [legallyMandatedRetention]
    obligations: [segregateRetainedData]

  - id: destroy.electronic
    effect: permit
    clause: "Retention and Destruction"
    quote: "We delete Personal Information stored in the form of electronic files by using technical methods that render it impossible to restore the data."
    actions: [destroy]
    recipients: [controller]
    purposes: any
    categories: any
    when:
      medium: [electronic]
      destructionMethod: [irrecoverableDeletion, cryptographicErasure]
    obligations: [destroyIrrecoverably]

  - id: destroy.paper
    effect: permit
    clause: "Retention and Destruction"
    quote: "Personal information printed on paper is shredded or incinerated."
    actions: [destroy]
    recipients: [controller]
    purposes: any
    categories: any
    when:
      medium: [paper]
      destructionMethod: [shredding, incineration]
    obligations: [destroyIrrecoverably]

  - id: deny.retentionRequired
    effect: forbid
    clause: "Retention and Destruction"
    quote: "Personal Information may be retained for a period of time mandated by law."
    actions: [destroy]
    recipients: any
    purposes: any
    categories: any
    when:
      any: [legalHold, legallyMandatedRetention]
    note: "Data that a legal hold or a legal mandate requires us to keep is not destroyed, whatever the method."
"""#
