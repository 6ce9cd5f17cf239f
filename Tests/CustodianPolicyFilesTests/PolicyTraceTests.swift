import Custodian
import CustodianPolicyFiles
import Foundation
import Testing

/// The trace from the Hero policy's English text to its rules: complete, verbatim, and the
/// document in `Docs/` is the one `custodian trace` generates.
@Suite("The trace from the policy text to the rules")
struct PolicyTraceTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The English text, from the reference material beside the package (`../shared`).
    static func englishText() throws -> String {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/policy-text/hero-privacy-policy.en.txt")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test("Every rule's quote is verbatim in the text; every part of the text is in an entry; every rule is traced")
    func complete() throws {
        let trace = try PolicyTrace.heroPlatform()
        let policy = try BuiltInPolicy.heroPlatform.policy()
        #expect(trace.policy == policy.id)
        let problems = trace.problems(against: policy, sourceText: try Self.englishText())
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test("The checks fail when the trace or the policy goes wrong")
    func checksCanFail() throws {
        let trace = try PolicyTrace.heroPlatform()
        var policy = try BuiltInPolicy.heroPlatform.policy()
        let text = try Self.englishText()
        // A quote that is not in the text.
        policy.rules[0].quote = "We sell your data to anyone."
        #expect(trace.problems(against: policy, sourceText: text).contains { $0.contains("not verbatim") })
        // A sentence dropped from the trace.
        var shorter = trace
        shorter.entries.remove(at: 20)
        let policy2 = try BuiltInPolicy.heroPlatform.policy()
        #expect(shorter.problems(against: policy2, sourceText: text).contains { $0.contains("do not hold the text") })
        // A rule traced to nothing.
        var untraced = trace
        for i in untraced.entries.indices { untraced.entries[i].rules.removeAll { $0 == "share.patients" } }
        #expect(untraced.problems(against: policy2).contains { $0.contains("'share.patients' is traced to no sentence") })
    }

    @Test("Docs/HeroPolicyTrace.md is the generated trace")
    func documentIsGenerated() throws {
        let trace = try PolicyTrace.heroPlatform()
        let generated = trace.markdown(for: try BuiltInPolicy.heroPlatform.policy())
        let committed = try String(contentsOf: Self.packageRoot.appendingPathComponent("Docs/HeroPolicyTrace.md"), encoding: .utf8)
        #expect(committed == generated, "regenerate it: swift run custodian trace > Docs/HeroPolicyTrace.md")
        #expect(generated.contains("`share.patients`") && generated.contains("no rule:"))
    }
}
