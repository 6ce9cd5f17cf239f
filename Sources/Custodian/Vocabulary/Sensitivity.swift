/// How carefully a category of personal information must be handled.
public enum Sensitivity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Ordinary personal information.
    case personal
    /// A unique identifier: the policy's safeguards encrypt "uniquely identifiable information".
    case uniqueIdentifier
    /// The content of the person's communications.
    case confidential
    /// A secret used for authentication: never shown, logged or shared.
    case secret

    public static func < (lhs: Sensitivity, rhs: Sensitivity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
