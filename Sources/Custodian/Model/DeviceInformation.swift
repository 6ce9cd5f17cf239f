/// Technical data about the person's device and operating system (policy: “Device Information”). The device identifier must be encrypted.
public struct DeviceInformation: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case contentAdaptation, pushNotifications, security
    }

    public static let descriptor = CategoryDescriptor(
        name: "DeviceInformation",
        clause: "Collection and Use › Device Information",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .collectedAutomatically,
        fields: [
                FieldDescriptor(.deviceHardware, .personal, source: .collectedAutomatically),
                FieldDescriptor(.deviceOperatingSystem, .personal, source: .collectedAutomatically),
                FieldDescriptor(.deviceIdentifier, .uniqueIdentifier, source: .collectedAutomatically),
                FieldDescriptor(.deviceLanguage, .personal, source: .collectedAutomatically),
                FieldDescriptor(.deviceAccessTime, .personal, source: .collectedAutomatically),
        ])

    public var hardware: Personal<String>?
    public var operatingSystem: Personal<String>?
    public var identifier: Personal<String>?
    public var language: Personal<String>?
    public var accessTime: Personal<String>?

    public init(hardware: Personal<String>? = nil, operatingSystem: Personal<String>? = nil, identifier: Personal<String>? = nil, language: Personal<String>? = nil, accessTime: Personal<String>? = nil) {
        self.hardware = hardware
        self.operatingSystem = operatingSystem
        self.identifier = identifier
        self.language = language
        self.accessTime = accessTime
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if hardware != nil { set.insert(CategorySet(.deviceHardware)) }
        if operatingSystem != nil { set.insert(CategorySet(.deviceOperatingSystem)) }
        if identifier != nil { set.insert(CategorySet(.deviceIdentifier)) }
        if language != nil { set.insert(CategorySet(.deviceLanguage)) }
        if accessTime != nil { set.insert(CategorySet(.deviceAccessTime)) }
        return set
    }
}
