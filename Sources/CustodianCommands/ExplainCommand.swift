import ArgumentParser
import Custodian
import CustodianWire
import Foundation

/// `custodian explain`: decide requests and word each decision as sentences.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Decide requests and explain each decision in sentences a compliance officer can read.")

    @OptionGroup var policyOptions: PolicyOptions

    @Argument(help: "A file of requests (JSON or JSON Lines). Default: standard input.")
    var input: String?

    func run() throws {
        let engine = try policyOptions.engine()
        let explainer = DecisionExplainer(engine: engine)
        let batch: RequestBatch
        do {
            batch = try RequestBatch(reading: try InputReader.read(input), vocabulary: WireVocabulary(engine.requestVocabulary))
        } catch let error as RequestBatchError {
            Output.error(error.description)
            throw ExitCode(2)
        } catch let error as InputReader.InvalidText {
            Output.error(error.description)
            throw ExitCode(2)
        }
        let text = batch.requests.map { explainer.explain(engine.decide($0), for: $0) }.joined(separator: "\n\n")
        Output.print(text)
    }
}
