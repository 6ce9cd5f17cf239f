import Yams

/// Rejects, in the text and before a YAML parser sees it, the YAML features a policy never needs
/// and an attacker can use: anchors (`&name`) and aliases (`*name`) — a few hundred bytes of nested
/// aliases expand to billions of nodes (the "billion laughs") — and keys that are not plain
/// names (`? key` and lists or mappings used as keys), whose comparison by the parser is costly
/// and whose errors cannot be located reliably. A scan of the characters, linear in the text, that
/// knows where a YAML node may begin: at the start of a line, after `- `, `? `, `: `, `[`, `{`, a
/// flow `,` or a tag — outside quoted strings, comments and block scalars (`|`, `>`).
///
/// A line that continues an unquoted text over several lines and starts with `*` or `&` is
/// reported too (a YAML parser would read it as text); quoting the text avoids that.
enum YAMLFeatureCheck {
    static func check(_ text: String, file: String) throws {
        var scanner = Scanner()
        var line = 1
        var column = 0
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            var byte = bytes[i]
            var width = 1
            // Every YAML line break is one: LF, CR LF, a lone CR, NEL (U+0085), LS and PS
            // (U+2028, U+2029), so that no line can hide from the scan.
            if byte == 0x0D {
                if i + 1 < bytes.count && bytes[i + 1] == 0x0A {
                    width = 2
                }
                byte = 0x0A
            } else if byte == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0x85 {
                byte = 0x0A
                width = 2
            } else if byte == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9) {
                byte = 0x0A
                width = 3
            }
            let next: UInt8? = i + width < bytes.count ? bytes[i + width] : nil
            column += 1
            if let problem = scanner.consume(byte, next: next == 0x0D ? 0x0A : next) {
                throw PolicyFileError(file: file, line: line, column: column, message: problem)
            }
            if byte == 0x0A {
                line += 1
                column = 0
            }
            i += width
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
        /// A list or mapping has just closed (white space aside): a `:` now makes it a key.
        var closedCollection = false
        /// A quoted string has just closed: a `:` right after it is an indicator (`"a":1`).
        var closedQuote = false

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
                    closedQuote = true
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
                        closedQuote = true
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
            let afterQuote = closedQuote
            if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r") {
                closedQuote = false
                if closedCollection {
                    closedCollection = false
                    if byte == UInt8(ascii: ":") {
                        return "a list or mapping used as a key is not allowed in a policy document (keys are plain names)"
                    }
                }
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
            case UInt8(ascii: "?") where expectsNode && (Self.isBlank(next) || flowDepth > 0 && next == UInt8(ascii: ",")):
                return "explicit keys ('? key') are not allowed in a policy document (keys are plain names)"
            case UInt8(ascii: "-") where expectsNode && Self.isBlank(next):
                expectsNode = true
            case UInt8(ascii: ":")
            where afterQuote || Self.isBlank(next)
                || (flowDepth > 0 && [UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(next)):
                expectsNode = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                if expectsNode { flowDepth += 1 } else { expectsNode = false }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if flowDepth > 0 { flowDepth -= 1 }
                expectsNode = false
                closedCollection = true
            case UInt8(ascii: ",") where flowDepth > 0:
                expectsNode = true
            default:
                expectsNode = false
            }
            return nil
        }

        private mutating func startLine() {
            mode = .normal
            closedCollection = false
            closedQuote = false
            atLineStart = true
            indentation = 0
            expectsNode = true
        }
    }
}
