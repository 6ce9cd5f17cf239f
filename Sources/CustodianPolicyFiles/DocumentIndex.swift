import Custodian
import Yams

/// Where the parts of a parsed policy document are: each rule by identifier, each declaration,
/// and the fields inside them.
struct DocumentIndex {
    let root: Node
    /// Each rule's mappings by identifier, in document order (more than one when an identifier
    /// is repeated), built once so that a lookup costs O(1).
    private let rules: [String: [Node]]
    /// Each declaration by section (`purposes`, `recipients`) and identifier.
    private let declarations: [String: [String: Node]]

    init(root: Node) {
        self.root = root
        var rules: [String: [Node]] = [:]
        var declarations: [String: [String: Node]] = [:]
        if case .mapping(let mapping) = root {
            for (key, value) in mapping {
                guard case .sequence(let elements) = value, let section = key.string else { continue }
                for element in elements {
                    guard case .mapping(let fields) = element,
                        let id = fields.first(where: { $0.key.string == "id" })?.value.string
                    else { continue }
                    if section == "rules" {
                        rules[id, default: []].append(element)
                    } else if declarations[section]?[id] == nil {
                        declarations[section, default: [:]][id] = element
                    }
                }
            }
        }
        self.rules = rules
        self.declarations = declarations
    }

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

    /// The rule's mapping in the document (its `occurrence`-th, from 0, when the identifier is
    /// repeated).
    func ruleNode(_ id: RuleID, occurrence: Int = 0) -> Node? {
        guard let nodes = rules[id.rawValue], !nodes.isEmpty else { return nil }
        return nodes[min(occurrence, nodes.count - 1)]
    }

    /// Where a rule, or one of its fields, is; for a repeated identifier, where the given
    /// occurrence is.
    func location(of rule: RuleID?, field: String? = nil, occurrence: Int = 0) -> Location? {
        guard let rule else { return location(root) }
        let node = ruleNode(rule, occurrence: occurrence)
        if let field, let fieldNode = keyNode(node, field) { return location(fieldNode) }
        return location(value(node, "id") ?? node)
    }

    /// Where the declaration of a purpose or recipient is (`section` is `purposes` or
    /// `recipients`).
    func location(ofDeclaration id: String, in section: String) -> Location? {
        guard case .sequence? = value(root, section) else { return location(root) }
        let node = declarations[section]?[id]
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

    /// Where the `position`-th declaration of a vocabulary list (`categories`, `facts`,
    /// `obligations`) names its identifier.
    func location(ofVocabulary kind: String, at position: Int) -> Location? {
        guard case .sequence(let items)? = value(value(root, "vocabulary"), kind), items.indices.contains(position) else {
            return location(value(root, "vocabulary") ?? root)
        }
        return location(value(items[position], "id") ?? items[position])
    }
}
