/// Who receives personal information.
///
/// An open set: the policy names some recipients (``specialist``, ``serviceProvider``…); any
/// other identifier (`advertiser`) is a recipient the policy does not name, which no rule of the
/// Hero Platform policy permits.
public struct Recipient: OpenIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public static let kind = "recipient"

    /// Need Inc. itself: collection, internal use, retention and destruction.
    public static let controller = Recipient("controller")
    /// The person the information is about.
    public static let user = Recipient("user")
    public static let otherUser = Recipient("otherUser")
    public static let healthcareProvider = Recipient("healthcareProvider")
    public static let specialist = Recipient("specialist")
    public static let serviceProvider = Recipient("serviceProvider")
    public static let patient = Recipient("patient")
    public static let lawEnforcement = Recipient("lawEnforcement")
    public static let court = Recipient("court")
    public static let governmentAgency = Recipient("governmentAgency")
    public static let emergencyServices = Recipient("emergencyServices")
    /// A successor or affiliate in a business transfer.
    public static let successor = Recipient("successor")

    /// The recipients the vocabulary names.
    public static let named: [Recipient] = [
        .controller, .user, .otherUser, .healthcareProvider, .specialist, .serviceProvider,
        .patient, .lawEnforcement, .court, .governmentAgency, .emergencyServices, .successor,
    ]
}
