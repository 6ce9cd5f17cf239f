import ArgumentParser
import CustodianCommands

/// The `custodian` executable: the commands of `CustodianCommands`.
@main
struct CustodianMain: AsyncParsableCommand {
    static let configuration = CustodianCommand.configuration
}
