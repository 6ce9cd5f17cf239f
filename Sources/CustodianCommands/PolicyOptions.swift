import ArgumentParser
import Custodian
import CustodianPolicyFiles
import Foundation

/// The `--policy FILE` option shared by the commands, and the rule packs that go with it.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: "A policy file (YAML or JSON). Default: the built-in Hero Platform policy.")
    var policy: String?

    @Flag(
        name: .long,
        help: "Decide under the policy alone: no jurisdiction rule pack (a request's jurisdiction then only adds a notice).")
    var withoutRulePacks = false

    /// The engine the command decides with: the policy, and the built-in rule packs (GDPR, PIPA,
    /// APPI, UU PDP, HIPAA) for requests that name a jurisdiction.
    func engine() throws -> PolicyEngine {
        let policy = try compiled()
        guard !withoutRulePacks else { return PolicyEngine(policy: policy) }
        do {
            return try PolicyEngine(policy: policy, rulePacks: BuiltInPolicy.rulePackDocuments())
        } catch let error as PolicyError {
            throw CommandError(
                "\(self.policy ?? "the built-in policy"): the jurisdiction rule packs do not fit this policy: \(error) (rename the policy's declaration, or decide with --without-rule-packs)")
        }
    }

    /// The compiled policy the command decides under.
    func compiled() throws -> CompiledPolicy {
        guard let policy else { return try BuiltInPolicy.heroPlatform.compiled() }
        return try PolicyFile.compile(contentsOf: URL(fileURLWithPath: policy))
    }
}
