import ArgumentParser
import Custodian
import DecisionLog
import Foundation

/// `custodian decide`: requests in (JSON or JSON Lines on standard input, or a file), decisions
/// out, one line each, in the same order.
struct DecideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Decide requests: JSON (or JSON Lines) in, one decision per line out.",
        discussion: """
            A request that names an unknown identifier or fact is an error that names it; then \
            nothing is decided and the exit status is 2.

            With --log, every decision is recorded in the decision log before it is printed; a \
            decision that cannot be recorded is printed as a deny (fail closed).
            """)

    @OptionGroup var policyOptions: PolicyOptions

    @Argument(help: "A file of requests. Default: standard input.")
    var input: String?

    @Option(name: .long, help: "Record each decision in this log (a SQLite path, or a postgres:// URL).")
    var log: String?

    @OptionGroup var logOptions: LogOptions

    func run() async throws {
        let timing = PhaseTiming(enabled: ProcessInfo.processInfo.environment["CUSTODIAN_TIMING"] != nil)
        defer { timing.report() }
        let engine = PolicyEngine(policy: try policyOptions.compiled())
        timing.mark("compile policy")
        let text = try InputReader.read(input)
        timing.mark("read input")
        let output: [[UInt8]]
        if log == nil, let lines = RequestBatch.jsonLines(of: text) {
            // Pure and independent: read, decide and write each chunk of lines on its own core,
            // in one pass; output only if every line was a valid request.
            let chunks = ParallelChunks.map(count: lines.count, chunks: ParallelChunks.defaultChunks) {
                range -> (output: [UInt8], errors: [WireError]) in
                var out: [UInt8] = []
                out.reserveCapacity(range.count * 300)
                var errors: [WireError] = []
                for line in lines[range] where !RequestBatch.isBlank(line.text) {
                    do throws(WireError) {
                        let request = try RequestReader.read(line.text, line: line.number)
                        if errors.isEmpty {
                            DecisionWriter.append(engine.decide(request), to: &out)
                            out.append(0x0A)
                        }
                    } catch {
                        errors.append(error)
                    }
                }
                return (out, errors)
            }
            let errors = chunks.flatMap(\.errors)
            guard errors.isEmpty else {
                FileHandle.standardError.write(Data((RequestBatchError(errors: errors).description + "\n").utf8))
                throw ExitCode(2)
            }
            output = chunks.map(\.output)
        } else {
            let batch: RequestBatch
            do {
                batch = try RequestBatch(reading: text)
            } catch {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw ExitCode(2)
            }
            timing.mark("parse requests")
            if let log {
                let audited = AuditedEngine(
                    engine: engine, log: DecisionLog(store: try logOptions.store(log)),
                    pseudonymizer: try logOptions.pseudonymizer(for: log))
                let decisions = await Self.decide(batch.requests, with: audited)
                output = [DecisionWriter.jsonLines(decisions[...])]
            } else {
                output = [DecisionWriter.jsonLines(batch.requests.lazy.map { engine.decide($0) })]
            }
        }
        timing.mark("decide and write JSON")
        for chunk in output { FileHandle.standardOutput.write(Data(chunk)) }
        timing.mark("write output")
    }

    /// Decides and logs concurrently (so that appends commit in groups), keeping input order.
    static func decide(_ requests: [Request], with audited: AuditedEngine, inFlight: Int = 512) async -> [Decision] {
        var decisions = [Decision?](repeating: nil, count: requests.count)
        await withTaskGroup(of: (Int, Decision).self) { group in
            var next = 0
            while next < min(inFlight, requests.count) {
                let i = next
                group.addTask { (i, await audited.decide(requests[i])) }
                next += 1
            }
            while let (i, decision) = await group.next() {
                decisions[i] = decision
                if next < requests.count {
                    let j = next
                    group.addTask { (j, await audited.decide(requests[j])) }
                    next += 1
                }
            }
        }
        return decisions.map { $0! }
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
