/// How to reach the person (policy: “Name and Contact and Affiliation Information”, and “Your Communications with Us”).
public struct ContactInformation: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case relationship, serviceAccess, support
    }

    public static let descriptor = CategoryDescriptor(
        name: "ContactInformation",
        clause: "Collection and Use › Name and Contact and Affiliation Information",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .providedByUser,
        fields: [
                FieldDescriptor(.contactEmail, .personal, source: .providedByUser),
                FieldDescriptor(.contactPostalAddress, .personal, source: .providedByUser),
                FieldDescriptor(.contactPhone, .personal, source: .providedByUser),
        ])

    public var email: Personal<String>?
    public var postalAddress: Personal<String>?
    public var phone: Personal<String>?

    public init(email: Personal<String>? = nil, postalAddress: Personal<String>? = nil, phone: Personal<String>? = nil) {
        self.email = email
        self.postalAddress = postalAddress
        self.phone = phone
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if email != nil { set.insert(CategorySet(.contactEmail)) }
        if postalAddress != nil { set.insert(CategorySet(.contactPostalAddress)) }
        if phone != nil { set.insert(CategorySet(.contactPhone)) }
        return set
    }
}
