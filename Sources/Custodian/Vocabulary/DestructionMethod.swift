/// How personal information is, or is to be, destroyed.
public enum DestructionMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case irrecoverableDeletion, cryptographicErasure, softDelete, shredding, incineration, recycling

    /// The case's bit in an 8-bit mask: 1 shifted by its position in the declaration.
    @inlinable public var bit: UInt8 { 1 << unsafeBitCast(self, to: UInt8.self) }
}
