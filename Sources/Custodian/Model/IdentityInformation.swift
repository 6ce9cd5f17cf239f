/// The person's name and other identity details (policy: “Name and Contact and Affiliation Information”).
public struct IdentityInformation: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case relationship, serviceAccess
    }

    public static let descriptor = CategoryDescriptor(
        name: "IdentityInformation",
        clause: "Collection and Use › Name and Contact and Affiliation Information",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .providedByUser,
        fields: [
                FieldDescriptor(.identityName, .personal, source: .providedByUser),
                FieldDescriptor(.identityBirthdate, .personal, source: .providedByUser),
                FieldDescriptor(.identityGender, .personal, source: .providedByUser),
        ])

    public var name: Personal<String>?
    public var birthdate: Personal<String>?
    public var gender: Personal<String>?

    public init(name: Personal<String>? = nil, birthdate: Personal<String>? = nil, gender: Personal<String>? = nil) {
        self.name = name
        self.birthdate = birthdate
        self.gender = gender
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if name != nil { set.insert(CategorySet(.identityName)) }
        if birthdate != nil { set.insert(CategorySet(.identityBirthdate)) }
        if gender != nil { set.insert(CategorySet(.identityGender)) }
        return set
    }
}
