import ArgumentParser
import CustodianPolicyFiles
import Foundation

/// `custodian lint`: report mistakes in a policy document, with file, line and column.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a policy file: rules that never fire, collected categories without retention, purposes nothing permits, unknown identifiers.",
        discussion: "Exit status 0 when nothing is found, 1 otherwise. Without a file, lints the built-in policy.")

    @Argument(help: "A policy file (YAML or JSON). Default: the built-in Hero Platform policy.")
    var file: String?

    func run() throws {
        let name: String
        let text: String
        if let file {
            name = file
            do {
                text = try InputReader.read(file)
            } catch {
                Output.print("\(file): invalidDocument: \(error)")
                throw ExitCode(1)
            }
        } else {
            name = BuiltInPolicy.heroPlatform.name
            text = BuiltInPolicy.heroPlatform.text
        }
        let findings = PolicyLinter().lint(text, file: name)
        for finding in findings { Output.print(finding.description) }
        if !findings.isEmpty { throw ExitCode(1) }
        Output.print("\(name): no findings")
    }
}
