/// Why personal information is processed.
///
/// Purposes are an open set: the policy names some (``relationship``, ``support``…); any other
/// identifier (`marketing`, `research`) is an *other purpose*, which the Hero Platform policy
/// allows only with the person's additional consent for it.
public struct Purpose: OpenIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let kind = "purpose"

    /// Whether `rawValue` has the shape of a purpose or recipient identifier: ASCII letters and
    /// digits, starting with a letter, at most 64 characters.
    public static func isWellFormed(_ rawValue: String) -> Bool { Identifier.isWellFormed(rawValue) }

    public static let relationship = Purpose("relationship")
    public static let serviceAccess = Purpose("serviceAccess")
    public static let authentication = Purpose("authentication")
    public static let support = Purpose("support")
    public static let chatDelivery = Purpose("chatDelivery")
    public static let security = Purpose("security")
    public static let performance = Purpose("performance")
    public static let functionality = Purpose("functionality")
    public static let productDevelopment = Purpose("productDevelopment")
    public static let administration = Purpose("administration")
    public static let contentAdaptation = Purpose("contentAdaptation")
    public static let pushNotifications = Purpose("pushNotifications")
    public static let crashDiagnostics = Purpose("crashDiagnostics")
    public static let agreementEnforcement = Purpose("agreementEnforcement")
    public static let legalCompliance = Purpose("legalCompliance")
    public static let safety = Purpose("safety")
    public static let contractPerformance = Purpose("contractPerformance")
    public static let marketing = Purpose("marketing")

    /// The purposes the vocabulary names.
    public static let named: [Purpose] = [
        .relationship, .serviceAccess, .authentication, .support, .chatDelivery, .security,
        .performance, .functionality, .productDevelopment, .administration, .contentAdaptation,
        .pushNotifications, .crashDiagnostics, .agreementEnforcement, .legalCompliance, .safety,
        .contractPerformance,
    ]
}
