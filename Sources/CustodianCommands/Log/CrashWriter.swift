import ArgumentParser
import Custodian
import CustodianPolicyFiles
import DecisionLog
import Foundation

/// A writer for crash tests: concurrent tasks decide and log until killed, printing each
/// decision identifier only after its record is durable. The whole of the
/// `custodian-crash-writer` executable, which is not shipped as a product.
package struct CrashWriter: AsyncParsableCommand {
        package init() {}

        package static let configuration = CommandConfiguration(
            commandName: "custodian-crash-writer", abstract: "Append decisions until killed (crash tests).")

        @Argument(help: "The log.") var log: String
        @Option(name: .long, help: "Concurrent tasks.") var tasks: Int = 8
        @Option(name: .long, help: "Stop after this many decisions per task.") var count: Int = .max
        @OptionGroup var options: LogOptions

        package func run() async throws {
            let engine = PolicyEngine(policy: try BuiltInPolicy.heroPlatform.compiled())
            let store = try options.store(log)
            let audited = AuditedEngine(
                engine: engine, log: DecisionLog(store: store),
                pseudonymizer: try await options.pseudonymizer(for: log, store: store))
            let count = self.count
            await withTaskGroup(of: Void.self) { group in
                for task in 0..<tasks {
                    group.addTask {
                        for n in 0..<count {
                            let request = Request(
                                .use, subject: SubjectID("crash-\(task)-\(n)"), categories: ["contact.email"],
                                purpose: .support, legalBasis: .contract)
                            let decision = await audited.decide(request)
                            guard decision.isAllowed else { continue }
                            FileHandle.standardOutput.write(Data("\(decision.id)\n".utf8))
                        }
                    }
                }
            }
        }
    }
