/// The person's communications with other users in the Platform's chat (policy: “Your Communications with Users on the Platform”).
public struct ChatCommunication: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case chatDelivery
    }

    public static let descriptor = CategoryDescriptor(
        name: "ChatCommunication",
        clause: "Collection and Use › Your Communications with Users on the Platform",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .providedByUser,
        fields: [
                FieldDescriptor(.communicationsChat, .confidential, source: .providedByUser),
        ])

    public var message: Personal<String>?

    public init(message: Personal<String>? = nil) {
        self.message = message
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if message != nil { set.insert(CategorySet(.communicationsChat)) }
        return set
    }
}
