import ArgumentParser
import Custodian
import CustodianPolicyFiles
import Foundation

/// `custodian packs`: the built-in jurisdiction rule packs, their articles and what each leaves
/// unmodelled.
struct PacksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packs",
        abstract: "List the jurisdiction rule packs: the law, the articles each rule cites, what is not modelled.",
        discussion: """
            The packs apply to requests that name a jurisdiction (EU, KR, JP, ID, US) in \
            `decide` and `explain`. Print one as a document with `custodian packs --show KR`; \
            lint them with `custodian lint --packs`.
            """)

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(name: .long, help: "Print this jurisdiction's pack document (YAML) instead of the list.")
    var show: Jurisdiction?

    func run() throws {
        if let show {
            let documents = try BuiltInPolicy.rulePackDocuments()
            guard let pack = zip(BuiltInPolicy.rulePacks, documents).first(where: { $1.pack?.jurisdiction == show })?.0 else {
                Output.error("custodian packs: no rule pack for '\(show.rawValue)'")
                throw ExitCode(1)
            }
            Output.print(pack.text, terminator: "")
            return
        }
        var entries: [Entry] = []
        for builtIn in BuiltInPolicy.rulePacks {
            let compiled = try builtIn.compiled()
            let document = compiled.policy
            guard let pack = document.pack else { continue }
            var articles: [String] = []
            for rule in document.rules where !articles.contains(rule.clause) { articles.append(rule.clause) }
            entries.append(
                Entry(
                    jurisdiction: pack.jurisdiction.rawValue, name: "custodian:pack/\(pack.jurisdiction.rawValue)",
                    title: document.title, law: pack.law, version: compiled.version.rawValue,
                    rules: document.rules.map { RuleEntry(id: $0.id.rawValue, effect: $0.effect.rawValue, clause: $0.clause) },
                    articles: articles, unmodelled: pack.unmodelled))
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Output.print(String(decoding: try encoder.encode(entries), as: UTF8.self))
        case .text:
            var lines: [String] = []
            for entry in entries {
                lines.append("\(entry.jurisdiction)  \(entry.title)  (\(entry.name), \(entry.rules.count) rules)")
                lines.append("    law: \(entry.law)")
                lines.append("    articles: \(entry.articles.joined(separator: "; "))")
                lines.append("    not modelled:")
                for item in entry.unmodelled { lines.append("      - \(item)") }
                lines.append("")
            }
            Output.print(lines.joined(separator: "\n"), terminator: "")
        }
    }

    private struct Entry: Encodable {
        var jurisdiction, name, title, law, version: String
        var rules: [RuleEntry]
        var articles, unmodelled: [String]
    }

    private struct RuleEntry: Encodable {
        var id, effect, clause: String
    }
}

/// The output formats of the listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

extension Jurisdiction: ExpressibleByArgument {}
extension LegalEvent: ExpressibleByArgument {}
