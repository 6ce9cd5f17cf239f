/// Passwords, password hints and similar security information (policy: “Credentials”). Every field is secret.
public struct Credentials: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case security, authentication
    }

    public static let descriptor = CategoryDescriptor(
        name: "Credentials",
        clause: "Collection and Use › Credentials",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .providedByUser,
        fields: [
                FieldDescriptor(.credentialsPassword, .secret, source: .providedByUser),
                FieldDescriptor(.credentialsPasswordHint, .secret, source: .providedByUser),
                FieldDescriptor(.credentialsSecurityInfo, .secret, source: .providedByUser),
        ])

    public var password: Personal<String>?
    public var passwordHint: Personal<String>?
    public var securityInfo: Personal<String>?

    public init(password: Personal<String>? = nil, passwordHint: Personal<String>? = nil, securityInfo: Personal<String>? = nil) {
        self.password = password
        self.passwordHint = passwordHint
        self.securityInfo = securityInfo
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if password != nil { set.insert(CategorySet(.credentialsPassword)) }
        if passwordHint != nil { set.insert(CategorySet(.credentialsPasswordHint)) }
        if securityInfo != nil { set.insert(CategorySet(.credentialsSecurityInfo)) }
        return set
    }
}
