/// What a service is about to do with someone's personal information, and the facts around it.
///
/// ```swift
/// let request = Request(
///     .share, categories: ["contact.email"], purpose: .support, recipient: .serviceProvider,
///     legalBasis: .contract, context: Context(facts: [.init(.processorContract)]))
/// let decision = engine.decide(request)
/// ```
public struct Request: Sendable, Hashable {
    public var action: Action
    /// The person the information is about (never recorded in plain text).
    public var subject: SubjectID?
    /// The categories involved: leaves or whole groups. A request is allowed only if every
    /// category is.
    public var categories: [CategoryReference]
    public var purpose: Purpose
    public var recipient: Recipient
    /// The legal basis the caller relies on.
    public var legalBasis: LegalBasis?
    public var jurisdiction: Jurisdiction
    public var context: Context

    public init(
        _ action: Action,
        subject: SubjectID? = nil,
        categories: [CategoryReference],
        purpose: Purpose,
        recipient: Recipient = .controller,
        legalBasis: LegalBasis? = nil,
        jurisdiction: Jurisdiction = .none,
        context: Context = Context()
    ) {
        self.action = action
        self.subject = subject
        self.categories = categories
        self.purpose = purpose
        self.recipient = recipient
        self.legalBasis = legalBasis
        self.jurisdiction = jurisdiction
        self.context = context
    }
}
