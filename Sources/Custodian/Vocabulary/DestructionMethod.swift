/// How personal information is, or is to be, destroyed.
public enum DestructionMethod: String, Sendable, Hashable, CaseIterable, Codable {
    case irrecoverableDeletion, cryptographicErasure, softDelete, shredding, incineration, recycling
}
