import ArgumentParser
import CustodianPolicyFiles
import Foundation

/// `custodian lint`: report mistakes in a policy document, with file, line and column.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a policy file: rules that never fire, collected categories without retention, purposes nothing permits, unknown identifiers.",
        discussion: """
            Exit status 0 when nothing is found, 1 otherwise. Without a file, lints the built-in \
            policy; with --packs, the built-in jurisdiction rule packs; a built-in pack is also \
            named as custodian:pack/KR.
            """)

    @Argument(help: "A policy or rule pack file (YAML or JSON). Default: the built-in Hero Platform policy.")
    var file: String?

    @Flag(name: .long, help: "Lint the built-in jurisdiction rule packs (GDPR, PIPA, APPI, UU PDP, HIPAA).")
    var packs = false

    func validate() throws {
        if packs && file != nil { throw ValidationError("give a file or --packs, not both") }
    }

    func run() throws {
        if packs {
            var found = false
            for pack in BuiltInPolicy.rulePacks {
                let findings = PolicyLinter().lint(pack.text, file: pack.name)
                for finding in findings { Output.print(finding.description) }
                if findings.isEmpty { Output.print("\(pack.name): no findings") }
                found = found || !findings.isEmpty
            }
            if found { throw ExitCode(1) }
            return
        }
        let name: String
        let text: String
        if let file, let pack = BuiltInPolicy.rulePack(named: file), file.hasPrefix(BuiltInVocabulary.importPrefix) {
            name = pack.name
            text = pack.text
        } else if let file {
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
