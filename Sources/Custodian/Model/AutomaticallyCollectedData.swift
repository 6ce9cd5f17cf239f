/// Information collected automatically when the person uses the Services, including location (policy: “Automatic Data Collection”). Unique identifiers must be encrypted.
public struct AutomaticallyCollectedData: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case security, performance, functionality
    }

    public static let descriptor = CategoryDescriptor(
        name: "AutomaticallyCollectedData",
        clause: "Collection and Use › Automatic Data Collection",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .collectedAutomatically,
        fields: [
                FieldDescriptor(.onlineIPAddress, .personal, source: .collectedAutomatically),
                FieldDescriptor(.onlineUserSettings, .personal, source: .collectedAutomatically),
                FieldDescriptor(.onlineMACAddress, .uniqueIdentifier, source: .collectedAutomatically),
                FieldDescriptor(.onlineCookieID, .uniqueIdentifier, source: .collectedAutomatically),
                FieldDescriptor(.onlineMobileCarrier, .personal, source: .collectedAutomatically),
                FieldDescriptor(.onlineUniqueIdentifier, .uniqueIdentifier, source: .collectedAutomatically),
                FieldDescriptor(.onlineBrowserInfo, .personal, source: .collectedAutomatically),
                FieldDescriptor(.onlineISP, .personal, source: .collectedAutomatically),
                FieldDescriptor(.onlineUserID, .uniqueIdentifier, source: .collectedAutomatically),
                FieldDescriptor(.locationDevice, .personal, source: .collectedAutomatically),
                FieldDescriptor(.locationApproximate, .personal, source: .collectedAutomatically),
        ])

    public var ipAddress: Personal<String>?
    public var userSettings: Personal<String>?
    public var macAddress: Personal<String>?
    public var cookieID: Personal<String>?
    public var mobileCarrier: Personal<String>?
    public var uniqueIdentifier: Personal<String>?
    public var browserInfo: Personal<String>?
    public var isp: Personal<String>?
    public var userID: Personal<String>?
    public var deviceLocation: Personal<String>?
    public var approximateLocation: Personal<String>?

    public init(ipAddress: Personal<String>? = nil, userSettings: Personal<String>? = nil, macAddress: Personal<String>? = nil, cookieID: Personal<String>? = nil, mobileCarrier: Personal<String>? = nil, uniqueIdentifier: Personal<String>? = nil, browserInfo: Personal<String>? = nil, isp: Personal<String>? = nil, userID: Personal<String>? = nil, deviceLocation: Personal<String>? = nil, approximateLocation: Personal<String>? = nil) {
        self.ipAddress = ipAddress
        self.userSettings = userSettings
        self.macAddress = macAddress
        self.cookieID = cookieID
        self.mobileCarrier = mobileCarrier
        self.uniqueIdentifier = uniqueIdentifier
        self.browserInfo = browserInfo
        self.isp = isp
        self.userID = userID
        self.deviceLocation = deviceLocation
        self.approximateLocation = approximateLocation
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if ipAddress != nil { set.insert(CategorySet(.onlineIPAddress)) }
        if userSettings != nil { set.insert(CategorySet(.onlineUserSettings)) }
        if macAddress != nil { set.insert(CategorySet(.onlineMACAddress)) }
        if cookieID != nil { set.insert(CategorySet(.onlineCookieID)) }
        if mobileCarrier != nil { set.insert(CategorySet(.onlineMobileCarrier)) }
        if uniqueIdentifier != nil { set.insert(CategorySet(.onlineUniqueIdentifier)) }
        if browserInfo != nil { set.insert(CategorySet(.onlineBrowserInfo)) }
        if isp != nil { set.insert(CategorySet(.onlineISP)) }
        if userID != nil { set.insert(CategorySet(.onlineUserID)) }
        if deviceLocation != nil { set.insert(CategorySet(.locationDevice)) }
        if approximateLocation != nil { set.insert(CategorySet(.locationApproximate)) }
        return set
    }
}
