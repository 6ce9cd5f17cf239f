/// The person's medical institution and role (policy: “Name and Contact and Affiliation Information”).
public struct AffiliationInformation: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case relationship, serviceAccess
    }

    public static let descriptor = CategoryDescriptor(
        name: "AffiliationInformation",
        clause: "Collection and Use › Name and Contact and Affiliation Information",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .providedByUser,
        fields: [
                FieldDescriptor(.affiliationInstitution, .personal, source: .providedByUser),
                FieldDescriptor(.affiliationRole, .personal, source: .providedByUser),
        ])

    public var institution: Personal<String>?
    public var role: Personal<String>?

    public init(institution: Personal<String>? = nil, role: Personal<String>? = nil) {
        self.institution = institution
        self.role = role
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if institution != nil { set.insert(CategorySet(.affiliationInstitution)) }
        if role != nil { set.insert(CategorySet(.affiliationRole)) }
        return set
    }
}
