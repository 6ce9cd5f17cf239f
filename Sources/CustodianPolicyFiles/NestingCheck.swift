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
        var stack: [(Node, Int)] = [(root, 1)]
        var count = 0
        while let (node, depth) = stack.popLast() {
            count += 1
            if count > maximumNodes {
                throw PolicyFileError(
                    file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "the document has more than \(maximumNodes) nodes")
            }
            if let anchor = node.anchor {
                throw PolicyFileError(
                    file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "anchors (&\(anchor.rawValue)) are not allowed in a policy document")
            }
            if depth > limit {
                throw PolicyFileError(
                    file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "the document is nested more than \(limit) levels deep")
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append((key, depth + 1))
                    stack.append((value, depth + 1))
                }
            case .sequence(let sequence):
                for element in sequence { stack.append((element, depth + 1)) }
            case .alias:
                throw PolicyFileError(
                    file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "aliases (*name) are not allowed in a policy document")
            case .scalar:
                break
            }
        }
    }
}
