import Yams

/// Finds where in a policy document a coding path points, so that errors name a line and
/// column.
struct SourceLocator {
    let root: Node

    /// The mark of the deepest node along `path` (the whole document's start when the path is
    /// empty or leads nowhere).
    func mark(for path: [any CodingKey]) -> Mark? {
        var node = root
        var best = root.mark
        for key in path {
            guard let next = child(of: node, key) else { break }
            node = next.value
            best = next.mark ?? best
        }
        return best
    }

    /// The node `path` leads to, if it leads anywhere.
    func node(for path: [any CodingKey]) -> Node? {
        var node = root
        for key in path {
            guard let next = child(of: node, key) else { return nil }
            node = next.value
        }
        return node
    }

    private func child(of node: Node, _ key: any CodingKey) -> (value: Node, mark: Mark?)? {
        switch node {
        case .mapping(let mapping):
            for (k, v) in mapping where k.string == key.stringValue {
                // An unknown key is best pointed at by the key itself.
                return (v, v.mark ?? k.mark)
            }
            return nil
        case .sequence(let sequence):
            guard let index = key.intValue ?? Self.index(in: key.stringValue), sequence.indices.contains(index)
            else { return nil }
            let element = sequence[index]
            return (element, element.mark)
        default:
            return nil
        }
    }

    /// The key node (not its value) for an unknown key, so that the column points at the name.
    func keyMark(for path: [any CodingKey]) -> Mark? {
        guard let last = path.last else { return root.mark }
        var node = root
        for key in path.dropLast() {
            guard let next = child(of: node, key) else { return mark(for: path) }
            node = next.value
        }
        if case .mapping(let mapping) = node {
            for (k, _) in mapping where k.string == last.stringValue { return k.mark }
        }
        return mark(for: path)
    }

    private static func index(in text: String) -> Int? {
        guard text.hasPrefix("Index ") else { return nil }
        return Int(text.dropFirst("Index ".count))
    }

    /// A readable field path: `rules[3].when.all[0]`.
    static func describe(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue ?? index(in: key.stringValue) {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }
}
