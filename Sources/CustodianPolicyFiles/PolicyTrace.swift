public import Custodian
import Foundation
import Yams

/// The trace from a policy's published text to its rules: every heading and sentence of the
/// text, in order and verbatim, with the rules that encode it — or why no rule does — and where
/// the other published languages say something different or more.
///
/// ```swift
/// let trace = try PolicyTrace.heroPlatform()
/// print(trace.markdown(for: try BuiltInPolicy.heroPlatform.policy()))
/// let problems = trace.problems(against: policy, sourceText: englishText)   // [] when complete
/// ```
public struct PolicyTrace: Sendable, Hashable, Decodable {
    /// One heading or sentence of the text.
    public struct Entry: Sendable, Hashable, Decodable {
        /// Whether the text is a heading or a sentence.
        public enum Kind: String, Sendable, Hashable, Decodable {
            /// A title, a section heading or an entry of the table of contents.
            case heading
            /// A sentence, a list item or a definition of the text.
            case sentence
        }

        /// The section it belongs to, as rules cite clauses (`Collection and Use › Credentials`).
        public var section: String
        /// The text, verbatim.
        public var text: String
        /// Whether it is a heading or a sentence.
        public var kind: Kind
        /// The rules that encode it; empty when ``noRule`` says why none does.
        public var rules: [RuleID]
        /// Why no rule encodes it (a definition, an organisational safeguard, the notice of changes).
        public var noRule: String?
        /// What the other published texts say differently or more, by language code (`ko`, `ja`, `id`).
        public var languages: [String: String]

        enum CodingKeys: String, CodingKey {
            case section, text, kind, rules, noRule, languages
        }

        /// Reads an entry of a `custodian.trace/1` document.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            section = try container.decode(String.self, forKey: .section)
            text = try container.decode(String.self, forKey: .text)
            kind = try container.decode(Kind.self, forKey: .kind)
            rules = try container.decodeIfPresent([RuleID].self, forKey: .rules) ?? []
            noRule = try container.decodeIfPresent(String.self, forKey: .noRule)
            languages = try container.decodeIfPresent([String: String].self, forKey: .languages) ?? [:]
        }
    }

    /// The document's schema, `custodian.trace/1`.
    public var schema: String
    /// The identifier of the policy it traces.
    public var policy: String
    /// The text it traces, relative to the reference material (`policy-text/…en.txt`).
    public var source: String
    /// Every heading and sentence of the text, in order.
    public var entries: [Entry]

    /// The trace of the built-in Hero Platform policy.
    public static func heroPlatform() throws -> PolicyTrace {
        try YAMLDecoder().decode(PolicyTrace.self, from: BuiltInPolicy.heroPlatformTraceText)
    }

    /// What keeps the trace from being complete and true, as sentences (empty when it is):
    /// an entry with both or neither of rules and a reason; a rule named that the policy does not
    /// have; a rule of the policy no entry names; a rule whose quote is not verbatim in the text;
    /// and, given the text, any part of it that no entry holds, in order.
    /// - Parameter sourceText: the published text the trace follows (white space is collapsed
    ///   before comparing).
    public func problems(against policy: Policy, sourceText: String? = nil) -> [String] {
        var problems: [String] = []
        let ids = Set(policy.rules.map(\.id))
        var cited = Set<RuleID>()
        for (number, entry) in entries.enumerated() {
            if entry.rules.isEmpty == (entry.noRule == nil) {
                problems.append("entry \(number + 1) ('\(entry.text.prefix(40))…') needs either rules or noRule, not \(entry.rules.isEmpty ? "neither" : "both")")
            }
            for rule in entry.rules where !ids.contains(rule) {
                problems.append("entry \(number + 1) names the rule '\(rule)', which the policy does not have")
            }
            cited.formUnion(entry.rules)
        }
        for rule in policy.rules where !cited.contains(rule.id) {
            problems.append("the rule '\(rule.id)' is traced to no sentence")
        }
        guard let sourceText else { return problems }
        let text = Self.collapsed(sourceText)
        for rule in policy.rules {
            guard let quote = rule.quote else {
                problems.append("the rule '\(rule.id)' quotes no sentence")
                continue
            }
            let stripped = Self.collapsed(quote.replacingOccurrences(of: "…", with: "...")).trimmingPrefix("... ")
            if !text.contains(stripped) {
                problems.append("the quote of rule '\(rule.id)' is not verbatim in the text: \(quote.prefix(60))…")
            }
        }
        let joined = Self.collapsed(entries.map(\.text).joined(separator: " "))
        if joined != text {
            let common = zip(joined, text).prefix { $0 == $1 }.count
            let context = text.dropFirst(max(0, common - 20)).prefix(80)
            problems.append("the entries do not hold the text in order; they part from it at character \(common): “\(context)”")
        }
        return problems
    }

    /// The trace as a Markdown document: per section, a table of each sentence and the rules
    /// that encode it or why none does, with the other languages' differences.
    public func markdown(for policy: Policy) -> String {
        let clauses = Dictionary(policy.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var out = "# \(policy.title): from the text to the rules\n\n"
        out += "Generated by `custodian trace` from the trace of `\(policy.id)` (`\(source)`): every heading and "
        out += "sentence of the English text, in order, with the rules that encode it or why no rule does, and what the "
        out += "Korean (ko), Japanese (ja) and Indonesian (id) texts say differently or more. "
        let covered = entries.filter { !$0.rules.isEmpty }.count
        out += "\(entries.count) entries: \(covered) encoded by rules, \(entries.count - covered) need none; "
        out += "\(policy.rules.count) rules, each traced to the sentence it quotes.\n"
        var section: String?
        for entry in entries {
            if entry.section != section {
                section = entry.section
                out += "\n## \(Self.cell(entry.section))\n\n| text | rules, or why none | other languages |\n|---|---|---|\n"
            }
            let text = entry.kind == .heading ? "**\(Self.cell(entry.text))**" : Self.cell(entry.text)
            let rules =
                entry.rules.isEmpty
                ? "no rule: \(Self.cell(entry.noRule ?? ""))"
                : entry.rules.map { id in
                    "`\(id)`" + (clauses[id].map { " (\($0.effect.rawValue))" } ?? "")
                }.joined(separator: ", ")
            let languages = entry.languages.keys.sorted().map { "\($0): \(Self.cell(entry.languages[$0]!))" }.joined(separator: "<br>")
            out += "| \(text) | \(rules) | \(languages) |\n"
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// `text` with every run of white space one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
