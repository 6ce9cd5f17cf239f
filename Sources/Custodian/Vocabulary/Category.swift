/// One category of personal information, as a leaf of the vocabulary (`contact.email`).
///
/// Categories form a closed set: an identifier that is not listed here is an error, never a
/// silent allow or deny. Groups of categories (`contact`) are ``Category/Group``.
public enum Category: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case identityName = "identity.name"
    case identityBirthdate = "identity.birthdate"
    case identityGender = "identity.gender"
    case contactEmail = "contact.email"
    case contactPostalAddress = "contact.postalAddress"
    case contactPhone = "contact.phone"
    case affiliationInstitution = "affiliation.institution"
    case affiliationRole = "affiliation.role"
    case credentialsPassword = "credentials.password"
    case credentialsPasswordHint = "credentials.passwordHint"
    case credentialsSecurityInfo = "credentials.securityInfo"
    case communicationsSupport = "communications.support"
    case communicationsChat = "communications.chat"
    case onlineIPAddress = "online.ipAddress"
    case onlineUserSettings = "online.userSettings"
    case onlineMACAddress = "online.macAddress"
    case onlineCookieID = "online.cookieId"
    case onlineMobileCarrier = "online.mobileCarrier"
    case onlineUniqueIdentifier = "online.uniqueIdentifier"
    case onlineBrowserInfo = "online.browserInfo"
    case onlineISP = "online.isp"
    case onlineUserID = "online.userId"
    case locationDevice = "location.device"
    case locationApproximate = "location.approximate"
    case usageLinks = "usage.links"
    case usageContentInteractions = "usage.contentInteractions"
    case usageActivity = "usage.activity"
    case deviceHardware = "device.hardware"
    case deviceOperatingSystem = "device.operatingSystem"
    case deviceIdentifier = "device.identifier"
    case deviceLanguage = "device.language"
    case deviceAccessTime = "device.accessTime"
    case deviceCrashReport = "device.crashReport"

    /// The group this category belongs to.
    public var group: Group {
        let prefix = rawValue.prefix { $0 != "." }
        return Group(rawValue: String(prefix))!
    }

    /// A dense index (0..<64) used by ``CategorySet``: the case's position in the declaration.
    @inlinable public var index: Int { Int(unsafeBitCast(self, to: UInt8.self)) }

    /// Every category in declaration order, computed once.
    public static let ordered: [Category] = allCases

    /// The category at `index` of ``ordered``.
    @inlinable public static func at(_ index: Int) -> Category { unsafeBitCast(UInt8(index), to: Category.self) }

    public static func < (lhs: Category, rhs: Category) -> Bool { lhs.index < rhs.index }

    /// A named group of categories (`contact`), which a request or a rule may name instead of
    /// listing its leaves.
    public enum Group: String, Sendable, Hashable, CaseIterable, Codable {
        case identity, contact, affiliation, credentials, communications, online, location, usage, device

        /// The leaf categories of the group, in vocabulary order.
        public var members: [Category] { Category.ordered.filter { $0.group == self } }

        /// The group's leaves as a set, computed once per group.
        public var leaves: CategorySet { Self.leafSets[Int(unsafeBitCast(self, to: UInt8.self))] }

        private static let leafSets: [CategorySet] = allCases.map { CategorySet($0.members) }
    }
}
