import ArgumentParser
import Custodian
import CustodianWire
import CustodianPolicyFiles
import Foundation

/// `custodian-measure`: decides a workload in a loop, for instruction counts under callgrind
/// (`Benchmarks/instruction-counts.sh`). The whole of the `custodian-measure` executable (not a
/// product), whose synchronous entry point valgrind can run (it cannot run an asynchronous one,
/// which waits in `dispatch_main`).
package struct MeasureCommand: ParsableCommand {
    package init() {}

    package static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Decide a workload in a loop (instruction counts).", shouldDisplay: true)

    enum Mode: String, ExpressibleByArgument, CaseIterable {
        /// Outcome and obligations from typed requests.
        case check
        /// Full decisions with reasons from typed requests.
        case decide
        /// JSON line in, JSON decision out.
        case json
        /// The heap the compiled Hero policy holds (its tables and its document).
        case memory
    }

    @Argument(help: "The workload (JSON Lines).") var workload: String
    @Option(name: .long, help: "How many decisions.") var decisions: Int
    @Option(name: .long, help: "check, decide, json or memory.") var mode: Mode = .check

    package func run() throws {
        if mode == .memory {
            let before = Self.residentBytes()
            let policy = try BuiltInPolicy.heroPlatform.compiled()
            let after = Self.residentBytes()
            Output.print(
                "compiled Hero policy: \(policy.rules.count) rules, tables \(policy.tableBytes) bytes, "
                    + "resident growth while reading and compiling it \(after - before) bytes")
            return
        }
        let engine = PolicyEngine(policy: try BuiltInPolicy.heroPlatform.compiled())
        let text = try String(contentsOfFile: workload, encoding: .utf8)
        let lines = RequestBatch.lines(of: text).map(\.text)
        let requests = try RequestBatch(reading: text, vocabulary: .heroPlatform).requests
        var allowed = 0
        switch mode {
        case .check:
            for n in 0..<decisions where engine.check(requests[n % requests.count]).isAllowed { allowed += 1 }
        case .decide:
            for n in 0..<decisions where engine.decide(requests[n % requests.count]).isAllowed { allowed += 1 }
        case .memory:
            break
        case .json:
            var out: [UInt8] = []
            var bytes = 0
            for n in 0..<decisions {
                let decision = engine.decide(try RequestReader.read(lines[n % lines.count]))
                out.removeAll(keepingCapacity: true)
                DecisionWriter.append(decision, to: &out)
                bytes += out.count
                if decision.isAllowed { allowed += 1 }
            }
            Output.print("bytes written: \(bytes)")
        }
        Output.print("\(decisions) decisions, \(allowed) allowed")
    }
}

extension MeasureCommand {
    /// The process's resident memory, from /proc/self/statm (Linux).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * 4096 : 0
    }
}
