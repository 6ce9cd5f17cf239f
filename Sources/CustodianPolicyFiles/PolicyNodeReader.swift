import Custodian
import Foundation
import Yams

/// Reads a policy straight from the YAML node tree, without `Codable`: what makes a policy of
/// tens of thousands of rules quick to load and lint. It reads only what it is sure of, and
/// returns `nil` at the first thing it is not — an unknown or missing key, a value of another
/// type, an explicit tag, a number that is not plain digits, an identifier out of the
/// vocabulary — so that the `Codable` reading, which is exact and names every problem with its
/// location, decides the document. A differential test holds the two to the same policy.
enum PolicyNodeReader {
    /// The policy in `root`, or `nil` to leave the document to the `Codable` reading.
    static func policy(from root: Node) -> Policy? {
        guard let fields = fields(root, allowed: policyKeys) else { return nil }
        guard let schema = fields["schema"].flatMap(string), schema == Policy.currentSchema,
            let id = fields["id"].flatMap(string), let title = fields["title"].flatMap(string),
            let controllerNode = fields["controller"], let controller = controller(controllerNode),
            let recipientNodes = fields["recipients"].flatMap(sequence),
            let purposeNodes = fields["purposes"].flatMap(sequence),
            let ruleNodes = fields["rules"].flatMap(sequence)
        else { return nil }
        var revision: Int?
        if let node = fields["revision"] {
            guard let value = number(node) else { return nil }
            revision = value
        }
        var effective: String?
        if let node = fields["effective"] {
            guard let value = string(node) else { return nil }
            effective = value
        }
        var source: String?
        if let node = fields["source"] {
            guard let value = string(node) else { return nil }
            source = value
        }
        var recipients: [Policy.Declaration<Recipient>] = []
        recipients.reserveCapacity(recipientNodes.count)
        for node in recipientNodes {
            guard let declaration = declaration(node, Recipient.self) else { return nil }
            recipients.append(declaration)
        }
        var purposes: [Policy.Declaration<Purpose>] = []
        purposes.reserveCapacity(purposeNodes.count)
        for node in purposeNodes {
            guard let declaration = declaration(node, Purpose.self) else { return nil }
            purposes.append(declaration)
        }
        var vocabulary: Vocabulary?
        if let node = fields["vocabulary"] {
            // Small beside the rules: read by the exact decoder (nil leaves its error to it).
            guard let value = try? YAMLDecoder().decode(Vocabulary.self, from: node) else { return nil }
            vocabulary = value
        }
        guard let rules = rules(ruleNodes) else { return nil }
        return Policy(
            id: id, title: title, revision: revision, effective: effective, source: source, controller: controller,
            recipients: recipients, purposes: purposes, rules: rules, vocabulary: vocabulary)
    }

    // MARK: - Parts

    /// The rules, read on two cores when there are thousands of them.
    private static func rules(_ nodes: [Node]) -> [Policy.Rule]? {
        guard nodes.count >= 2_000 else { return rules(nodes[...]) }
        let halves = Halves(nodes: nodes)
        DispatchQueue.concurrentPerform(iterations: 2) { half in halves.read(half) }
        guard let first = halves.first, let second = halves.second else { return nil }
        return first + second
    }

    private static func rules(_ nodes: ArraySlice<Node>) -> [Policy.Rule]? {
        var rules: [Policy.Rule] = []
        rules.reserveCapacity(nodes.count)
        for node in nodes {
            guard let rule = rule(node) else { return nil }
            rules.append(rule)
        }
        return rules
    }

    /// Two halves of the rule nodes read on two threads, each writing only its own property
    /// (read after both threads have finished).
    private final class Halves: @unchecked Sendable {
        let nodes: [Node]
        var first: [Policy.Rule]?
        var second: [Policy.Rule]?

        init(nodes: [Node]) { self.nodes = nodes }

        func read(_ half: Int) {
            let middle = nodes.count / 2
            if half == 0 {
                first = PolicyNodeReader.rules(nodes[..<middle])
            } else {
                second = PolicyNodeReader.rules(nodes[middle...])
            }
        }
    }

    private static let policyKeys: [String] = [
        "schema", "id", "title", "revision", "effective", "source", "controller", "recipients", "purposes", "rules",
        "vocabulary",
    ]
    private static let controllerKeys = ["id", "name", "clause"]
    private static let declarationKeys = ["id", "description", "clause"]
    private static let ruleKeys: [String] = [
        "id", "effect", "clause", "quote", "note", "actions", "recipients", "purposes", "categories", "legalBases",
        "when", "obligations",
    ]
    private static let conditionKeys = ["all", "any", "none", "medium", "destructionMethod"]

    private static func controller(_ node: Node) -> Policy.Controller? {
        guard let fields = fields(node, allowed: controllerKeys), let id = fields["id"].flatMap(string),
            let name = fields["name"].flatMap(string), let clause = fields["clause"].flatMap(string)
        else { return nil }
        return Policy.Controller(id: id, name: name, clause: clause)
    }

    private static func declaration<ID: OpenIdentifier>(_ node: Node, _: ID.Type) -> Policy.Declaration<ID>? {
        guard let fields = fields(node, allowed: declarationKeys), let id = fields["id"].flatMap(string),
            Identifier.isWellFormed(id), let description = fields["description"].flatMap(string),
            let clause = fields["clause"].flatMap(string)
        else { return nil }
        return Policy.Declaration(ID(rawValue: id), description, clause: clause)
    }

    private static func rule(_ node: Node) -> Policy.Rule? {
        guard let fields = fields(node, allowed: ruleKeys), let id = fields["id"].flatMap(string),
            RuleID.isWellFormed(id), let effect = fields["effect"].flatMap(string).flatMap(Policy.Rule.Effect.init),
            let clause = fields["clause"].flatMap(string),
            let actions = fields["actions"].flatMap({ list($0, Action.init) }),
            let recipients = fields["recipients"].flatMap({ selection($0, Recipient.self) }),
            let purposes = fields["purposes"].flatMap({ selection($0, Purpose.self) }),
            let categories = fields["categories"].flatMap(categoryScope)
        else { return nil }
        var quote: String?
        if let node = fields["quote"] {
            guard let value = string(node) else { return nil }
            quote = value
        }
        var note: String?
        if let node = fields["note"] {
            guard let value = string(node) else { return nil }
            note = value
        }
        var legalBases: [LegalBasis]?
        if let node = fields["legalBases"] {
            guard let value = list(node, LegalBasis.init) else { return nil }
            legalBases = value
        }
        var when = Condition.always
        if let node = fields["when"] {
            guard let value = condition(node) else { return nil }
            when = value
        }
        var obligations: [Obligation] = []
        if let node = fields["obligations"] {
            guard let value = list(node, Obligation.init) else { return nil }
            obligations = value
        }
        return Policy.Rule(
            RuleID(id), effect: effect, clause: clause, quote: quote, note: note, actions: actions,
            recipients: recipients, purposes: purposes, categories: categories, legalBases: legalBases, when: when,
            obligations: obligations)
    }

    private static func condition(_ node: Node) -> Condition? {
        guard let fields = fields(node, allowed: conditionKeys) else { return nil }
        var condition = Condition()
        if let node = fields["all"] {
            guard let facts = list(node, Fact.init) else { return nil }
            condition.all = facts
        }
        if let node = fields["any"] {
            guard let facts = list(node, Fact.init) else { return nil }
            condition.any = facts
        }
        if let node = fields["none"] {
            guard let facts = list(node, Fact.init) else { return nil }
            condition.none = facts
        }
        if let node = fields["medium"] {
            guard let media = list(node, Medium.init) else { return nil }
            condition.medium = media
        }
        if let node = fields["destructionMethod"] {
            guard let methods = list(node, DestructionMethod.init) else { return nil }
            condition.destructionMethod = methods
        }
        return condition
    }

    private static func selection<ID: OpenIdentifier>(_ node: Node, _: ID.Type) -> Selection<ID>? {
        if let word = string(node) { return word == "any" ? .any : nil }
        return list(node) { Identifier.isWellFormed($0) ? ID(rawValue: $0) : nil }.map(Selection.only)
    }

    private static func categoryScope(_ node: Node) -> CategoryScope? {
        if let word = string(node) {
            switch word {
            case "any": return .any
            case "usableForPurpose": return .usableForPurpose
            default: return nil
            }
        }
        return list(node, CategoryReference.init(identifier:)).map(CategoryScope.only)
    }

    // MARK: - Nodes

    /// A mapping's values by key, when every key is a plain string in `allowed`: a lookup by
    /// comparing a few short names, without hashing or a dictionary per mapping.
    private static func fields(_ node: Node, allowed: [String]) -> Fields? {
        guard case .mapping(let mapping) = node, untagged(mapping.tag, or: .map) else { return nil }
        var values = [Node?](repeating: nil, count: allowed.count)
        for (key, value) in mapping {
            guard let name = string(key), let position = allowed.firstIndex(of: name) else { return nil }
            values[position] = value
        }
        return Fields(keys: allowed, values: values)
    }

    /// The values of one mapping, by the names the schema allows there.
    private struct Fields {
        let keys: [String]
        let values: [Node?]

        subscript(name: String) -> Node? {
            guard let position = keys.firstIndex(of: name) else { return nil }
            return values[position]
        }
    }

    private static func sequence(_ node: Node) -> [Node]? {
        guard case .sequence(let sequence) = node, untagged(sequence.tag, or: .seq) else { return nil }
        return Array(sequence)
    }

    /// A scalar's text, when nothing but the schema types it (no explicit tag).
    private static func string(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, untagged(scalar.tag, or: .str) else { return nil }
        return scalar.string
    }

    /// Whether a node carries no tag of its own (implicit or `!`), or the one its kind resolves to
    /// (under the basic resolver, every untagged scalar is a string).
    private static func untagged(_ tag: Tag, or kind: Tag.Name) -> Bool {
        let name = tag.rawValue
        return name == Tag.Name.implicit.rawValue || name == Tag.Name.nonSpecific.rawValue || name == kind.rawValue
    }

    /// A whole number written as plain digits (no sign, no leading zero, at most 18 digits).
    private static func number(_ node: Node) -> Int? {
        guard let text = string(node), !text.isEmpty, text.utf8.count <= 18,
            text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text == "0" || text.utf8.first != 0x30
        else { return nil }
        return Int(text)
    }

    private static func list<T>(_ node: Node, _ make: (String) -> T?) -> [T]? {
        guard let elements = sequence(node) else { return nil }
        var values: [T] = []
        values.reserveCapacity(elements.count)
        for element in elements {
            guard let text = string(element), let value = make(text) else { return nil }
            values.append(value)
        }
        return values
    }
}
