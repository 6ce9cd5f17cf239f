import Custodian
import CustodianPolicyFiles
import Foundation
import Testing

@Suite("Linting policy files")
struct PolicyLinterTests {
    @Test("The built-in policy has no findings")
    func builtInIsClean() {
        let findings = PolicyLinter().lint(BuiltInPolicy.heroPlatform.text, file: "hero-platform.yaml")
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test("Each kind of problem is found, with its line and column")
    func fixture() throws {
        let url = try #require(Bundle.module.url(forResource: "lint-problems", withExtension: "yaml", subdirectory: "Fixtures"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        func line(of needle: String) -> Int { lines.firstIndex { $0.contains(needle) }! + 1 }
        let findings = PolicyLinter().lint(text, file: "lint-problems.yaml")
        func finding(_ check: PolicyLinter.Finding.Check, _ rule: RuleID? = nil) -> PolicyLinter.Finding? {
            findings.first { $0.check == check && (rule == nil || $0.rule == rule) }
        }

        let contradiction = try #require(finding(.ruleNeverFires, "use.contradiction"))
        #expect(contradiction.line == line(of: "all: [userNotified]") - 1)
        #expect(contradiction.message.contains("userNotified"))

        let shadowed = try #require(finding(.ruleNeverFires, "use.analytics"))
        #expect(shadowed.message.contains("deny.everyUse"))
        #expect(shadowed.line == line(of: "id: use.analytics"))

        // A permit without legal bases is not a finding; a purpose nothing permits is.
        #expect(!findings.contains { $0.rule == "use.noBasis" && $0.check != .categoryWithoutRetention })
        let neverPermitted = try #require(finding(.purposeNeverPermitted))
        #expect(neverPermitted.message.contains("'research'"))
        #expect(neverPermitted.line == line(of: "{id: research"))
        #expect(findings.filter { $0.check == .purposeNeverPermitted }.count == 1)

        let unknown = try #require(finding(.unknownIdentifier, "use.marketting"))
        #expect(unknown.message.contains("marketting"))
        #expect(unknown.line == line(of: "purposes: [marketting]"))
        #expect(unknown.column == 16)

        // Usage (3 leaves) is collected by use.noBasis but retained by no rule; contact is
        // retained; identity is never collected, so it needs no retention.
        let retention = findings.filter { $0.check == .categoryWithoutRetention }
        #expect(retention.count == 3)
        #expect(retention.allSatisfy { $0.rule == "use.noBasis" && $0.line == line(of: "categories: [usage]") })
        #expect(!retention.contains { $0.message.contains("'identity.name'") })

        #expect(findings.allSatisfy { $0.file == "lint-problems.yaml" && $0.line != nil && $0.column != nil })
        #expect("\(contradiction)".hasPrefix("lint-problems.yaml:\(contradiction.line!):\(contradiction.column!): ruleNeverFires"))
    }

    @Test("The README's example policy lints clean")
    func readmeExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Writing a policy of one's own"))
        let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let example = String(readme[start.upperBound..<end.lowerBound])
        #expect(example.contains("schema: custodian.policy/1"))
        let findings = PolicyLinter().lint(example, file: "README.md")
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test("A malformed file is one finding with its line and column")
    func malformed() throws {
        let findings = PolicyLinter().lint("schema: custodian.policy/1\nrules: [\n  {id: x\n", file: "bad.yaml")
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.check == .invalidDocument)
        #expect(finding.line != nil && finding.column != nil)
    }
}
