/// The Hero Platform vocabulary as a vocabulary document: what the built-in Hero policy imports
/// (`imports: ["custodian:hero-platform"]`) and what any policy or rule pack that speaks
/// `VOCABULARY.md` can import. It declares the same vocabulary as `Vocabulary.heroPlatform`, from
/// which the Custodian module's model types are generated (a test holds the three equal).
extension BuiltInVocabulary {
    /// The Hero Platform vocabulary (`custodian:hero-platform`).
    public static let heroPlatform = BuiltInVocabulary(name: "hero-platform", text: heroPlatformVocabularyText)
}

private let heroPlatformVocabularyText = #"""
# The vocabulary of the Hero Platform Privacy Policy and of VOCABULARY.md: the categories of
# personal information the policy names (with their sensitivity, source and retention rule), the
# facts its rules and the jurisdiction packs depend on, the obligations they impose, and the model
# types its sections describe.
schema: custodian.vocabulary/1
vocabulary:
  categories:
    - id: identity.name
      description: "the person's name"
      source: providedByUser
      retention: hero
    - id: identity.birthdate
      description: "the person's date of birth"
      source: providedByUser
      retention: hero
    - id: identity.gender
      description: "the person's gender"
      source: providedByUser
      retention: hero
    - id: contact.email
      description: "email address"
      source: providedByUser
      retention: hero
    - id: contact.postalAddress
      description: "postal address"
      source: providedByUser
      retention: hero
    - id: contact.phone
      description: "telephone number"
      source: providedByUser
      retention: hero
    - id: affiliation.institution
      description: "the institution the person works at"
      source: providedByUser
      retention: hero
    - id: affiliation.role
      description: "the person's role or position"
      source: providedByUser
      retention: hero
    - id: credentials.password
      description: "password"
      sensitivity: secret
      source: providedByUser
      retention: hero
    - id: credentials.passwordHint
      description: "password hint"
      sensitivity: secret
      source: providedByUser
      retention: hero
    - id: credentials.securityInfo
      description: "security information used for authentication and account access"
      sensitivity: secret
      source: providedByUser
      retention: hero
    - id: communications.support
      description: "the content of the person's communications with us"
      sensitivity: confidential
      source: providedByUser
      retention: hero
    - id: communications.chat
      description: "the content of the person's communications with other users"
      sensitivity: confidential
      source: providedByUser
      retention: hero
    - id: online.ipAddress
      description: "IP address"
      source: collectedAutomatically
      retention: hero
      swiftName: onlineIPAddress
    - id: online.userSettings
      description: "user settings"
      source: collectedAutomatically
      retention: hero
    - id: online.macAddress
      description: "MAC address"
      sensitivity: uniqueIdentifier
      source: collectedAutomatically
      retention: hero
      swiftName: onlineMACAddress
    - id: online.cookieId
      description: "cookie identifiers"
      sensitivity: uniqueIdentifier
      source: collectedAutomatically
      retention: hero
      swiftName: onlineCookieID
    - id: online.mobileCarrier
      description: "mobile carrier"
      source: collectedAutomatically
      retention: hero
    - id: online.uniqueIdentifier
      description: "mobile advertising and other unique identifiers"
      sensitivity: uniqueIdentifier
      source: collectedAutomatically
      retention: hero
    - id: online.browserInfo
      description: "browser or device information"
      source: collectedAutomatically
      retention: hero
    - id: online.isp
      description: "internet service provider"
      source: collectedAutomatically
      retention: hero
      swiftName: onlineISP
    - id: online.userId
      description: "user identifier"
      sensitivity: uniqueIdentifier
      source: collectedAutomatically
      retention: hero
      swiftName: onlineUserID
    - id: location.device
      description: "location processed within the smartphone"
      source: collectedAutomatically
      retention: hero
    - id: location.approximate
      description: "approximate location derived from the IP address"
      source: collectedAutomatically
      retention: hero
    - id: usage.links
      description: "links clicked"
      source: collectedAutomatically
      retention: hero
    - id: usage.contentInteractions
      description: "interactions with content"
      source: collectedAutomatically
      retention: hero
    - id: usage.activity
      description: "frequency and duration of activities on the Services"
      source: collectedAutomatically
      retention: hero
    - id: device.hardware
      description: "hardware model"
      source: collectedAutomatically
      retention: hero
    - id: device.operatingSystem
      description: "operating system and version"
      source: collectedAutomatically
      retention: hero
    - id: device.identifier
      description: "unique device identifier"
      sensitivity: uniqueIdentifier
      source: collectedAutomatically
      retention: hero
    - id: device.language
      description: "device language"
      source: collectedAutomatically
      retention: hero
    - id: device.accessTime
      description: "access time"
      source: collectedAutomatically
      retention: hero
    - id: device.crashReport
      description: "crash report from the mobile app"
      source: collectedAutomatically
      retention: hero
  facts:
    - id: consentBundled
      description: "the consent was bundled with terms of service rather than given on its own"
    - id: objection
      description: "the person has objected to this processing"
    - id: userDirected
      description: "the person directed this share (for example, sent a chat message)"
    - id: contractInForce
      description: "a contract with the person is in force and this processing is necessary for it"
    - id: processorContract
      description: "a written contract limits the recipient to processing on our behalf (processing agreement, entrustment contract)"
    - id: requiredByLaw
      description: "a law requires this disclosure"
    - id: permittedByLaw
      description: "a law permits this disclosure"
    - id: courtOrder
      description: "a valid court order or warrant covers this disclosure"
    - id: emergency
      description: "an emergency threatens someone's life, health or security"
    - id: userNotified
      description: "the person was notified in advance"
    - id: pushNotificationsEnabled
      description: "the person enabled push notifications on the device"
    - id: appCrashed
      description: "the mobile app crashed"
    - id: businessTransaction
      description: "a merger, acquisition, financing due diligence, reorganisation, bankruptcy, receivership, asset sale or transition of service is under way"
    - id: transferSafeguards
      description: "an adequacy decision, standard contractual clauses or an equivalent safeguard covers the transfer"
    - id: containsHealthData
      description: "the data includes health information (sensitive in every jurisdiction)"
    - id: retentionExpired
      description: "the retention period of the data has ended"
    - id: legalHold
      description: "a legal hold covers the data"
    - id: legallyMandatedRetention
      description: "a law requires the data to be kept"
    - id: contractRequested
      description: "the person asked for steps before a contract is entered into, and this processing is necessary for them"
  obligations:
    - id: notifyUserInAdvance
      description: "make every effort to notify the person before acting"
    - id: minimizeData
      description: "share or use no more than the purpose needs"
    - id: limitUseToContract
      description: "bind the recipient by contract to use the data only for the service"
    - id: limitToOrderScope
      description: "disclose only what the court order covers"
    - id: recordProvision
      description: "keep a record of this provision to a third party"
    - id: recordDisclosure
      description: "keep a record of this disclosure"
    - id: encryptIdentifiers
      description: "encrypt unique identifiers at rest and in transit"
    - id: destroyIrrecoverably
      description: "destroy so that the data cannot be restored"
    - id: segregateRetainedData
      description: "keep the retained data apart from live data and use it for nothing else"
    - id: honorObjection
      description: "stop the processing the person objected to"
    - id: protectSecret
      description: "never show, log or share the secret; store it only hashed"
  retention:
    - id: hero
      legalRequirementsExtend: true
      destruction:
        electronic: [irrecoverableDeletion, cryptographicErasure]
        paper: [shredding, incineration]
      clause: "Retention and Destruction"
  types:
    - name: IdentityInformation
      summary: "The person's name and other identity details (policy: “Name and Contact and Affiliation Information”)."
      clause: "Collection and Use › Name and Contact and Affiliation Information"
      purposes: [relationship, serviceAccess]
      source: providedByUser
      fields:
        - {category: identity.name, name: name}
        - {category: identity.birthdate, name: birthdate}
        - {category: identity.gender, name: gender}
    - name: ContactInformation
      summary: "How to reach the person (policy: “Name and Contact and Affiliation Information”, and “Your Communications with Us”)."
      clause: "Collection and Use › Name and Contact and Affiliation Information"
      purposes: [relationship, serviceAccess, support]
      source: providedByUser
      fields:
        - {category: contact.email, name: email}
        - {category: contact.postalAddress, name: postalAddress}
        - {category: contact.phone, name: phone}
    - name: AffiliationInformation
      summary: "The person's medical institution and role (policy: “Name and Contact and Affiliation Information”)."
      clause: "Collection and Use › Name and Contact and Affiliation Information"
      purposes: [relationship, serviceAccess]
      source: providedByUser
      fields:
        - {category: affiliation.institution, name: institution}
        - {category: affiliation.role, name: role}
    - name: Credentials
      summary: "Passwords, password hints and similar security information (policy: “Credentials”). Every field is secret."
      clause: "Collection and Use › Credentials"
      purposes: [security, authentication]
      source: providedByUser
      fields:
        - {category: credentials.password, name: password}
        - {category: credentials.passwordHint, name: passwordHint}
        - {category: credentials.securityInfo, name: securityInfo}
    - name: SupportCommunication
      summary: "The content of the person's communications with Need, such as support requests (policy: “Your Communications with Us”)."
      clause: "Collection and Use › Your Communications with Us"
      purposes: [support]
      source: providedByUser
      fields:
        - {category: communications.support, name: content}
    - name: ChatCommunication
      summary: "The person's communications with other users in the Platform's chat (policy: “Your Communications with Users on the Platform”)."
      clause: "Collection and Use › Your Communications with Users on the Platform"
      purposes: [chatDelivery]
      source: providedByUser
      fields:
        - {category: communications.chat, name: message}
    - name: AutomaticallyCollectedData
      summary: "Information collected automatically when the person uses the Services, including location (policy: “Automatic Data Collection”). Unique identifiers must be encrypted."
      clause: "Collection and Use › Automatic Data Collection"
      purposes: [security, performance, functionality]
      source: collectedAutomatically
      fields:
        - {category: online.ipAddress, name: ipAddress}
        - {category: online.userSettings, name: userSettings}
        - {category: online.macAddress, name: macAddress}
        - {category: online.cookieId, name: cookieID}
        - {category: online.mobileCarrier, name: mobileCarrier}
        - {category: online.uniqueIdentifier, name: uniqueIdentifier}
        - {category: online.browserInfo, name: browserInfo}
        - {category: online.isp, name: isp}
        - {category: online.userId, name: userID}
        - {category: location.device, name: deviceLocation}
        - {category: location.approximate, name: approximateLocation}
    - name: UsageInformation
      summary: "How the person uses the Services: links clicked, content interacted with, frequency and duration (policy: “Usage Information”)."
      clause: "Collection and Use › Usage Information"
      purposes: [productDevelopment, administration, security, functionality]
      source: collectedAutomatically
      fields:
        - {category: usage.links, name: links}
        - {category: usage.contentInteractions, name: contentInteractions}
        - {category: usage.activity, name: activity}
    - name: DeviceInformation
      summary: "Technical data about the person's device and operating system (policy: “Device Information”). The device identifier must be encrypted."
      clause: "Collection and Use › Device Information"
      purposes: [contentAdaptation, pushNotifications, security]
      source: collectedAutomatically
      fields:
        - {category: device.hardware, name: hardware}
        - {category: device.operatingSystem, name: operatingSystem}
        - {category: device.identifier, name: identifier}
        - {category: device.language, name: language}
        - {category: device.accessTime, name: accessTime}
    - name: CrashData
      summary: "What the Platform receives when it crashes on the person's mobile device: device model, software version and carrier (policy: “Device Information”)."
      clause: "Collection and Use › Device Information"
      purposes: [crashDiagnostics, performance]
      source: collectedAutomatically
      fields:
        - {category: device.crashReport, name: report}
"""#
