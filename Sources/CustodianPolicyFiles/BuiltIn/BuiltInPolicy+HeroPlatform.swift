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
# part of this document: they belong to rule packs, and so does the legal basis wherever the text
# names none. Read again sentence by sentence in issue 13 (the trace from each sentence to its
# rules is BuiltInPolicy+HeroPlatformTrace.swift); every rule that changed says why in its note.
schema: custodian.policy/1
id: hero-platform
title: Hero Platform Privacy Policy
revision: 1
effective: "2023-02-14"
source: policy-text/hero-privacy-policy.en.txt
# The vocabulary of VOCABULARY.md, shared with the jurisdiction packs (custodian:hero-platform).
imports: ["custodian:hero-platform"]

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
  # Re-read (issue 13, item 8): the text names no legal basis for what §3 lists, so these
  # collect/use rules have no `legalBases` and accept any basis a request names, or none (Japan's
  # APPI has no legal-basis concept). Which basis a jurisdiction demands (GDPR Art. 6) is its rule
  # pack's business. Only bases the text itself grounds stay: "with your additional consent",
  # "entering into and performing a contract", "to comply with legal obligations".
  - id: collect.nameContactAffiliation
    effect: permit
    clause: "Collection and Use › Name and Contact and Affiliation Information"
    quote: "We collect these categories of information to establish and maintain a relationship with you and to provide you with access to the Services."
    actions: [collect, use]
    recipients: [controller]
    purposes: [relationship, serviceAccess]
    categories: [identity, contact, affiliation]
    note: "No legalBases: the sentence names purposes, not a legal basis, so no basis is invented (it was [contract, consent]); any basis, or none, is accepted and the jurisdiction packs decide which one the law requires."

  - id: collect.credentials
    effect: permit
    clause: "Collection and Use › Credentials"
    quote: "We collect this information for security, authentication, and verification purposes."
    actions: [collect, use]
    recipients: [controller]
    purposes: [security, authentication]
    categories: [credentials]
    obligations: [protectSecret]
    note: "No legalBases: 'for security, authentication, and verification purposes' names no basis (it was [contract, legitimateInterests], so credentials collected under consent were denied)."

  - id: collect.communicationsWithUs
    effect: permit
    clause: "Collection and Use › Your Communications with Us"
    quote: "We may collect Personal Information, such as email address, phone number, or mailing address, along with the content of your communications, including when you request customer or technical support, or otherwise communicate with us."
    actions: [collect, use]
    recipients: [controller]
    purposes: [support]
    categories: [contact, communications.support]
    note: "No legalBases: the sentence names no basis (it was [contract, consent, legitimateInterests])."

  - id: collect.chat
    effect: permit
    clause: "Collection and Use › Your Communications with Users on the Platform"
    quote: "We collect your communications with other users of the Platform when you use the Platform’s chat functionality."
    actions: [collect, use]
    recipients: [controller]
    purposes: [chatDelivery]
    categories: [communications.chat]
    note: "No legalBases: the sentence names no basis (it was [contract, consent], so chat under legitimateInterests was denied)."

  - id: collect.automaticData
    effect: permit
    clause: "Collection and Use › Automatic Data Collection"
    quote: "This information is used to maintain and improve the security, performance and functionality of the Platform."
    actions: [collect, use]
    recipients: [controller]
    purposes: [security, performance, functionality]
    categories: [online, location]
    note: "No legalBases: the sentence names no basis (it was [legitimateInterests, consent]). 'Some automatically collected Personal Information may be combined with other information to help improve our Services' is read within the purposes of the sentence before it (security, performance, functionality): it says how the data may be processed, not a further purpose, and it names neither the data nor the other information; improving the Services in any other way (product development, analytics) needs additional consent (use.additionalConsent). Protective reading, and the one hero.cedar takes."

  - id: collect.usage
    effect: permit
    clause: "Collection and Use › Usage Information"
    quote: "This information is collected for the purposes of developing and enhancing our products and services, as well as for administrative purposes. We also use this information for security purposes and to improve the functionality of the Platform."
    actions: [collect, use]
    recipients: [controller]
    purposes: [productDevelopment, administration, security, functionality]
    categories: [usage]
    note: "No legalBases: the sentences name no basis (it was [legitimateInterests, consent])."

  - id: collect.deviceInformation
    effect: permit
    clause: "Collection and Use › Device Information"
    quote: "This information is used for the purposes of delivering content appropriate for your device’s capabilities, for delivering push notifications, if this functionality is enabled, and helping to ensure a secure experience and to detect anomalous behavior in order to protect Personal Information from unauthorized access."
    actions: [collect, use]
    recipients: [controller]
    purposes: [contentAdaptation, pushNotifications, security]
    categories: [device.hardware, device.operatingSystem, device.identifier, device.language, device.accessTime, online.ipAddress]
    note: "No legalBases: the sentence names no basis (it was [contract, legitimateInterests, consent]). The IP address is listed again among the device information ('unique device identifier, IP address, language settings'), so online.ipAddress is covered for these purposes too (it was left out). 'Certain limited technical data is required for the Platform to function on your device' says why the data is needed, not what for: the purposes are the ones this sentence lists, so it adds no purpose (`functionality` of device data would need consent); that necessity is what a jurisdiction pack may read as a legal basis."

  - id: collect.crashData
    effect: permit
    clause: "Collection and Use › Device Information"
    quote: "In addition, in the event the Platform crashes on your mobile device, we may receive information about your mobile device model software version and device carrier, which allows us to identify and fix bugs and otherwise improve the performance of the Platform."
    actions: [collect, use]
    recipients: [controller]
    purposes: [crashDiagnostics, performance]
    categories: [device.crashReport]
    note: "No legalBases: the sentence names no basis (it was [legitimateInterests, consent]). 'in the event the Platform crashes' conditions the collection of the crash data for every purpose: rule deny.crashDataWithoutCrash."

  - id: use.agreementEnforcement
    effect: permit
    clause: "Collection and Use of Personal Information"
    quote: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    actions: [use]
    recipients: [controller]
    purposes: [agreementEnforcement]
    categories: any
    obligations: [minimizeData]
    note: "'may also use any of your Personal Information': use of information already held, not a ground to collect more; the ground here is necessity, not the person's agreement (compare use.additionalConsent). 'necessary' becomes the minimizeData obligation. No legalBases: enforcing agreements names no basis (it was [legitimateInterests, contract])."

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
    note: "Use of information already held. legalBases stays [legalObligation]: 'to comply with legal obligations' is the one basis this sentence grounds."

  - id: use.safety
    effect: permit
    clause: "Collection and Use of Personal Information"
    quote: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    actions: [use]
    recipients: [controller]
    purposes: [safety]
    categories: any
    obligations: [minimizeData]
    note: "Use of information already held. No legalBases: 'for safety ... purposes' names no basis (it was [vitalInterests, legitimateInterests])."

  - id: use.security
    effect: permit
    clause: "Collection and Use of Personal Information"
    quote: "To the extent permissible under applicable laws, we may also use any of your Personal Information necessary to enforce our agreements, terms and policies, to comply with legal obligations, and for safety or security purposes."
    actions: [use]
    recipients: [controller]
    purposes: [security]
    categories: any
    obligations: [minimizeData]
    note: "Use of information already held. No legalBases: 'for ... security purposes' names no basis (it was [legitimateInterests])."

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
    note: "Use only, like the other 'any of your Personal Information' purposes: the ground is necessity for the contract, not the person's agreement to a new collection. legalBases stays [contract]: the sentence grounds it. 'entering into' covers steps before a contract at the person's request, so a contract in force or requested is needed (rule deny.noContract)."

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
    note: "Consent counts only for the request's own purpose, and only when it was given on its own: consent bundled with the terms is not 'additional' consent (protective reading). It also covers a listed purpose for a category the policy does not state for it. It permits collect as well as use, unlike the use.* rules, and deliberately: those rest on necessity ('use any of your Personal Information necessary'), so they reach only what is already held, whereas here the person has agreed to the purpose itself, and a consent to a purpose is a consent to collect what it needs (consent to collection and use is the ordinary form, e.g. KR PIPA Art. 15(1)1); hero.cedar reads it the same way. legalBases stays [consent]: 'with your additional consent' grounds it."

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

  - id: deny.crashDataWithoutCrash
    effect: forbid
    clause: "Collection and Use › Device Information"
    quote: "In addition, in the event the Platform crashes on your mobile device, we may receive information about your mobile device model software version and device carrier"
    actions: [collect]
    recipients: any
    purposes: any
    categories: [device.crashReport]
    when:
      none: [appCrashed]
    note: "New (issue 13 item 4): crash data is received only 'in the event the Platform crashes'; the condition belongs to the category, so no purpose (performance, or a consented one) collects it without a crash. Using crash data already received stays possible afterwards. Same as hero.cedar."

  - id: deny.noContract
    effect: forbid
    clause: "Collection and Use › Contract"
    quote: "where this is necessary for the purpose of entering into and performing a contract that we have with you"
    actions: [collect, use, share, disclose]
    recipients: any
    purposes: [contractPerformance]
    categories: any
    when:
      none: [contractInForce, contractRequested]
    note: "'entering into and performing a contract': steps taken at the person's request before a contract exists (contractRequested) count as well as a contract in force (contractInForce); the forbid applies only when neither holds (issue 13 item 7)."

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
      any: [requiredByLaw, courtOrder]
    obligations: [notifyUserInAdvance, recordProvision, minimizeData]
    note: "'we will make every effort to notify you in advance' (KO 모든 노력, JA 最大限努力, ID segala upaya) is a best-effort promise, so it is the notifyUserInAdvance obligation, not a precondition: a share the law requires is not held back until userNotified (it was, issue 13 item 1), just as 'we strive to minimize' is minimizeData. A court order is a legal requirement too, so it carries the same promise. 'in certain circumstances' and 'where we determine it is necessary' of the Patients paragraph are read as the circumstance this sentence names, a legal requirement (protective reading)."

  - id: disclose.courtOrder
    effect: permit
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    quote: "for example, we are required to provide records to law enforcement in response to a valid court order."
    actions: [share, disclose]
    recipients: any
    purposes: any
    categories: usableForPurpose
    when:
      all: [courtOrder]
    obligations: [limitToOrderScope, recordDisclosure]
    note: "A court order is the example of a disclosure we are 'required' to make, and those reach 'law enforcement, courts, other government agencies or other parties': any recipient the order names, not only the three authorities (issue 13 item 2). Never ourselves (rule deny.disclosureToOurselves)."

  - id: disclose.requiredByLaw
    effect: permit
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    quote: "We or our service providers will also share Personal Information with law enforcement, courts, other government agencies or other parties if we are required to do so to meet our legal and regulatory requirements in the jurisdictions in which we or our service providers operate"
    actions: [share, disclose]
    recipients: any
    purposes: any
    categories: usableForPurpose
    when:
      all: [requiredByLaw]
    obligations: [minimizeData, recordDisclosure]
    note: "'or other parties': a disclosure the law requires reaches whoever the law names (the person themself answering an access request, a regulator's appointee), not only the three authorities (it was; issue 13 item 2). Never ourselves (rule deny.disclosureToOurselves). A disclosure merely 'permitted' by law is read as limited to its example, an emergency (rule disclose.emergency), so permittedByLaw alone grounds nothing (protective reading)."

  - id: disclose.emergency
    effect: permit
    clause: "Third-party Data Provision › Disclosures required or permitted by law or regulation"
    quote: "We may disclose Personal Information to the extent necessary where we are required or permitted under applicable law, such as in the event of an emergency that threatens the life, health or security of an individual."
    actions: [share, disclose]
    recipients: [emergencyServices, healthcareProvider]
    purposes: any
    categories: usableForPurpose
    when:
      all: [emergency]
    obligations: [minimizeData, recordDisclosure]
    note: "The sentence names no recipient; 'to the extent necessary' means whoever can help: emergencyServices (anyone responding to the emergency, police officers and paramedics included, as a role) and a healthcare provider treating the person (issue 13 item 10; hero.cedar has emergencyServices only, the workload sends no emergency to a healthcare provider). lawEnforcement stays out: the next sentence names law enforcement among those who receive data when we are 'required', and police acting in an emergency are named emergencyServices."

  - id: deny.disclosureToOurselves
    effect: forbid
    clause: "Data Controller"
    quote: "Need Inc. is the data controller with respect to any Personal Information described below."
    actions: [share, disclose]
    recipients: [controller]
    purposes: any
    categories: any
    note: "New: sharing and disclosing give information to another party. Since the legal-requirement rules now reach any recipient ('other parties'), a 'disclosure' to Need Inc. itself must not become a way round the purposes of §3: the controller collects, uses, retains and destroys under those rules only (hero.cedar: recipient != controller)."

  - id: share.businessTransfer
    effect: permit
    clause: "Third-party Data Provision › Business Transfers"
    quote: "If we are involved in a merger, acquisition, financing due diligence, reorganization, bankruptcy, receivership, sale of all or a portion of our assets, or transition of service to another provider, your Personal Information may be transferred to a successor or affiliate as part of that transaction along with other assets, subject to all requirements under applicable laws."
    actions: [share, disclose]
    recipients: [successor]
    purposes: any
    categories: any
    when:
      all: [businessTransaction]
    obligations: [recordProvision]
    note: "Decided on the transaction and the recipient, not the purpose label (issue 13 item 9): 'your Personal Information may be transferred ... as part of that transaction along with other assets' is the information as a whole, so categories is any (it was usableForPurpose, which denied a transfer labelled businessTransfer and allowed one labelled security). 'subject to all requirements under applicable laws' is for the jurisdiction packs. The successor's affiliates (ID 'penerus atau afiliasinya') are the `successor` recipient too."

  # ---------------------------------------------------- §5 Retention and Destruction
  # Service providers "store and dispose of information on our behalf" (Sharing and Disclosure ›
  # Service Providers): the retain and destroy permits name them beside the controller; without a
  # processorContract they are forbidden (deny.serviceProviderWithoutContract) and with one they
  # carry limitUseToContract (obligate.serviceProviderContract). Issue 13 item 3.
  - id: retain.withinPeriod
    effect: permit
    clause: "Retention and Destruction"
    quote: "In general, we retain Personal Information only for as long as reasonably necessary to fulfill the purposes described in this Privacy Policy or in a separate consent we have obtained from you or as required to meet legal or regulatory requirements."
    actions: [retain]
    recipients: [controller, serviceProvider]
    purposes: any
    categories: usableForPurpose
    when:
      none: [retentionExpired]
    note: "'to fulfill the purposes described in this Privacy Policy or in a separate consent': retention within the period follows the purpose, so only categories the purpose may use (stated for it in §3, open to any information, or consented to) are retained for it (it was any category for any purpose: credentials for productDevelopment, anything for marketing without consent; issue 13 item 5). A service provider under contract retains for our purposes: 'to store and dispose of information on our behalf'. KO ties retention to the period of the separate consent (별도의 동의 기간); the period itself is the caller's retentionExpired."

  - id: retain.legalHold
    effect: permit
    clause: "Retention and Destruction"
    quote: "... or as required to meet legal or regulatory requirements."
    actions: [retain]
    recipients: [controller, serviceProvider]
    purposes: any
    categories: any
    when:
      all: [legalHold]
    note: "Whatever the purpose may use: what a legal requirement holds is kept. Also by a service provider under contract ('store ... information on our behalf'). segregateRetainedData moved to obligate.segregateRetainedData, which adds it only to expired data (issue 13 item 6)."

  - id: retain.mandatedByLaw
    effect: permit
    clause: "Retention and Destruction"
    quote: "Personal Information may be retained for a period of time mandated by law."
    actions: [retain]
    recipients: [controller, serviceProvider]
    purposes: any
    categories: any
    when:
      all: [legallyMandatedRetention]
    note: "Also by a service provider under contract ('store ... information on our behalf'). segregateRetainedData moved to obligate.segregateRetainedData, which adds it only to expired data (issue 13 item 6)."

  - id: obligate.segregateRetainedData
    effect: obligate
    clause: "Retention and Destruction"
    quote: "In general, we retain Personal Information only for as long as reasonably necessary to fulfill the purposes described in this Privacy Policy or in a separate consent we have obtained from you or as required to meet legal or regulatory requirements."
    actions: [retain]
    recipients: [controller, serviceProvider]
    purposes: any
    categories: any
    when:
      all: [retentionExpired]
      any: [legalHold, legallyMandatedRetention]
    obligations: [segregateRetainedData]
    note: "New (issue 13 item 6): data kept past its period only because a legal hold or a legal mandate requires it no longer serves 'the purposes described', so it is kept apart from live data and used for nothing else (protective reading). Live data under a hold is still data the service uses; it is not segregated (it was, when segregateRetainedData came with retain.legalHold and retain.mandatedByLaw)."

  - id: destroy.electronic
    effect: permit
    clause: "Retention and Destruction"
    quote: "We delete Personal Information stored in the form of electronic files by using technical methods that render it impossible to restore the data."
    actions: [destroy]
    recipients: [controller, serviceProvider]
    purposes: any
    categories: any
    when:
      medium: [electronic]
      destructionMethod: [irrecoverableDeletion, cryptographicErasure]
    obligations: [destroyIrrecoverably]
    note: "Also by a service provider under contract: 'to store and dispose of information on our behalf' (issue 13 item 3). Soft deletion and recycling restore too easily to be 'impossible to restore'."

  - id: destroy.paper
    effect: permit
    clause: "Retention and Destruction"
    quote: "Personal information printed on paper is shredded or incinerated."
    actions: [destroy]
    recipients: [controller, serviceProvider]
    purposes: any
    categories: any
    when:
      medium: [paper]
      destructionMethod: [shredding, incineration]
    obligations: [destroyIrrecoverably]
    note: "Also by a service provider under contract: 'to store and dispose of information on our behalf' (issue 13 item 3). The Indonesian text burns or destroys paper ('dimusnahkan atau dibakar') without naming shredding; the English text governs and shredding stays."

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
    note: "Data that a legal hold or a legal mandate requires us to keep is not destroyed, whatever the method or who destroys it."

  - id: deny.serviceProviderWithoutContract
    effect: forbid
    clause: "Sharing and Disclosure › Service Providers"
    quote: "For example, we may use service providers for internal administrative purposes, e.g., a customer service platform, to host our website and to store and dispose of information on our behalf."
    actions: [retain, destroy]
    recipients: [serviceProvider]
    purposes: any
    categories: any
    when:
      none: [processorContract]
    note: "New (issue 13 item 3): service providers store and dispose 'on our behalf', that is as those 'who are contracted by us to perform services or functions on our behalf': without a processorContract a service provider neither retains nor destroys."

  - id: obligate.serviceProviderContract
    effect: obligate
    clause: "Sharing and Disclosure › Service Providers"
    quote: "In all instances in which we share your Personal Information with third parties providing services to us (or on our behalf to you), we have contracts in place to protect this information and limit its use to what is necessary for the service provider to perform the service or the third party to provide a service to you."
    actions: [retain, destroy]
    recipients: [serviceProvider]
    purposes: any
    categories: any
    obligations: [limitUseToContract]
    note: "New (issue 13 item 3): a service provider that stores or disposes of information for us does so under the contract that limits its use, as when we share with it."

"""#
