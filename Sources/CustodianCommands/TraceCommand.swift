import ArgumentParser
import Custodian
import CustodianPolicyFiles
import Foundation

/// `custodian trace`: the sentence-by-sentence trace from the Hero policy's text to its rules.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Print the trace from the built-in policy's English text to its rules (Markdown).",
        discussion: """
            Every heading and sentence of the text, with the rules that encode it or why none does, and \
            where the Korean, Japanese or Indonesian text differs. With --check TEXT, checks the trace \
            against the published text instead: exit status 1 and one line per problem when a rule's \
            quote is not verbatim in it, a part of it is in no entry, or a rule is traced to nothing.
            """)

    @Option(name: .long, help: "The English policy text to check the trace against (policy-text/hero-privacy-policy.en.txt).")
    var check: String?

    func run() throws {
        let trace = try PolicyTrace.heroPlatform()
        let policy = try BuiltInPolicy.heroPlatform.policy()
        guard let check else {
            Output.print(trace.markdown(for: policy), terminator: "")
            return
        }
        let text = try InputReader.read(check)
        let problems = trace.problems(against: policy, sourceText: text)
        for problem in problems { Output.print("\(check): \(problem)") }
        if !problems.isEmpty { throw ExitCode(1) }
        Output.print("\(check): the trace holds every sentence; every rule's quote is verbatim (\(trace.entries.count) entries, \(policy.rules.count) rules)")
    }
}
