import ArgumentParser
import Custodian
import Foundation

/// `custodian decide`: requests in (JSON or JSON Lines on standard input, or a file), decisions
/// out, one line each, in the same order.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Decide requests: JSON (or JSON Lines) in, one decision per line out.",
        discussion: """
            A request that names an unknown identifier or fact is an error that names it; then \
            nothing is decided and the exit status is 2.
            """)

    @OptionGroup var policyOptions: PolicyOptions

    @Argument(help: "A file of requests. Default: standard input.")
    var input: String?

    func run() throws {
        let engine = PolicyEngine(policy: try policyOptions.compiled())
        let text = try InputReader.read(input)
        let batch: RequestBatch
        do {
            batch = try RequestBatch(reading: text)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        var out = ""
        out.reserveCapacity(batch.requests.count * 256)
        for request in batch.requests {
            out += DecisionWriter.json(engine.decide(request))
            out += "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

/// Reads a named file, or standard input.
enum InputReader {
    static func read(_ path: String?) throws -> String {
        let data: Data
        if let path {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read '\(path)'")
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ValidationError("the input is not UTF-8 text")
        }
        return text
    }
}
