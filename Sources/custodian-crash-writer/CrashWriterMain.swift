import ArgumentParser
import CustodianCommands

/// `custodian-crash-writer LOG --tasks N`: appends decisions until killed, for the crash tests
/// (Tests/CustodianCommandsTests/CrashTests.swift). A development tool, not a product.
@main
enum CrashWriterMain {
    static func main() async {
        await CrashWriter.main(nil)
    }
}
