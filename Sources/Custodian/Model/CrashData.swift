/// What the Platform receives when it crashes on the person's mobile device: device model, software version and carrier (policy: “Device Information”).
public struct CrashData: PersonalInformation, Hashable {
    /// The purposes the policy states for this category.
    public enum Purposes: String, DeclaredPurpose {
        case crashDiagnostics, performance
    }

    public static let descriptor = CategoryDescriptor(
        name: "CrashData",
        clause: "Collection and Use › Device Information",
        purposes: Purposes.allCases.map(\.purpose),
        legalBases: [],
        source: .collectedAutomatically,
        fields: [
                FieldDescriptor(.deviceCrashReport, .personal, source: .collectedAutomatically),
        ])

    public var report: Personal<String>?

    public init(report: Personal<String>? = nil) {
        self.report = report
    }

    public var presentCategories: CategorySet {
        var set = CategorySet()
        if report != nil { set.insert(CategorySet(.deviceCrashReport)) }
        return set
    }
}
