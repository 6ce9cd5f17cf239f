import Custodian
import Foundation
import Yams

/// A document's `imports:`: vocabulary files whose declarations come before its own, so that
/// several policies (and the jurisdiction packs) speak one vocabulary.
///
/// ```yaml
/// imports: [vocabulary/health.custodian.yaml]   # relative to the importing file
/// ```
///
/// An imported file is a vocabulary document (`schema: custodian.vocabulary/1`, `vocabulary:`,
/// and its own `imports:`). A file reached twice is read once; a file that imports itself,
/// directly or through others, is an error naming the cycle.
enum VocabularyImports {
    /// The schema of a vocabulary document.
    static let schema = "custodian.vocabulary/1"
    /// The most files one document may import, directly and through others.
    static let maximumFiles = 64

    /// `root` without its `imports` key, and the paths it lists with their places.
    static func split(_ root: Node, file: String) throws -> (root: Node, imports: [(path: String, mark: Mark?)]) {
        guard case .mapping(let mapping) = root else { return (root, []) }
        var kept: [(Node, Node)] = []
        var imports: [(path: String, mark: Mark?)] = []
        for (key, value) in mapping {
            guard key.string == "imports" else {
                kept.append((key, value))
                continue
            }
            guard case .sequence(let paths) = value else {
                throw PolicyFileError(
                    file: file, line: value.mark?.line, column: value.mark?.column, field: "imports",
                    message: "expected a list of vocabulary files")
            }
            for (index, path) in paths.enumerated() {
                guard let text = path.string, !text.isEmpty else {
                    throw PolicyFileError(
                        file: file, line: path.mark?.line, column: path.mark?.column, field: "imports[\(index)]",
                        message: "expected the path of a vocabulary file")
                }
                imports.append((text, path.mark))
            }
        }
        return (.mapping(Node.Mapping(kept, mapping.tag, mapping.style, mapping.mark)), imports)
    }

    /// The vocabulary the imports of `file` declare, in order (`nil` when it imports nothing).
    static func vocabulary(
        importedBy file: String, _ imports: [(path: String, mark: Mark?)]
    ) throws -> Vocabulary? {
        guard !imports.isEmpty else { return nil }
        var state = State()
        return try vocabulary(importedBy: file, imports, chain: [canonical(file)], state: &state)
    }

    private struct State {
        var read = Set<String>()
        /// The bytes of every file imported so far, bounded by ``PolicyFile/maximumSize`` in all.
        var bytes = 0
    }

    private static func vocabulary(
        importedBy file: String, _ imports: [(path: String, mark: Mark?)], chain: [String], state: inout State
    ) throws -> Vocabulary {
        var merged = Vocabulary.empty
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        for (path, mark) in imports {
            let builtIn = BuiltInVocabulary.named(path)
            if path.hasPrefix(BuiltInVocabulary.importPrefix) && builtIn == nil {
                throw PolicyFileError(
                    file: file, line: mark?.line, column: mark?.column, field: "imports",
                    message: "no built-in vocabulary '\(path)' (there is: \(BuiltInVocabulary.all.map { BuiltInVocabulary.importPrefix + $0.name }.joined(separator: ", ")))")
            }
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
            let target = builtIn.map { BuiltInVocabulary.importPrefix + $0.name } ?? canonical(url.path)
            if let start = chain.firstIndex(of: target) {
                let cycle = (chain[start...] + [target]).map { $0.hasPrefix(BuiltInVocabulary.importPrefix) ? $0 : URL(fileURLWithPath: $0).lastPathComponent }
                throw PolicyFileError(
                    file: file, line: mark?.line, column: mark?.column, field: "imports",
                    message: "import cycle: " + cycle.joined(separator: " → "))
            }
            guard state.read.insert(target).inserted else { continue }
            guard state.read.count <= maximumFiles else {
                throw PolicyFileError(
                    file: file, line: mark?.line, column: mark?.column, field: "imports",
                    message: "more than \(maximumFiles) vocabulary files are imported")
            }
            let text: String
            let name = builtIn.map { $0.name + ".vocabulary.yaml" } ?? url.path
            do {
                text = try builtIn?.text ?? PolicyFile.read(url)
            } catch let error as PolicyFileError {
                throw PolicyFileError(
                    file: file, line: mark?.line, column: mark?.column, field: "imports",
                    message: "cannot import '\(path)': \(error.message)")
            }
            state.bytes += text.utf8.count
            guard state.bytes <= PolicyFile.maximumSize else {
                throw PolicyFileError(
                    file: file, line: mark?.line, column: mark?.column, field: "imports",
                    message: "the imported vocabularies exceed \(PolicyFile.maximumSize) bytes in all")
            }
            let (root, locator) = try PolicyFile.parse(text, file: name)
            let (document, nested) = try split(root, file: name)
            let own: Vocabulary
            do {
                own = try YAMLDecoder().decode(VocabularyDocument.self, from: document).vocabulary
            } catch let error as DecodingError {
                throw PolicyFile.error(from: error, locator: locator, file: name)
            }
            let inner = try vocabulary(importedBy: name, nested, chain: chain + [target], state: &state)
            merged = merged.followed(by: inner.followed(by: own))
        }
        return merged
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// A file that declares only a vocabulary, for policies to import.
struct VocabularyDocument: Decodable {
    var vocabulary: Vocabulary

    enum CodingKeys: String, CodingKey, CaseIterable { case schema, vocabulary }

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try container.decode(String.self, forKey: .schema)
        guard schema == VocabularyImports.schema else {
            throw DecodingError.dataCorruptedError(
                forKey: .schema, in: container,
                debugDescription: "unsupported schema '\(schema)' (a vocabulary file has '\(VocabularyImports.schema)')")
        }
        vocabulary = try container.decode(Vocabulary.self, forKey: .vocabulary)
    }
}

/// A field path such as `vocabulary.categories[3].id` as coding keys, to locate it.
enum VocabularyPath {
    /// The list, position and remainder of `vocabulary.<list>[<position>]<rest>`.
    static func listPosition(_ path: String) -> (kind: String, position: Int, rest: Substring)? {
        guard path.hasPrefix("vocabulary."), let open = path.firstIndex(of: "["),
            let close = path[open...].firstIndex(of: "]"),
            let position = Int(path[path.index(after: open)..<close])
        else { return nil }
        let kind = String(path[path.index(path.startIndex, offsetBy: "vocabulary.".count)..<open])
        return (kind, position, path[path.index(after: close)...])
    }

    static func keys(_ path: String) -> [any CodingKey] {
        var keys: [any CodingKey] = []
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]"),
                let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)])
            {
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            keys.append(AnyCodingKey(stringValue: String(name)))
            keys += indices.map { AnyCodingKey(stringValue: "Index \($0)") }
        }
        return keys
    }
}
