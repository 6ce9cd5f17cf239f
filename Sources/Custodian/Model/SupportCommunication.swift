/// The content of the person's communications with Need, such as support requests (policy: “Your Communications with Us”).
public struct SupportCommunication: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case support
    }

    public static let descriptor = CategoryDescriptor(
        name: "SupportCommunication",
        clause: "Collection and Use › Your Communications with Us",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .providedByUser,
        fields: [
                FieldDescriptor(.communicationsSupport, .confidential, source: .providedByUser),
        ])

    public var content: Personal<String>?

    public init(content: Personal<String>? = nil) {
        self.content = content
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if content != nil { set.insert(CategorySet(.communicationsSupport)) }
        return set
    }
}
