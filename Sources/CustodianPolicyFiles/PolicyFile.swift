public import Custodian
public import Foundation
import Yams

/// Reads policy documents written in YAML or JSON (one schema: JSON is read as the YAML subset
/// it is), strictly: an unknown key, a value of the wrong type, an unknown identifier, a document
/// nested too deeply or too large is an error that names the file, line, column and field.
///
/// ```swift
/// let policy = try PolicyFile.load(contentsOf: URL(fileURLWithPath: "my-policy.yaml"))
/// let engine = PolicyEngine(policy: try CompiledPolicy(policy))
/// ```
public enum PolicyFile {
    /// The largest document read, in bytes (8 MiB: a policy of 20,000 rules written in block
    /// style takes about 5 MiB).
    public static let maximumSize = 8 << 20
    /// The most nodes (mappings, lists and scalars, keys included) a document may have.
    public static let maximumNodes = 1_000_000
    /// The deepest nesting of mappings and lists accepted (the schema needs 5).
    public static let maximumDepth = 32

    /// Reads and decodes the policy at `url`.
    public static func load(contentsOf url: URL) throws -> Policy {
        try decode(read(url), file: url.path)
    }

    /// Reads, decodes and compiles the policy at `url`.
    public static func compile(contentsOf url: URL) throws -> CompiledPolicy {
        try compile(read(url), file: url.path)
    }

    /// Decodes a policy document.
    /// - Parameters:
    ///   - text: the document, YAML or JSON.
    ///   - file: the name errors give for the document.
    public static func decode(_ text: String, file: String) throws -> Policy {
        try decode(parsed: parse(text, file: file), file: file).policy
    }

    /// Decodes and compiles a policy document; compile errors are located in the document.
    public static func compile(_ text: String, file: String) throws -> CompiledPolicy {
        try compileDocument(text, file: file).policy
    }

    /// Parses the document once, and decodes and compiles it: the compiled policy and the node
    /// tree that locates its parts (what the linter needs).
    static func compileDocument(_ text: String, file: String) throws -> (policy: CompiledPolicy, root: Node) {
        let parsed = try parse(text, file: file)
        let (policy, imported) = try decode(parsed: parsed, file: file)
        do {
            return (try CompiledPolicy(policy), parsed.0)
        } catch let error as PolicyError where error.rule == nil && error.field?.hasPrefix("vocabulary") == true {
            // A vocabulary error names a path in the merged vocabulary (`vocabulary.categories[3].id`):
            // imported declarations come first, then the document's own.
            var field = error.field!
            var message = error.message
            if let imported, let (kind, position, rest) = VocabularyPath.listPosition(field) {
                let count = imported.count(of: kind)
                if position < count {
                    let mark = parsed.1.keyMark(for: [AnyCodingKey(stringValue: "imports")])
                    throw PolicyFileError(
                        file: file, line: mark?.line, column: mark?.column, field: "imports",
                        message: "in the imported vocabulary (\(kind) declaration \(position + 1) of \(count)): \(message)")
                }
                field = "vocabulary.\(kind)[\(position - count)]\(rest)"
            } else if imported != nil {
                message += " (counting the imported declarations)"
            }
            let mark = parsed.1.mark(for: VocabularyPath.keys(field))
            throw PolicyFileError(file: file, line: mark?.line, column: mark?.column, field: field, message: message)
        } catch let error as PolicyError where error.element != nil && error.rule != nil {
            // An identifier the vocabulary does not declare, named where it is listed.
            let position = policy.rules.firstIndex { $0.id == error.rule } ?? 0
            var path = "rules[\(position)].\(error.field ?? "")"
            let listed = VocabularyPath.keys(path)
            if case .sequence(let items)? = parsed.1.node(for: listed),
                let index = items.firstIndex(where: { $0.string == error.element })
            {
                path += "[\(index)]"
            }
            let mark = parsed.1.mark(for: VocabularyPath.keys(path))
            throw PolicyFileError(file: file, line: mark?.line, column: mark?.column, field: path, message: error.message)
        } catch let error as PolicyError {
            // A repeated identifier is reported where it is repeated, not where it first appears.
            let occurrence = error.field == "id" ? 1 : 0
            let location = DocumentIndex(root: parsed.0).location(of: error.rule, field: error.field, occurrence: occurrence)
            throw PolicyFileError(
                file: file, line: location?.line, column: location?.column,
                field: error.rule.map { "rule '\($0)'" + (error.field.map { ".\($0)" } ?? "") },
                message: error.message)
        }
    }

    /// Both readings of a document, for the differential test: the quick one (`nil` where it
    /// leaves the document to the exact one) and the exact `Codable` one.
    package static func readings(of text: String) throws -> (quick: Policy?, exact: Result<Policy, any Error>) {
        let parsed = try parse(text, file: "document")
        let (root, imports) = try VocabularyImports.split(parsed.0, file: "document")
        let imported = try VocabularyImports.vocabulary(importedBy: "document", imports)
        func withImports(_ policy: Policy) -> Policy { Self.policy(policy, following: imported) }
        let exact = Result<Policy, any Error> {
            do {
                return withImports(try YAMLDecoder().decode(Policy.self, from: root))
            } catch let error as DecodingError {
                throw Self.error(from: error, locator: parsed.1, file: "document")
            }
        }
        return (PolicyNodeReader.policy(from: root).map(withImports), exact)
    }

    /// The policy, its vocabulary following what it imports, and the imported vocabulary (`nil`
    /// when it imports nothing).
    private static func decode(parsed: (Node, SourceLocator), file: String) throws -> (policy: Policy, imported: Vocabulary?) {
        let (root, imports) = try VocabularyImports.split(parsed.0, file: file)
        let policy = try decode(root: root, locator: parsed.1, file: file)
        let imported = try VocabularyImports.vocabulary(importedBy: file, imports)
        return (Self.policy(policy, following: imported), imported)
    }

    /// `policy` with its vocabulary following the `imported` one (unchanged when nothing is
    /// imported): imported declarations first, then the document's own.
    private static func policy(_ policy: Policy, following imported: Vocabulary?) -> Policy {
        guard let imported else { return policy }
        var policy = policy
        policy.vocabulary = imported.followed(by: policy.vocabulary ?? .empty)
        return policy
    }

    private static func decode(root: Node, locator: SourceLocator, file: String) throws -> Policy {
        // The quick reading when it is sure; otherwise the exact one, which names the problem.
        if let policy = PolicyNodeReader.policy(from: root) { return policy }
        do {
            return try YAMLDecoder().decode(Policy.self, from: root)
        } catch let error as DecodingError {
            throw Self.error(from: error, locator: locator, file: file)
        }
    }

    // MARK: - Reading

    static func read(_ url: URL) throws -> String {
        // What the path is, before reading a byte: a directory, a device or a FIFO is refused by
        // name, and a file larger than the cap is never read into memory.
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            let reason = String(cString: strerror(errno))
            throw PolicyFileError(file: url.path, message: "cannot read the file (\(reason))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw PolicyFileError(file: url.path, message: "is a directory, not a policy file")
        default: throw PolicyFileError(file: url.path, message: "is not a regular file (a device, a FIFO or a socket)")
        }
        guard Int(status.st_size) <= maximumSize else {
            throw PolicyFileError(file: url.path, message: "the file has \(status.st_size) bytes; at most \(maximumSize) are read")
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            // At most one byte past the cap, in case the file grew since `stat`.
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw PolicyFileError(file: url.path, message: "cannot read the file (\(error.localizedDescription))")
        }
        guard data.count <= maximumSize else {
            throw PolicyFileError(file: url.path, message: "the file has \(data.count) bytes; at most \(maximumSize) are read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PolicyFileError(file: url.path, message: "the file is not UTF-8 text")
        }
        return text
    }

    /// Scalars are typed by the schema, not by YAML's implicit tags: the decoder reads `1` as a
    /// number where the schema wants one and as text where it wants text. Resolving every
    /// scalar's tag with regular expressions, as YAML's core schema does, was half the cost of
    /// reading a large policy.
    private static let resolver: Resolver = .basic

    /// Parses `text` into a node tree after checking its size and nesting.
    static func parse(_ text: String, file: String) throws -> (Node, SourceLocator) {
        guard text.utf8.count <= maximumSize else {
            throw PolicyFileError(file: file, message: "the document has \(text.utf8.count) bytes; at most \(maximumSize) are read")
        }
        try NestingCheck.check(text, file: file, limit: maximumDepth)
        try YAMLFeatureCheck.check(text, file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text, Self.resolver) else {
                throw PolicyFileError(file: file, line: 1, column: 1, message: "the document is empty")
            }
            root = node
        } catch let error as YamlError {
            throw Self.error(from: error, file: file, text: text)
        }
        try NestingCheck.check(root, file: file, limit: maximumDepth, maximumNodes: maximumNodes)
        return (root, SourceLocator(root: root))
    }

    // MARK: - Errors

    static func error(from error: YamlError, file: String, text: String) -> PolicyFileError {
        switch error {
        case .duplicatedKeysInMapping(let duplicates, let context):
            // The parser names the repeated keys in no stable order: report the one repeated
            // first in the text, where it is repeated.
            var best: (key: String, first: (line: Int, column: Int), second: (line: Int, column: Int))?
            for key in duplicates where key != "<uncovertable>" {
                let places = Self.keyOccurrences(of: key, in: text)
                guard places.count >= 2 else { continue }
                if best == nil || (places[1].line, places[1].column) < (best!.second.line, best!.second.column) {
                    best = (key, places[0], places[1])
                }
            }
            guard let best else {
                return PolicyFileError(
                    file: file, line: context.mark.line, column: context.mark.column,
                    message: "a key is repeated in one mapping")
            }
            return PolicyFileError(
                file: file, line: best.second.line, column: best.second.column,
                message: "the key '\(best.key.prefix(100))' is repeated in one mapping (first at line \(best.first.line)): \(Self.line(best.second.line, of: text).prefix(200))")
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return PolicyFileError(
                file: file, line: mark.line, column: mark.column, message: "not valid YAML or JSON: \(detail)\(problem)")
        case .reader(let problem, _, _, _):
            return PolicyFileError(file: file, message: "cannot read the document: \(problem)")
        default:
            return PolicyFileError(file: file, message: "not valid YAML or JSON: \(error)")
        }
    }

    static func error(from error: DecodingError, locator: SourceLocator, file: String) -> PolicyFileError {
        switch error {
        case .keyNotFound(let key, let context):
            let mark = locator.mark(for: context.codingPath)
            return PolicyFileError(
                file: file, line: mark?.line, column: mark?.column,
                field: SourceLocator.describe(context.codingPath + [key]),
                message: "the required key '\(key.stringValue)' is missing")
        case .typeMismatch(let type, let context):
            let mark = locator.mark(for: context.codingPath)
            return PolicyFileError(
                file: file, line: mark?.line, column: mark?.column, field: SourceLocator.describe(context.codingPath),
                message: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            let mark = locator.mark(for: context.codingPath)
            return PolicyFileError(
                file: file, line: mark?.line, column: mark?.column, field: SourceLocator.describe(context.codingPath),
                message: "expected \(Self.describe(type)), found nothing")
        case .dataCorrupted(let context):
            let unknownKey = context.debugDescription.hasPrefix("unknown key")
            let mark = unknownKey ? locator.keyMark(for: context.codingPath) : locator.mark(for: context.codingPath)
            return PolicyFileError(
                file: file, line: mark?.line, column: mark?.column, field: SourceLocator.describe(context.codingPath),
                message: Self.plain(context.debugDescription))
        @unknown default:
            return PolicyFileError(file: file, message: "\(error)")
        }
    }

    /// Where `key` stands as a mapping key in the text, in order: `key:`, `"key":` or `'key':`
    /// after the start of a line (indentation and `- ` aside), a `{` or a `,`.
    static func keyOccurrences(of key: String, in text: String) -> [(line: Int, column: Int)] {
        var places: [(line: Int, column: Int)] = []
        let candidates = [key + ":", "\"\(key)\":", "'\(key)':"]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(line)
            for candidate in candidates {
                var searchStart = line.startIndex
                while let range = line.range(of: candidate, range: searchStart..<line.endIndex) {
                    let column = line.distance(from: line.startIndex, to: range.lowerBound)
                    // What precedes it, white space aside, must open a key.
                    var i = column - 1
                    while i >= 0 && (characters[i] == " " || characters[i] == "\t") { i -= 1 }
                    let opensKey = i < 0 || characters[i] == "{" || characters[i] == "," || characters[i] == "-"
                        || characters[i] == "?"
                    let end = range.upperBound
                    let closesKey = end == line.endIndex || line[end] == " " || line[end] == "\t" || candidate.hasPrefix("\"")
                        || candidate.hasPrefix("'") || line[end] == "\r"
                    if opensKey && closesKey { places.append((number + 1, column + 1)) }
                    searchStart = range.upperBound
                }
            }
        }
        return places.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// The text of line `number` (1-based), trimmed.
    static func line(_ number: Int, of text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard number >= 1, number <= lines.count else { return "" }
        return lines[number - 1].trimmingCharacters(in: .whitespaces)
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is Bool.Type: "true or false"
        default:
            ["Array", "Sequence"].contains { String(describing: type).hasPrefix($0) }
                ? "a list" : "a mapping"
        }
    }

    /// Yams words some errors for Swift developers; say them for policy authors.
    private static func plain(_ text: String) -> String {
        if let range = text.range(of: "Cannot initialize "), text.contains("from invalid String value") {
            let rest = text[range.upperBound...]
            let typeName = rest.prefix { $0 != " " }
            let value = rest.components(separatedBy: "from invalid String value ").last ?? ""
            return "'\(value)' is not a known \(Self.vocabularyName(String(typeName)))"
        }
        return text
    }

    private static func vocabularyName(_ typeName: String) -> String {
        switch typeName {
        case "Action": "action (collect, use, share, disclose, retain, destroy)"
        case "Fact": "fact"
        case "Obligation": "obligation"
        case "LegalBasis": "legal basis"
        case "Medium": "medium (electronic, paper)"
        case "DestructionMethod": "destruction method"
        case "Effect": "effect (permit, forbid, obligate)"
        default: typeName
        }
    }
}
