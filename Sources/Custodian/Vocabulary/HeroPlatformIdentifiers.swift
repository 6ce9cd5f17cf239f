// The Hero Platform vocabulary: the identifiers of `VOCABULARY.md`, with what the policy says
// about each. The built-in Hero policy document declares the same vocabulary (a test holds the two
// equal), and the model types of `Model/` are generated from it (a test holds them equal too).

extension Category {
    /// The person's name.
    public static let identityName = Category(known: "identity.name")
    /// The person's date of birth.
    public static let identityBirthdate = Category(known: "identity.birthdate")
    /// The person's gender.
    public static let identityGender = Category(known: "identity.gender")
    /// Email address.
    public static let contactEmail = Category(known: "contact.email")
    /// Postal address.
    public static let contactPostalAddress = Category(known: "contact.postalAddress")
    /// Telephone number.
    public static let contactPhone = Category(known: "contact.phone")
    /// The institution the person works at.
    public static let affiliationInstitution = Category(known: "affiliation.institution")
    /// The person's role or position.
    public static let affiliationRole = Category(known: "affiliation.role")
    /// Password.
    public static let credentialsPassword = Category(known: "credentials.password")
    /// Password hint.
    public static let credentialsPasswordHint = Category(known: "credentials.passwordHint")
    /// Security information used for authentication and account access.
    public static let credentialsSecurityInfo = Category(known: "credentials.securityInfo")
    /// The content of the person's communications with us.
    public static let communicationsSupport = Category(known: "communications.support")
    /// The content of the person's communications with other users.
    public static let communicationsChat = Category(known: "communications.chat")
    /// IP address.
    public static let onlineIPAddress = Category(known: "online.ipAddress")
    /// User settings.
    public static let onlineUserSettings = Category(known: "online.userSettings")
    /// MAC address.
    public static let onlineMACAddress = Category(known: "online.macAddress")
    /// Cookie identifiers.
    public static let onlineCookieID = Category(known: "online.cookieId")
    /// Mobile carrier.
    public static let onlineMobileCarrier = Category(known: "online.mobileCarrier")
    /// Mobile advertising and other unique identifiers.
    public static let onlineUniqueIdentifier = Category(known: "online.uniqueIdentifier")
    /// Browser or device information.
    public static let onlineBrowserInfo = Category(known: "online.browserInfo")
    /// Internet service provider.
    public static let onlineISP = Category(known: "online.isp")
    /// User identifier.
    public static let onlineUserID = Category(known: "online.userId")
    /// Location processed within the smartphone.
    public static let locationDevice = Category(known: "location.device")
    /// Approximate location derived from the IP address.
    public static let locationApproximate = Category(known: "location.approximate")
    /// Links clicked.
    public static let usageLinks = Category(known: "usage.links")
    /// Interactions with content.
    public static let usageContentInteractions = Category(known: "usage.contentInteractions")
    /// Frequency and duration of activities on the Services.
    public static let usageActivity = Category(known: "usage.activity")
    /// Hardware model.
    public static let deviceHardware = Category(known: "device.hardware")
    /// Operating system and version.
    public static let deviceOperatingSystem = Category(known: "device.operatingSystem")
    /// Unique device identifier.
    public static let deviceIdentifier = Category(known: "device.identifier")
    /// Device language.
    public static let deviceLanguage = Category(known: "device.language")
    /// Access time.
    public static let deviceAccessTime = Category(known: "device.accessTime")
    /// Crash report from the mobile app.
    public static let deviceCrashReport = Category(known: "device.crashReport")
}

extension Category.Group {
    public static let identity = Category.Group(known: "identity")
    public static let contact = Category.Group(known: "contact")
    public static let affiliation = Category.Group(known: "affiliation")
    public static let credentials = Category.Group(known: "credentials")
    public static let communications = Category.Group(known: "communications")
    public static let online = Category.Group(known: "online")
    public static let location = Category.Group(known: "location")
    public static let usage = Category.Group(known: "usage")
    public static let device = Category.Group(known: "device")
}

extension Fact {
    /// The consent was bundled with terms of service rather than given on its own.
    public static let consentBundled = Fact(known: "consentBundled")
    /// The person has objected to this processing.
    public static let objection = Fact(known: "objection")
    /// The person directed this share (for example, sent a chat message).
    public static let userDirected = Fact(known: "userDirected")
    /// A contract with the person is in force and this processing is necessary for it.
    public static let contractInForce = Fact(known: "contractInForce")
    /// A written contract limits the recipient to processing on our behalf (processing agreement, entrustment contract).
    public static let processorContract = Fact(known: "processorContract")
    /// A law requires this disclosure.
    public static let requiredByLaw = Fact(known: "requiredByLaw")
    /// A law permits this disclosure.
    public static let permittedByLaw = Fact(known: "permittedByLaw")
    /// A valid court order or warrant covers this disclosure.
    public static let courtOrder = Fact(known: "courtOrder")
    /// An emergency threatens someone's life, health or security.
    public static let emergency = Fact(known: "emergency")
    /// The person was notified in advance.
    public static let userNotified = Fact(known: "userNotified")
    /// The person enabled push notifications on the device.
    public static let pushNotificationsEnabled = Fact(known: "pushNotificationsEnabled")
    /// The mobile app crashed.
    public static let appCrashed = Fact(known: "appCrashed")
    /// A merger, acquisition, financing due diligence, reorganisation, bankruptcy, receivership, asset sale or transition of service is under way.
    public static let businessTransaction = Fact(known: "businessTransaction")
    /// An adequacy decision, standard contractual clauses or an equivalent safeguard covers the transfer.
    public static let transferSafeguards = Fact(known: "transferSafeguards")
    /// The data includes health information (sensitive in every jurisdiction).
    public static let containsHealthData = Fact(known: "containsHealthData")
    /// The retention period of the data has ended.
    public static let retentionExpired = Fact(known: "retentionExpired")
    /// A legal hold covers the data.
    public static let legalHold = Fact(known: "legalHold")
    /// A law requires the data to be kept.
    public static let legallyMandatedRetention = Fact(known: "legallyMandatedRetention")
    /// The person asked for steps before a contract is entered into, and this processing is necessary for them.
    public static let contractRequested = Fact(known: "contractRequested")
}

extension Obligation {
    /// Make every effort to notify the person before acting.
    public static let notifyUserInAdvance = Obligation(known: "notifyUserInAdvance")
    /// Share or use no more than the purpose needs.
    public static let minimizeData = Obligation(known: "minimizeData")
    /// Bind the recipient by contract to use the data only for the service.
    public static let limitUseToContract = Obligation(known: "limitUseToContract")
    /// Disclose only what the court order covers.
    public static let limitToOrderScope = Obligation(known: "limitToOrderScope")
    /// Keep a record of this provision to a third party.
    public static let recordProvision = Obligation(known: "recordProvision")
    /// Keep a record of this disclosure.
    public static let recordDisclosure = Obligation(known: "recordDisclosure")
    /// Encrypt unique identifiers at rest and in transit.
    public static let encryptIdentifiers = Obligation(known: "encryptIdentifiers")
    /// Destroy so that the data cannot be restored.
    public static let destroyIrrecoverably = Obligation(known: "destroyIrrecoverably")
    /// Keep the retained data apart from live data and use it for nothing else.
    public static let segregateRetainedData = Obligation(known: "segregateRetainedData")
    /// Stop the processing the person objected to.
    public static let honorObjection = Obligation(known: "honorObjection")
    /// Never show, log or share the secret; store it only hashed.
    public static let protectSecret = Obligation(known: "protectSecret")
}

extension Vocabulary {
    /// The Hero Platform vocabulary (`VOCABULARY.md`): the vocabulary of a policy that declares none.
    public static let heroPlatform = Vocabulary(
        categories: [
            CategoryDeclaration(.identityName, "the person's name", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.identityBirthdate, "the person's date of birth", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.identityGender, "the person's gender", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.contactEmail, "email address", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.contactPostalAddress, "postal address", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.contactPhone, "telephone number", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.affiliationInstitution, "the institution the person works at", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.affiliationRole, "the person's role or position", sensitivity: .personal, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.credentialsPassword, "password", sensitivity: .secret, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.credentialsPasswordHint, "password hint", sensitivity: .secret, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.credentialsSecurityInfo, "security information used for authentication and account access", sensitivity: .secret, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.communicationsSupport, "the content of the person's communications with us", sensitivity: .confidential, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.communicationsChat, "the content of the person's communications with other users", sensitivity: .confidential, source: .providedByUser, retention: "hero"),
            CategoryDeclaration(.onlineIPAddress, "IP address", sensitivity: .personal, source: .collectedAutomatically, retention: "hero", swiftName: "onlineIPAddress"),
            CategoryDeclaration(.onlineUserSettings, "user settings", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.onlineMACAddress, "MAC address", sensitivity: .uniqueIdentifier, source: .collectedAutomatically, retention: "hero", swiftName: "onlineMACAddress"),
            CategoryDeclaration(.onlineCookieID, "cookie identifiers", sensitivity: .uniqueIdentifier, source: .collectedAutomatically, retention: "hero", swiftName: "onlineCookieID"),
            CategoryDeclaration(.onlineMobileCarrier, "mobile carrier", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.onlineUniqueIdentifier, "mobile advertising and other unique identifiers", sensitivity: .uniqueIdentifier, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.onlineBrowserInfo, "browser or device information", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.onlineISP, "internet service provider", sensitivity: .personal, source: .collectedAutomatically, retention: "hero", swiftName: "onlineISP"),
            CategoryDeclaration(.onlineUserID, "user identifier", sensitivity: .uniqueIdentifier, source: .collectedAutomatically, retention: "hero", swiftName: "onlineUserID"),
            CategoryDeclaration(.locationDevice, "location processed within the smartphone", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.locationApproximate, "approximate location derived from the IP address", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.usageLinks, "links clicked", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.usageContentInteractions, "interactions with content", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.usageActivity, "frequency and duration of activities on the Services", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.deviceHardware, "hardware model", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.deviceOperatingSystem, "operating system and version", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.deviceIdentifier, "unique device identifier", sensitivity: .uniqueIdentifier, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.deviceLanguage, "device language", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.deviceAccessTime, "access time", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
            CategoryDeclaration(.deviceCrashReport, "crash report from the mobile app", sensitivity: .personal, source: .collectedAutomatically, retention: "hero"),
        ],
        facts: [
            FactDeclaration(.consentBundled, "the consent was bundled with terms of service rather than given on its own"),
            FactDeclaration(.objection, "the person has objected to this processing"),
            FactDeclaration(.userDirected, "the person directed this share (for example, sent a chat message)"),
            FactDeclaration(.contractInForce, "a contract with the person is in force and this processing is necessary for it"),
            FactDeclaration(.processorContract, "a written contract limits the recipient to processing on our behalf (processing agreement, entrustment contract)"),
            FactDeclaration(.requiredByLaw, "a law requires this disclosure"),
            FactDeclaration(.permittedByLaw, "a law permits this disclosure"),
            FactDeclaration(.courtOrder, "a valid court order or warrant covers this disclosure"),
            FactDeclaration(.emergency, "an emergency threatens someone's life, health or security"),
            FactDeclaration(.userNotified, "the person was notified in advance"),
            FactDeclaration(.pushNotificationsEnabled, "the person enabled push notifications on the device"),
            FactDeclaration(.appCrashed, "the mobile app crashed"),
            FactDeclaration(.businessTransaction, "a merger, acquisition, financing due diligence, reorganisation, bankruptcy, receivership, asset sale or transition of service is under way"),
            FactDeclaration(.transferSafeguards, "an adequacy decision, standard contractual clauses or an equivalent safeguard covers the transfer"),
            FactDeclaration(.containsHealthData, "the data includes health information (sensitive in every jurisdiction)"),
            FactDeclaration(.retentionExpired, "the retention period of the data has ended"),
            FactDeclaration(.legalHold, "a legal hold covers the data"),
            FactDeclaration(.legallyMandatedRetention, "a law requires the data to be kept"),
            FactDeclaration(.contractRequested, "the person asked for steps before a contract is entered into, and this processing is necessary for them"),
        ],
        obligations: [
            ObligationDeclaration(.notifyUserInAdvance, "make every effort to notify the person before acting"),
            ObligationDeclaration(.minimizeData, "share or use no more than the purpose needs"),
            ObligationDeclaration(.limitUseToContract, "bind the recipient by contract to use the data only for the service"),
            ObligationDeclaration(.limitToOrderScope, "disclose only what the court order covers"),
            ObligationDeclaration(.recordProvision, "keep a record of this provision to a third party"),
            ObligationDeclaration(.recordDisclosure, "keep a record of this disclosure"),
            ObligationDeclaration(.encryptIdentifiers, "encrypt unique identifiers at rest and in transit"),
            ObligationDeclaration(.destroyIrrecoverably, "destroy so that the data cannot be restored"),
            ObligationDeclaration(.segregateRetainedData, "keep the retained data apart from live data and use it for nothing else"),
            ObligationDeclaration(.honorObjection, "stop the processing the person objected to"),
            ObligationDeclaration(.protectSecret, "never show, log or share the secret; store it only hashed"),
        ],
        retention: [
            RetentionDeclaration(
                "hero", legalRequirementsExtend: true,
                destruction: [.electronic: [.irrecoverableDeletion, .cryptographicErasure], .paper: [.shredding, .incineration]],
                clause: "Retention and Destruction")
        ],
        types: [
            TypeDeclaration(
                "IdentityInformation",
                summary: "The person's name and other identity details (policy: “Name and Contact and Affiliation Information”).",
                clause: "Collection and Use › Name and Contact and Affiliation Information",
                purposes: [.relationship, .serviceAccess], source: .providedByUser,
                fields: [.init(.identityName, "name"), .init(.identityBirthdate, "birthdate"), .init(.identityGender, "gender")]),
            TypeDeclaration(
                "ContactInformation",
                summary: "How to reach the person (policy: “Name and Contact and Affiliation Information”, and “Your Communications with Us”).",
                clause: "Collection and Use › Name and Contact and Affiliation Information",
                purposes: [.relationship, .serviceAccess, .support], source: .providedByUser,
                fields: [.init(.contactEmail, "email"), .init(.contactPostalAddress, "postalAddress"), .init(.contactPhone, "phone")]),
            TypeDeclaration(
                "AffiliationInformation",
                summary: "The person's medical institution and role (policy: “Name and Contact and Affiliation Information”).",
                clause: "Collection and Use › Name and Contact and Affiliation Information",
                purposes: [.relationship, .serviceAccess], source: .providedByUser,
                fields: [.init(.affiliationInstitution, "institution"), .init(.affiliationRole, "role")]),
            TypeDeclaration(
                "Credentials",
                summary: "Passwords, password hints and similar security information (policy: “Credentials”). Every field is secret.",
                clause: "Collection and Use › Credentials",
                purposes: [.security, .authentication], source: .providedByUser,
                fields: [.init(.credentialsPassword, "password"), .init(.credentialsPasswordHint, "passwordHint"), .init(.credentialsSecurityInfo, "securityInfo")]),
            TypeDeclaration(
                "SupportCommunication",
                summary: "The content of the person's communications with Need, such as support requests (policy: “Your Communications with Us”).",
                clause: "Collection and Use › Your Communications with Us",
                purposes: [.support], source: .providedByUser,
                fields: [.init(.communicationsSupport, "content")]),
            TypeDeclaration(
                "ChatCommunication",
                summary: "The person's communications with other users in the Platform's chat (policy: “Your Communications with Users on the Platform”).",
                clause: "Collection and Use › Your Communications with Users on the Platform",
                purposes: [.chatDelivery], source: .providedByUser,
                fields: [.init(.communicationsChat, "message")]),
            TypeDeclaration(
                "AutomaticallyCollectedData",
                summary: "Information collected automatically when the person uses the Services, including location (policy: “Automatic Data Collection”). Unique identifiers must be encrypted.",
                clause: "Collection and Use › Automatic Data Collection",
                purposes: [.security, .performance, .functionality], source: .collectedAutomatically,
                fields: [.init(.onlineIPAddress, "ipAddress"), .init(.onlineUserSettings, "userSettings"), .init(.onlineMACAddress, "macAddress"), .init(.onlineCookieID, "cookieID"), .init(.onlineMobileCarrier, "mobileCarrier"), .init(.onlineUniqueIdentifier, "uniqueIdentifier"), .init(.onlineBrowserInfo, "browserInfo"), .init(.onlineISP, "isp"), .init(.onlineUserID, "userID"), .init(.locationDevice, "deviceLocation"), .init(.locationApproximate, "approximateLocation")]),
            TypeDeclaration(
                "UsageInformation",
                summary: "How the person uses the Services: links clicked, content interacted with, frequency and duration (policy: “Usage Information”).",
                clause: "Collection and Use › Usage Information",
                purposes: [.productDevelopment, .administration, .security, .functionality], source: .collectedAutomatically,
                fields: [.init(.usageLinks, "links"), .init(.usageContentInteractions, "contentInteractions"), .init(.usageActivity, "activity")]),
            TypeDeclaration(
                "DeviceInformation",
                summary: "Technical data about the person's device and operating system (policy: “Device Information”). The device identifier must be encrypted.",
                clause: "Collection and Use › Device Information",
                purposes: [.contentAdaptation, .pushNotifications, .security], source: .collectedAutomatically,
                fields: [.init(.deviceHardware, "hardware"), .init(.deviceOperatingSystem, "operatingSystem"), .init(.deviceIdentifier, "identifier"), .init(.deviceLanguage, "language"), .init(.deviceAccessTime, "accessTime")]),
            TypeDeclaration(
                "CrashData",
                summary: "What the Platform receives when it crashes on the person's mobile device: device model, software version and carrier (policy: “Device Information”).",
                clause: "Collection and Use › Device Information",
                purposes: [.crashDiagnostics, .performance], source: .collectedAutomatically,
                fields: [.init(.deviceCrashReport, "report")]),
        ])
}
