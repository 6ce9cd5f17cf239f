/// Why a policy could not be compiled.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The rule at fault, where there is one.
    public var rule: RuleID?
    /// The field at fault (`categories`, `actions`…).
    public var field: String?
    /// The value of a list field at fault (`contact.fax` in `categories`), where there is one.
    public var element: String?
    public var message: String

    public init(rule: RuleID? = nil, field: String? = nil, element: String? = nil, _ message: String) {
        self.rule = rule
        self.field = field
        self.element = element
        self.message = message
    }

    public var description: String {
        var where_ = ""
        if let rule { where_ += "rule '\(rule)'" }
        if let field { where_ += where_.isEmpty ? "field '\(field)'" : ", field '\(field)'" }
        return where_.isEmpty ? message : "\(where_): \(message)"
    }
}
