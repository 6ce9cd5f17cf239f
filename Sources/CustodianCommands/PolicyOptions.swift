import ArgumentParser
import Custodian
import CustodianPolicyFiles
import Foundation

/// The `--policy FILE` option shared by the commands.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: "A policy file (YAML or JSON). Default: the built-in Hero Platform policy.")
    var policy: String?

    /// The compiled policy the command decides under.
    func compiled() throws -> CompiledPolicy {
        guard let policy else { return try BuiltInPolicy.heroPlatform.compiled() }
        return try PolicyFile.compile(contentsOf: URL(fileURLWithPath: policy))
    }
}
