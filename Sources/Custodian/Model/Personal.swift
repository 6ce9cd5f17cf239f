/// A personal-information value that never shows itself by accident: its description, debug
/// description and reflection are redacted, so it cannot leak into logs, errors or decision
/// records through string interpolation or `dump`. Read it explicitly with ``revealed``.
public struct Personal<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value itself. Reading it is a deliberate act.
    public var revealed: Value

    public init(_ value: Value) { revealed = value }
}

extension Personal: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
    ExpressibleByExtendedGraphemeClusterLiteral
where Value == String {
    public init(stringLiteral value: String) { revealed = value }
}

extension Personal: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String { "‹redacted›" }
    public var debugDescription: String { "‹redacted›" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
