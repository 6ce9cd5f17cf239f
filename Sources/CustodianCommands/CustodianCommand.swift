public import ArgumentParser

/// `custodian`: decide, explain and lint against a privacy policy.
public struct CustodianCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "custodian",
        abstract: "Decide whether processing personal information is allowed by a privacy policy, and why.",
        discussion: "Without --policy, every command uses the built-in Hero Platform Privacy Policy.",
        subcommands: [
            DecideCommand.self, ExplainCommand.self, LintCommand.self, LogCommand.self, TraceCommand.self, DemoCommand.self,
            PacksCommand.self, DeadlinesCommand.self,
        ])

    public init() {}
}
