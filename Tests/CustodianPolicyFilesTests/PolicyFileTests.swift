import Custodian
import CustodianPolicyFiles
import Foundation
import Testing

@Suite("Reading policy files")
struct PolicyFileTests {
    static let hero = BuiltInPolicy.heroPlatform.text

    /// The Hero document with its `line`-th line (1-based) replaced.
    static func replacingLine(_ line: Int, with text: String) -> String {
        var lines = hero.components(separatedBy: "\n")
        lines[line - 1] = text
        return lines.joined(separator: "\n")
    }

    /// The 1-based line of the first occurrence of `text` in the Hero document.
    static func line(of text: String) -> Int {
        hero.components(separatedBy: "\n").firstIndex { $0.contains(text) }! + 1
    }

    static func error(decoding text: String) -> PolicyFileError? {
        do {
            _ = try PolicyFile.compile(text, file: "test.yaml")
            return nil
        } catch {
            return error as? PolicyFileError
        }
    }

    @Test("The built-in policy decodes, compiles and has a rule for every clause")
    func builtIn() throws {
        let policy = try BuiltInPolicy.heroPlatform.compiled()
        #expect(policy.rules.count >= 30)
        #expect(policy.rules.allSatisfy { !$0.clause.isEmpty && $0.quote?.isEmpty == false })
    }

    @Test("JSON and YAML are one schema: the same policy in JSON has the same version")
    func jsonEquivalent() throws {
        let policy = try BuiltInPolicy.heroPlatform.policy()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let json = String(decoding: try encoder.encode(policy), as: UTF8.self)
        let fromJSON = try PolicyFile.compile(json, file: "hero.json")
        #expect(fromJSON.version == (try BuiltInPolicy.heroPlatform.compiled()).version)
        #expect(fromJSON.policy == policy)
    }

    @Test("Bad YAML is reported with its line and column")
    func badYAML() throws {
        let line = Self.line(of: "actions: [collect, use]")
        let error = try #require(Self.error(decoding: Self.replacingLine(line, with: "    actions: [collect, use")))
        #expect(error.line != nil && error.line! >= line)
        #expect(error.column != nil)
        #expect(error.message.contains("not valid YAML"))
        #expect(error.file == "test.yaml")
    }

    @Test("An unknown key is named, with the line and column of the key")
    func unknownKey() throws {
        let line = Self.line(of: "effect: permit")
        let error = try #require(Self.error(decoding: Self.replacingLine(line, with: "    efect: permit")))
        #expect(error.message.contains("efect"))
        #expect(error.line == line)
        #expect(error.column == 5)
        #expect(error.field?.hasPrefix("rules[0]") == true)
    }

    @Test("A value of the wrong type is reported where it is")
    func wrongType() throws {
        let line = Self.line(of: "actions: [collect, use]")
        let error = try #require(Self.error(decoding: Self.replacingLine(line, with: "    actions: {collect: 1}")))
        #expect(error.line == line)
        #expect(error.field == "rules[0].actions")
        #expect(error.message.contains("expected a list"))
    }

    @Test("An unknown category, action, fact or obligation is named where it is")
    func unknownIdentifiers() throws {
        let categories = Self.line(of: "categories: [identity, contact, affiliation]")
        var error = try #require(
            Self.error(decoding: Self.replacingLine(categories, with: "    categories: [identity, contact.fax]")))
        #expect(error.message.contains("contact.fax"))
        #expect(error.line == categories)
        #expect(error.field == "rules[0].categories[1]")

        let actions = Self.line(of: "actions: [collect, use]")
        error = try #require(Self.error(decoding: Self.replacingLine(actions, with: "    actions: [collect, sell]")))
        #expect(error.message.contains("sell"))
        #expect(error.line == actions)

        let fact = Self.line(of: "all: [purposeConsented]")
        error = try #require(Self.error(decoding: Self.replacingLine(fact, with: "      all: [purposeConsentd]")))
        #expect(error.message.contains("purposeConsentd"))
        #expect(error.line == fact)

        let obligations = Self.line(of: "obligations: [protectSecret]")
        error = try #require(Self.error(decoding: Self.replacingLine(obligations, with: "    obligations: [beNice]")))
        #expect(error.message.contains("beNice"))
        #expect(error.line == obligations)
    }

    @Test("A missing required key is named")
    func missingKey() throws {
        let line = Self.line(of: "clause: \"Collection and Use › Credentials\"")
        let error = try #require(Self.error(decoding: Self.replacingLine(line, with: "")))
        #expect(error.field?.hasSuffix("clause") == true)
        #expect(error.message.contains("missing"))
        #expect(error.line != nil)
    }

    @Test("Huge and negative numbers are rejected, not wrapped or rounded", arguments: [
        "99999999999999999999999", "1e400", "-3", "1.5",
    ])
    func hugeNumbers(_ value: String) throws {
        let line = Self.line(of: "revision: 1")
        let error = try #require(Self.error(decoding: Self.replacingLine(line, with: "revision: \(value)")))
        #expect(error.line == line)
        #expect(error.field == "revision")
    }

    @Test("Deep nesting is rejected with a location, before it can exhaust the stack", arguments: [64, 100_000])
    func deepNesting(_ depth: Int) throws {
        let text = "schema: custodian.policy/1\nrules: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let error = try #require(Self.error(decoding: text))
        #expect(error.message.contains("nested"))
        #expect(error.line == 2)
    }

    @Test("Deep block nesting (- - - …) is rejected too")
    func deepBlockNesting() throws {
        let text = "rules:\n" + String(repeating: "- ", count: 50_000) + "x\n"
        let error = try #require(Self.error(decoding: text))
        #expect(error.message.contains("nested"))
    }

    @Test("Anchors and aliases are rejected where they are, not read as unknown keys")
    func aliases() throws {
        let text = Self.hero.replacingOccurrences(of: "title: Hero Platform Privacy Policy", with: "title: &t Hero\nsource2: *t")
        let error = try #require(Self.error(decoding: text))
        #expect(error.message.contains("anchors (&name) are not allowed"))
        #expect(error.line == Self.line(of: "title: Hero Platform Privacy Policy"))
        #expect(error.column == 8)
    }

    @Test("An empty document, a wrong schema and a duplicate rule are clear errors")
    func otherErrors() throws {
        #expect(Self.error(decoding: "")?.message.contains("empty") == true)
        let schema = try #require(Self.error(decoding: Self.hero.replacingOccurrences(of: "custodian.policy/1", with: "custodian.policy/9")))
        #expect(schema.message.contains("custodian.policy/9"))
        let duplicate = Self.hero.replacingOccurrences(of: "id: collect.credentials", with: "id: collect.chat")
        let error = try #require(Self.error(decoding: duplicate))
        #expect(error.message.contains("more than one rule"))
        // Pointed at the repetition (the original collect.chat, now the second rule of that
        // identifier), not at its first use.
        #expect(error.line == Self.line(of: "id: collect.chat"))
        #expect(error.line != Self.line(of: "id: collect.credentials"))
    }

    @Test("A file that does not exist or is not UTF-8 is a clear error")
    func files() throws {
        #expect(throws: PolicyFileError.self) {
            try PolicyFile.load(contentsOf: URL(fileURLWithPath: "/nonexistent/policy.yaml"))
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-bad-\(UUID()).yaml")
        try Data([0xFF, 0xFE, 0x00, 0x41]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: PolicyFileError.self) { try PolicyFile.load(contentsOf: url) }
    }
}
