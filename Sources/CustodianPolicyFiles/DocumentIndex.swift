import Custodian
import Yams

/// Where the parts of a parsed policy document are: each rule by identifier, each declaration,
/// and the fields inside them.
struct DocumentIndex {
    let root: Node

    /// A line and column in the document.
    struct Location: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    private func value(_ node: Node?, _ key: String) -> Node? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }

    /// The key node of `key` in a mapping, so that a location points at the field's name.
    private func keyNode(_ node: Node?, _ key: String) -> Node? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping.first { $0.key.string == key }?.key
    }

    private func location(_ node: Node?) -> Location? {
        node?.mark.map { Location(line: $0.line, column: $0.column) }
    }

    /// The rule's mapping in the document.
    func ruleNode(_ id: RuleID) -> Node? {
        guard case .sequence(let rules)? = value(root, "rules") else { return nil }
        return rules.first { value($0, "id")?.string == id.rawValue }
    }

    /// Where a rule, or one of its fields, is.
    func location(of rule: RuleID?, field: String? = nil) -> Location? {
        guard let rule else { return location(root) }
        let node = ruleNode(rule)
        if let field, let fieldNode = keyNode(node, field) { return location(fieldNode) }
        return location(value(node, "id") ?? node)
    }

    /// Where the declaration of a purpose or recipient is (`section` is `purposes` or
    /// `recipients`).
    func location(ofDeclaration id: String, in section: String) -> Location? {
        guard case .sequence(let declarations)? = value(root, section) else { return location(root) }
        let node = declarations.first { value($0, "id")?.string == id }
        return location(value(node, "id") ?? value(root, section))
    }

    /// Where a top-level section is.
    func location(ofSection section: String) -> Location? {
        location(value(root, section) ?? root)
    }

    /// Where an element listed in a rule's field is (`purposes`, `marketting`).
    func location(of rule: RuleID, field: String, element: String) -> Location? {
        if case .sequence(let elements)? = value(ruleNode(rule), field),
            let node = elements.first(where: { $0.string == element })
        {
            return location(node)
        }
        return location(of: rule, field: field)
    }
}
