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
    @Option(
        name: .long,
        help: "Decide the workload under the Hero policy with its vocabulary grown to CATEGORIES,FACTS,OBLIGATIONS (e.g. 500,200,100).")
    var vocabulary: String?
    @Flag(
        name: .long,
        help: "With --vocabulary: a synthetic policy of 1,000 rules over that vocabulary and its own 10,000 requests instead.")
    var dense = false
    @Flag(name: .long, help: "Time the loop: nanoseconds per decision, the median of 11 runs (check and decide).")
    var time = false
    @Option(
        name: .long,
        help: "Decide every request of the workload under this jurisdiction, with the built-in rule packs (EU, KR, JP, ID, US).")
    var jurisdiction: Jurisdiction?

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
        let engine: PolicyEngine
        let lines: [Substring]
        let requests: [Request]
        if let vocabulary {
            let sizes = vocabulary.split(separator: ",").compactMap { Int($0) }
            guard sizes.count == 3, sizes.allSatisfy({ $0 > 0 }) else {
                throw ValidationError("--vocabulary takes three positive numbers: CATEGORIES,FACTS,OBLIGATIONS")
            }
            if dense {
                let synthetic = try SyntheticVocabularyPolicy.make(categories: sizes[0], facts: sizes[1], obligations: sizes[2])
                (engine, lines, requests) = (PolicyEngine(policy: synthetic.policy), [], synthetic.requests)
            } else {
                let widened = try SyntheticVocabularyPolicy.widenedHero(
                    categories: sizes[0], facts: sizes[1], obligations: sizes[2])
                let text = try String(contentsOfFile: workload, encoding: .utf8)
                engine = PolicyEngine(policy: widened)
                lines = RequestBatch.lines(of: text).map(\.text)
                requests = try RequestBatch(reading: text, vocabulary: WireVocabulary(widened.vocabulary)).requests
            }
        } else if let jurisdiction {
            engine = try PolicyEngine(
                policy: BuiltInPolicy.heroPlatform.compiled(), rulePacks: BuiltInPolicy.rulePackDocuments())
            let text = try String(contentsOfFile: workload, encoding: .utf8)
            lines = RequestBatch.lines(of: text).map(\.text)
            requests = try RequestBatch(reading: text, vocabulary: WireVocabulary(engine.requestVocabulary)).requests.map {
                var request = $0
                request.jurisdiction = jurisdiction
                return request
            }
        } else {
            engine = PolicyEngine(policy: try BuiltInPolicy.heroPlatform.compiled())
            let text = try String(contentsOfFile: workload, encoding: .utf8)
            lines = RequestBatch.lines(of: text).map(\.text)
            requests = try RequestBatch(reading: text, vocabulary: .heroPlatform).requests
        }
        if time {
            try timeLoop(engine, requests)
            return
        }
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
    /// Nanoseconds per decision over `decisions` decisions, the median of 11 runs after one warm-up
    /// run; and the share of requests allowed.
    func timeLoop(_ engine: PolicyEngine, _ requests: [Request]) throws {
        guard mode == .check || mode == .decide else { throw ValidationError("--time measures check or decide") }
        var perDecision: [Double] = []
        var allowed = 0
        for run in 0..<12 {
            allowed = 0
            let start = ContinuousClock.now
            if mode == .check {
                for n in 0..<decisions where engine.check(requests[n % requests.count]).isAllowed { allowed += 1 }
            } else {
                for n in 0..<decisions where engine.decide(requests[n % requests.count]).isAllowed { allowed += 1 }
            }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            if run > 0 { perDecision.append(seconds * 1e9 / Double(decisions)) }
        }
        perDecision.sort()
        Output.print(
            "\(mode.rawValue): \(String(format: "%.1f", perDecision[5])) ns per decision (median of 11 runs of \(decisions); "
                + "fastest \(String(format: "%.1f", perDecision[0])), slowest \(String(format: "%.1f", perDecision[10]))), "
                + "\(allowed) of \(decisions) allowed, bit sets of \(engine.policy.vocabulary.width) bits")
    }

    /// The process's resident memory, from /proc/self/statm (Linux).
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? (Int(fields[1]) ?? 0) * 4096 : 0
    }
}
