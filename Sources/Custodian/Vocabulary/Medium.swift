/// How personal information is stored, which decides how it must be destroyed.
public enum Medium: String, Sendable, Hashable, CaseIterable, Codable {
    case electronic, paper
}
