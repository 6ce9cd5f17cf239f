/// How the person uses the Services: links clicked, content interacted with, frequency and duration (policy: “Usage Information”).
public struct UsageInformation: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case productDevelopment, administration, security, functionality
    }

    public static let descriptor = CategoryDescriptor(
        name: "UsageInformation",
        clause: "Collection and Use › Usage Information",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .collectedAutomatically,
        fields: [
                FieldDescriptor(.usageLinks, .personal, source: .collectedAutomatically),
                FieldDescriptor(.usageContentInteractions, .personal, source: .collectedAutomatically),
                FieldDescriptor(.usageActivity, .personal, source: .collectedAutomatically),
        ])

    public var links: Personal<String>?
    public var contentInteractions: Personal<String>?
    public var activity: Personal<String>?

    public init(links: Personal<String>? = nil, contentInteractions: Personal<String>? = nil, activity: Personal<String>? = nil) {
        self.links = links
        self.contentInteractions = contentInteractions
        self.activity = activity
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if links != nil { set.insert(CategorySet(.usageLinks)) }
        if contentInteractions != nil { set.insert(CategorySet(.usageContentInteractions)) }
        if activity != nil { set.insert(CategorySet(.usageActivity)) }
        return set
    }
}
