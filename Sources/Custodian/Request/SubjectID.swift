/// The identifier of the person a request is about, as the calling service knows them.
///
/// It is itself personal information: Custodian never writes it in plain text to a decision,
/// an error or a log (the decision log stores a keyed hash of it), and its description is
/// redacted.
public struct SubjectID: Sendable, Hashable {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

extension SubjectID: CustomStringConvertible, CustomDebugStringConvertible {
    public var description: String { "SubjectID(redacted)" }
    public var debugDescription: String { description }
}
