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
    /// The largest document read, in bytes.
    public static let maximumSize = 4 << 20
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
        let (root, locator) = try parse(text, file: file)
        do {
            return try YAMLDecoder().decode(Policy.self, from: root)
        } catch let error as DecodingError {
            throw Self.error(from: error, locator: locator, file: file)
        }
    }

    /// Decodes and compiles a policy document; compile errors are located in the document.
    public static func compile(_ text: String, file: String) throws -> CompiledPolicy {
        let policy = try decode(text, file: file)
        do {
            return try CompiledPolicy(policy)
        } catch let error as PolicyError {
            let (root, _) = try parse(text, file: file)
            let location = DocumentIndex(root: root).location(of: error.rule, field: error.field)
            throw PolicyFileError(
                file: file, line: location?.line, column: location?.column,
                field: error.rule.map { "rule '\($0)'" + (error.field.map { ".\($0)" } ?? "") },
                message: error.message)
        }
    }

    // MARK: - Reading

    static func read(_ url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
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

    /// Parses `text` into a node tree after checking its size and nesting.
    static func parse(_ text: String, file: String) throws -> (Node, SourceLocator) {
        guard text.utf8.count <= maximumSize else {
            throw PolicyFileError(file: file, message: "the document has \(text.utf8.count) bytes; at most \(maximumSize) are read")
        }
        try NestingCheck.check(text, file: file, limit: maximumDepth)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw PolicyFileError(file: file, line: 1, column: 1, message: "the document is empty")
            }
            root = node
        } catch let error as YamlError {
            throw Self.error(from: error, file: file)
        }
        try NestingCheck.check(root, file: file, limit: maximumDepth)
        return (root, SourceLocator(root: root))
    }

    // MARK: - Errors

    static func error(from error: YamlError, file: String) -> PolicyFileError {
        switch error {
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
