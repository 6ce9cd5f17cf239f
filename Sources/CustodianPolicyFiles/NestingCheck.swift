import Yams

/// Rejects documents nested too deeply before and after parsing, so that a hostile document
/// cannot exhaust the stack of the recursive composer or decoder.
enum NestingCheck {
    /// A cheap scan of the text: flow brackets outside quotes, and `- - -` chains and indentation
    /// of block collections.
    static func check(_ text: String, file: String, limit: Int) throws {
        var depth = 0
        var line = 1
        var column = 0
        var quote: UInt8?
        var atLineStart = true
        var indentation = 0
        var dashes = 0
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in text.utf8 {
            defer { previous = byte }
            column += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
                atLineStart = true
                indentation = 0
                dashes = 0
                if quote == UInt8(ascii: "\n") { quote = nil }  // a comment ends with its line
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indentation += 1
                    continue
                }
                if byte == UInt8(ascii: "-") {
                    dashes += 1
                    if indentation / 2 + dashes > limit * 4 {
                        throw PolicyFileError(
                            file: file, line: line, column: column,
                            message: "the document is nested more than \(limit) levels deep")
                    }
                    continue
                }
                atLineStart = false
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit {
                    throw PolicyFileError(
                        file: file, line: line, column: column,
                        message: "the document is nested more than \(limit) levels deep")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            case UInt8(ascii: "#") where previous == UInt8(ascii: " "):
                quote = UInt8(ascii: "\n")  // a comment runs to the end of the line
            default: break
            }
        }
    }

    /// An exact check of the parsed tree (iterative, so it cannot overflow itself): its depth,
    /// its number of nodes, and no anchors or aliases (which ``YAMLFeatureCheck`` already refused in
    /// the text; this catches whatever a scan of the text could miss, at the anchor, before any
    /// alias of it is walked).
    static func check(_ root: Node, file: String, limit: Int, maximumNodes: Int) throws {
        var count = 0
        try visit(root, depth: 1, limit: limit, count: &count, maximumNodes: maximumNodes, file: file)
    }

    /// Recursive, but never deeper than `limit` + 1 calls: a node past the limit is an error
    /// before its children are visited.
    private static func visit(
        _ node: Node, depth: Int, limit: Int, count: inout Int, maximumNodes: Int, file: String
    ) throws {
        count += 1
        if count > maximumNodes {
            throw PolicyFileError(
                file: file, line: node.mark?.line, column: node.mark?.column,
                message: "the document has more than \(maximumNodes) nodes")
        }
        if depth > limit {
            throw PolicyFileError(
                file: file, line: node.mark?.line, column: node.mark?.column,
                message: "the document is nested more than \(limit) levels deep")
        }
        switch node {
        case .scalar(let scalar):
            if let anchor = scalar.anchor { throw anchorError(anchor, node, file) }
        case .mapping(let mapping):
            if let anchor = mapping.anchor { throw anchorError(anchor, node, file) }
            for (key, value) in mapping {
                try visit(key, depth: depth + 1, limit: limit, count: &count, maximumNodes: maximumNodes, file: file)
                try visit(value, depth: depth + 1, limit: limit, count: &count, maximumNodes: maximumNodes, file: file)
            }
        case .sequence(let sequence):
            if let anchor = sequence.anchor { throw anchorError(anchor, node, file) }
            for element in sequence {
                try visit(element, depth: depth + 1, limit: limit, count: &count, maximumNodes: maximumNodes, file: file)
            }
        case .alias:
            throw PolicyFileError(
                file: file, line: node.mark?.line, column: node.mark?.column,
                message: "aliases (*name) are not allowed in a policy document")
        }
    }

    private static func anchorError(_ anchor: Anchor, _ node: Node, _ file: String) -> PolicyFileError {
        PolicyFileError(
            file: file, line: node.mark?.line, column: node.mark?.column,
            message: "anchors (&\(anchor.rawValue)) are not allowed in a policy document")
    }
}
