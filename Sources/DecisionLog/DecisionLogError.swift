/// Why the decision log could not do what was asked. Carries no personal information.
public struct DecisionLogError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Kind: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }
        /// The store could not be reached (database down, connection lost).
        public static let unavailable = Kind("unavailable")
        /// The store ran out of space.
        public static let diskFull = Kind("diskFull")
        /// Reading or writing the store failed.
        public static let ioError = Kind("ioError")
        /// What the store holds is not a valid log.
        public static let corrupt = Kind("corrupt")
        /// A key or checkpoint could not be used.
        public static let invalidKey = Kind("invalidKey")
        public static let invalidCheckpoint = Kind("invalidCheckpoint")
        /// No record has the identifier asked for.
        public static let notFound = Kind("notFound")
        public var description: String { name }
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { "\(kind): \(message)" }
}
