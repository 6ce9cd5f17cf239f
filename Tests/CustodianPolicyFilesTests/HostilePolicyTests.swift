import Custodian
import CustodianPolicyFiles
import Foundation
import Testing

/// Policy documents written to hurt: alias bombs, aliases inside valid fields, repeated keys in
/// large documents, oversized documents. Each is rejected with a location, in bounded time.
@Suite("Hostile policy documents")
struct HostilePolicyTests {
    static let hero = BuiltInPolicy.heroPlatform.text

    static func error(_ text: String) -> PolicyFileError? {
        do {
            _ = try PolicyFile.compile(text, file: "hostile.yaml")
            return nil
        } catch {
            return error as? PolicyFileError
        }
    }

    /// Nine levels of nine aliases each: 9^9 (387 million) nodes once expanded, in 400 bytes.
    static let aliasBomb: String = {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        var previous = "a"
        for level in 1...9 {
            let name = "x\(level)"
            lines.append("\(name): &\(name) [\(Array(repeating: "*\(previous)", count: 9).joined(separator: ","))]")
            previous = name
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test("An alias bomb is rejected at its first anchor, before anything is expanded")
    func aliasBomb() throws {
        let start = ContinuousClock.now
        let error = try #require(Self.error(Self.aliasBomb))
        let elapsed = ContinuousClock.now - start
        #expect(error.message.contains("anchors (&name) are not allowed"))
        #expect(error.line == 1 && error.column == 4)
        // Bounded, not exponential: the unguarded reader took minutes (226 s of CPU).
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        // The linter and the JSON form say the same.
        let findings = PolicyLinter().lint(Self.aliasBomb, file: "bomb.yaml")
        #expect(findings.count == 1 && findings[0].check == .invalidDocument && findings[0].line == 1)
    }

    @Test("An alias used as a key is rejected before a parser could hash its expansion")
    func aliasKey() throws {
        let text = "a: &a [1, 2]\n? *a\n: value\n"
        let error = try #require(Self.error(text))
        #expect(error.line == 1)
        let alone = try #require(Self.error("x: 1\n*undefined : value\n"))
        #expect(alone.message.contains("aliases (*name) are not allowed") && alone.line == 2 && alone.column == 1)
    }

    @Test("An alias inside a valid field is rejected, not expanded", arguments: [
        ("    actions: [collect, use]\n    recipients: [controller]\n    purposes: [relationship, serviceAccess]",
         "    actions: &acts [collect, use]\n    recipients: [controller]\n    purposes: [relationship, serviceAccess]"),
        ("    purposes: [security, authentication]", "    purposes: *acts"),
    ])
    func aliasInValidField(_ replacement: (String, String)) throws {
        let text: String
        if replacement.1.contains("*acts") {
            text = Self.hero.replacingOccurrences(of: replacement.0, with: replacement.1)
        } else {
            text = Self.hero.replacingOccurrences(of: replacement.0, with: replacement.1)
        }
        #expect(text != Self.hero)
        let error = try #require(Self.error(text))
        #expect(error.message.contains("are not allowed in a policy document"))
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("&acts") || $0.contains("*acts") }! + 1
        #expect(error.line == line)
    }

    @Test("'&' and '*' inside quotes, comments, block texts and plain words are text, not anchors")
    func notAnchors() throws {
        let quoted = Self.hero.replacingOccurrences(
            of: "title: Hero Platform Privacy Policy",
            with: "title: \"Hero & *Platform* \\\" &x\"  # a comment with &anchor and *alias\nrevision: 1")
            .replacingOccurrences(of: "revision: 1\nrevision: 1", with: "revision: 1")
        #expect(Self.error(quoted) == nil, "\(String(describing: Self.error(quoted)))")
        let single = Self.hero.replacingOccurrences(
            of: "title: Hero Platform Privacy Policy", with: "title: 'Hero ''&x'' *y'")
        #expect(Self.error(single) == nil)
        let plain = Self.hero.replacingOccurrences(
            of: "title: Hero Platform Privacy Policy", with: "title: Hero&Co *Platform*")
        #expect(Self.error(plain) == nil)
        let block = Self.hero.replacingOccurrences(
            of: "title: Hero Platform Privacy Policy", with: "title: |\n  * a bullet\n  & an ampersand\n  *emphasis*")
        #expect(Self.error(block) == nil, "\(String(describing: Self.error(block)))")
    }

    @Test("A repeated key names its second occurrence and quotes only that line")
    func repeatedKey() throws {
        // A large document: the message must not carry it.
        let filler = (0..<5000).map { "  - {id: filler\($0), description: x, clause: \"y\"}" }.joined(separator: "\n")
        let text = Self.hero.replacingOccurrences(of: "purposes:\n", with: "purposes:\n\(filler)\n")
            .replacingOccurrences(of: "title: Hero Platform Privacy Policy", with: "title: Hero Platform Privacy Policy\ntitle: again")
        let error = try #require(Self.error(text))
        let line = text.components(separatedBy: "\n").firstIndex { $0 == "title: again" }! + 1
        #expect(error.line == line && error.column == 1)
        #expect(error.message.contains("'title' is repeated"))
        #expect(error.description.utf8.count < 400, "\(error.description.utf8.count) bytes")
    }

    @Test("A document over the node cap is rejected with a location")
    func tooManyNodes() throws {
        let items = Array(repeating: "1", count: PolicyFile.maximumNodes).joined(separator: ",")
        let error = try #require(Self.error("schema: custodian.policy/1\nx: [\(items)]\n"))
        #expect(error.message.contains("more than \(PolicyFile.maximumNodes) nodes"))
        #expect(error.line == 2)
    }

    @Test("A document over the size cap is rejected before it is parsed")
    func tooLarge() throws {
        let text = String(repeating: "# padding\n", count: PolicyFile.maximumSize / 10 + 1)
        let error = try #require(Self.error(text))
        #expect(error.message.contains("at most \(PolicyFile.maximumSize)"))
    }

    @Test("Lint findings point where the problem is, not all at the first rule")
    func findingLocations() throws {
        let text = """
            schema: custodian.policy/1
            id: two
            title: Two collectors, no retention
            controller: {id: c, name: C, clause: "Controller"}
            recipients:
              - {id: controller, description: us, clause: "Controller"}
            purposes:
              - {id: support, description: support, clause: "Support"}
            rules:
              - id: collect.contact
                effect: permit
                clause: "Support"
                actions: [collect, use]
                recipients: [controller]
                purposes: [support]
                categories: [contact]
              - id: collect.usage
                effect: permit
                clause: "Support"
                actions: [collect, use]
                recipients: [controller]
                purposes: [support]
                categories: [usage]
            """
        let findings = PolicyLinter().lint(text, file: "p.yaml").filter { $0.check == .categoryWithoutRetention }
        // Only what may be collected needs retention: contact (3 leaves) and usage (3).
        #expect(findings.count == 6)
        let email = try #require(findings.first { $0.message.contains("'contact.email'") })
        let links = try #require(findings.first { $0.message.contains("'usage.links'") })
        #expect(email.rule == "collect.contact" && email.line == 16)
        #expect(links.rule == "collect.usage" && links.line == 23)
        #expect(!findings.contains { $0.message.contains("'identity.name'") })
    }
}

extension HostilePolicyTests {
    @Test("Keys that are not plain names are refused before parsing", arguments: [
        "? [a]\n: 1\n", "[a, b]: 1\n", "x: {[a]: 1}\n", "? a\n: 1\n",
        // Found by the fuzzer: carriage returns as line breaks, and a repeated complex key whose
        // error the parser could not place the same way twice.
        "?\r\r-\r\r?\rcontro :\r\r-\r\r?\r\r-\r?\r\r?\r\r:",
    ])
    func complexKeys(_ text: String) throws {
        let error = try #require(Self.error(text))
        #expect(error.message.contains("not allowed in a policy document"), "\(error)")
        #expect(error.line != nil)
        // The same message from the reader and from the linter, every time.
        let findings = PolicyLinter().lint(text, file: "hostile.yaml")
        #expect(findings.count == 1 && findings[0].message == error.message)
    }

    @Test("An alias after any YAML line break (CR, NEL, LS, PS) is still seen", arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}"])
    func lineBreaks(_ lineBreak: String) throws {
        let text = "a: &x [1]" + lineBreak + "b: *x" + lineBreak
        let error = try #require(Self.error(text))
        #expect(error.message.contains("are not allowed in a policy document"))
    }
}

extension HostilePolicyTests {
    @Test("Of several repeated keys, the one repeated first is reported, the same every time (found by the fuzzer)")
    func severalRepeatedKeys() throws {
        let text = "schema: custodian.policy/1\na: 1\nb: 2\nb: 3\na: 4\n"
        for _ in 0..<20 {
            let error = try #require(Self.error(text))
            #expect(error.line == 4 && error.column == 1)
            #expect(error.message.hasPrefix("the key 'b' is repeated in one mapping (first at line 3)"))
        }
        let json = #"{"schema":"custodian.policy/1","id":"j","title":"J","id":"k","title":"L"}"#
        let error = try #require(Self.error(json))
        #expect(error.message.hasPrefix("the key 'id' is repeated"), "\(error)")
    }
}
