/// A category of personal information the policy names, as a Swift type that carries what the
/// policy says about it: its purposes, legal bases, retention rule, sensitivity and source.
///
/// Code holding a value can ask what it may be used for (``declaredPurposes``), and can only
/// build a request for a purpose the type declares (``Purposes``) unless it says explicitly that
/// it relies on additional consent or on one of the purposes open to any information:
///
/// ```swift
/// let contact = ContactInformation(email: "ada@example.org")
/// let request = contact.request(.use, for: .support, legalBasis: .contract)
/// // contact.request(.use, for: .marketing)  // does not compile: not a declared purpose
/// let decision = engine.decide(request)
/// ```
public protocol PersonalInformation: Sendable {
    /// The purposes the policy states for this category.
    associatedtype Purposes: DeclaredPurpose

    /// What the policy says about the category as a whole.
    static var descriptor: CategoryDescriptor { get }

    /// The categories of the fields this value actually holds.
    var presentCategories: CategorySet { get }
}

/// The purposes a ``PersonalInformation`` type declares, as an enumeration, so that the compiler
/// rejects a purpose the type does not declare.
public protocol DeclaredPurpose: RawRepresentable<String>, CaseIterable, Sendable, Hashable {}

extension DeclaredPurpose {
    /// The purpose identifier.
    public var purpose: Purpose { Purpose(rawValue) }
}

/// Purposes for which the policy lets *any* personal information be used (not collected):
/// "to enforce our agreements, terms and policies, to comply with legal obligations, and for
/// safety or security purposes", and to perform a contract with the person.
public enum GeneralPurpose: String, DeclaredPurpose {
    case agreementEnforcement, legalCompliance, safety, security, contractPerformance
}

extension PersonalInformation {
    /// The purposes the type declares.
    public static var declaredPurposes: [Purpose] { Purposes.allCases.map(\.purpose) }

    /// The purposes this value may be used for, as its type declares them.
    public var declaredPurposes: [Purpose] { Self.declaredPurposes }

    /// The fields of the category and what the policy says about each.
    public static var fields: [FieldDescriptor] { descriptor.fields }

    /// A request to act on the fields this value holds, for a purpose its type declares.
    public func request(
        _ action: Action, for purpose: Purposes, recipient: Recipient = .controller, legalBasis: LegalBasis? = nil,
        subject: SubjectID? = nil, context: Context = Context()
    ) -> Request {
        Request(
            action, subject: subject, categories: presentCategories.categories.map(CategoryReference.leaf),
            purpose: purpose.purpose, recipient: recipient,
            legalBasis: legalBasis ?? Self.descriptor.legalBases.first, context: context)
    }

    /// A request to use the fields this value holds for a purpose open to any information.
    public func request(
        using purpose: GeneralPurpose, legalBasis: LegalBasis, subject: SubjectID? = nil, context: Context = Context()
    ) -> Request {
        Request(
            .use, subject: subject, categories: presentCategories.categories.map(CategoryReference.leaf),
            purpose: purpose.purpose, legalBasis: legalBasis, context: context)
    }

    /// A request for a purpose the type does not declare, relying on the person's additional
    /// consent to it. The engine allows it only if `context.consentedPurposes` holds `purpose`.
    public func request(
        _ action: Action, withAdditionalConsentFor purpose: Purpose, subject: SubjectID? = nil,
        context: Context = Context()
    ) -> Request {
        Request(
            action, subject: subject, categories: presentCategories.categories.map(CategoryReference.leaf),
            purpose: purpose, legalBasis: .consent, context: context)
    }
}
