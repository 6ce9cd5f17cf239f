import Foundation

/// Why a request could not be read: the input line, the field and what is wrong.
public struct WireError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line of the input (JSON Lines), when known.
    public var line: Int?
    /// The 1-based column (in bytes) where the problem is, when known.
    public var column: Int?
    /// The field at fault (`context.userNotifed`, `categories[1]`).
    public var field: String?
    public var message: String

    public init(line: Int?, field: String?, message: String, column: Int? = nil) {
        self.line = line
        self.field = field
        self.message = message
        self.column = column
    }

    init(line: Int?, _ error: DecodingError) {
        self.line = line
        column = nil
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce(into: "") { text, key in
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            field = path(context.codingPath + [key])
            message = "the required field is missing"
        case .typeMismatch(let type, let context):
            field = path(context.codingPath)
            message = "expected \(Self.describe(type))"
        case .valueNotFound(let type, let context):
            field = path(context.codingPath)
            message = "expected \(Self.describe(type)), found null"
        case .dataCorrupted(let context):
            field = context.codingPath.isEmpty ? nil : path(context.codingPath)
            message = Self.plain(context)
        @unknown default:
            field = nil
            message = "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }

    /// Foundation words errors for Swift developers; say them for the person who wrote the input.
    private static func plain(_ context: DecodingError.Context) -> String {
        let text = context.debugDescription
        if text.contains("Cannot initialize"), let value = text.components(separatedBy: "from invalid String value ").last {
            let kind = context.codingPath.last.map { key in
                key.intValue == nil ? key.stringValue : (context.codingPath.dropLast().last?.stringValue ?? "value")
            } ?? "value"
            return "unknown \(kind) '\(value)'"
        }
        if text.contains("not valid JSON") || text.contains("The given data was not valid JSON") {
            let underlying = (context.underlyingError.map { "\($0)" } ?? "")
            return "not valid JSON" + (underlying.isEmpty ? "" : ": \(underlying)")
        }
        return text
    }

    public var description: String {
        var text = ""
        if let line { text += column.map { "line \(line), column \($0): " } ?? "line \(line): " }
        if let field { text += "\(field): " }
        return text + message
    }
}
