import Yams

/// Rejects YAML anchors (`&name`) and aliases (`*name`) in the text, before a YAML parser
/// expands them: a policy never needs them, and a few hundred bytes of nested aliases expand to
/// billions of nodes (the "billion laughs"). A scan of the characters, linear in the text, that
/// knows where a YAML node may begin: at the start of a line, after `- `, `? `, `: `, `[`, `{`, a
/// flow `,` or a tag — outside quoted strings, comments and block scalars (`|`, `>`).
///
/// A line that continues an unquoted text over several lines and starts with `*` or `&` is
/// reported too (a YAML parser would read it as text); quoting the text avoids that.
enum AnchorCheck {
    static func check(_ text: String, file: String) throws {
        var scanner = Scanner()
        var line = 1
        var column = 0
        var iterator = text.utf8.makeIterator()
        var current = iterator.next()
        while let byte = current {
            let next = iterator.next()
            column += 1
            if let problem = scanner.consume(byte, next: next) {
                throw PolicyFileError(file: file, line: line, column: column, message: problem)
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 0
            }
            current = next
        }
    }

    /// The state of the scan.
    private struct Scanner {
        enum Mode {
            case normal, doubleQuoted, singleQuoted, comment, tag
            /// Inside a block scalar whose content is indented more than `parentIndent`.
            case blockScalarHeader(parentIndent: Int)
            case blockScalar(parentIndent: Int)
        }

        var mode = Mode.normal
        /// A node may begin here (white space aside).
        var expectsNode = true
        var atLineStart = true
        var indentation = 0
        var flowDepth = 0
        var previous: UInt8 = UInt8(ascii: "\n")
        var escaped = false
        var skipNextQuote = false

        static func isBlank(_ byte: UInt8?) -> Bool {
            byte == nil || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
                || byte == UInt8(ascii: "\r")
        }

        /// Consumes one byte; returns a problem when it begins an anchor or an alias.
        mutating func consume(_ byte: UInt8, next: UInt8?) -> String? {
            defer { previous = byte }
            let newline = byte == UInt8(ascii: "\n")
            switch mode {
            case .comment:
                if newline { startLine() }
                return nil
            case .doubleQuoted:
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    mode = .normal
                    expectsNode = false
                }
                return nil
            case .singleQuoted:
                if skipNextQuote {
                    skipNextQuote = false
                } else if byte == UInt8(ascii: "'") {
                    if next == UInt8(ascii: "'") {
                        skipNextQuote = true  // '' is a quote inside the string
                    } else {
                        mode = .normal
                        expectsNode = false
                    }
                }
                return nil
            case .tag:
                if Self.isBlank(byte) {
                    mode = .normal  // node properties: the node itself follows
                    if newline { startLine() }
                }
                return nil
            case .blockScalarHeader(let parentIndent):
                if newline {
                    mode = .blockScalar(parentIndent: parentIndent)
                    atLineStart = true
                    indentation = 0
                }
                return nil
            case .blockScalar(let parentIndent):
                if newline {
                    atLineStart = true
                    indentation = 0
                    return nil
                }
                guard atLineStart else { return nil }
                if byte == UInt8(ascii: " ") {
                    indentation += 1
                    return nil
                }
                if byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t") { return nil }
                atLineStart = false
                if indentation > parentIndent { return nil }  // still content
                // The block scalar ended: this line is read normally, from this byte.
                mode = .normal
                expectsNode = true
                let saved = indentation
                atLineStart = true
                indentation = saved
                return consume(byte, next: next)
            case .normal:
                break
            }

            if newline {
                startLine()
                return nil
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indentation += 1
                    return nil
                }
                atLineStart = false
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                return nil
            case UInt8(ascii: "#") where Self.isBlank(previous):
                mode = .comment
            case UInt8(ascii: "\"") where expectsNode:
                mode = .doubleQuoted
            case UInt8(ascii: "'") where expectsNode:
                mode = .singleQuoted
            case UInt8(ascii: "&") where expectsNode:
                return "anchors (&name) are not allowed in a policy document"
            case UInt8(ascii: "*") where expectsNode:
                return "aliases (*name) are not allowed in a policy document"
            case UInt8(ascii: "!") where expectsNode:
                mode = .tag
            case UInt8(ascii: "|") where expectsNode && flowDepth == 0, UInt8(ascii: ">") where expectsNode && flowDepth == 0:
                mode = .blockScalarHeader(parentIndent: indentation)
            case UInt8(ascii: "-") where expectsNode && Self.isBlank(next),
                UInt8(ascii: "?") where expectsNode && Self.isBlank(next):
                expectsNode = true
            case UInt8(ascii: ":") where Self.isBlank(next) || (flowDepth > 0 && [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(next)):
                expectsNode = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if expectsNode { flowDepth += 1 } else { expectsNode = false }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 { flowDepth -= 1 }
                expectsNode = false
            case UInt8(ascii: ",") where flowDepth > 0:
                expectsNode = true
            default:
                expectsNode = false
            }
            return nil
        }

        private mutating func startLine() {
            mode = .normal
            atLineStart = true
            indentation = 0
            expectsNode = true
        }
    }
}
