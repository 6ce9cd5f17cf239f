/// How personal information is stored, which decides how it must be destroyed.
public enum Medium: String, Sendable, Hashable, CaseIterable, Codable {
    case electronic, paper

    /// The case's bit in an 8-bit mask: 1 shifted by its position in the declaration.
    @inlinable public var bit: UInt8 { 1 << unsafeBitCast(self, to: UInt8.self) }
}
