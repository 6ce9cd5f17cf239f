/// Why a policy file could not be read: what is wrong and where (file, line, column, field).
public struct PolicyFileError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; `nil` when the problem has no single place (an empty file).
    public var line: Int?
    public var column: Int?
    /// The path of the field at fault (`rules[3].categories[1]`).
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `file:line:column: field: message`, the form editors and compilers use.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        text += ": "
        if let field, !field.isEmpty { text += "\(field): " }
        return text + message
    }
}
