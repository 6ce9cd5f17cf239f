public import Foundation

/// The identifier of one decision: a random UUID, unique across instances.
public struct DecisionID: Sendable, Hashable, CustomStringConvertible {
    public let uuid: UUID
    public init(_ uuid: UUID = UUID()) { self.uuid = uuid }
    public var description: String { uuid.uuidString.lowercased() }
}
