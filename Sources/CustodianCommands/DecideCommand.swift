import ArgumentParser
import Custodian
import CustodianWire
import DecisionLog
import DecisionLogSQLite
import Logging
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
            decision that cannot be recorded is printed as a deny (fail closed), and the run then \
            ends with exit status 3 and a message on standard error. Records are appended in the \
            input's order, in groups of 8,192 on SQLite and 1,024 on PostgreSQL (one durable \
            transaction each; the next group is decided while the previous one is written); the decision identifier links a line of \
            output to its record.

            With --stream, each line is answered as soon as it is read (and, with --log, recorded), \
            the output written line by line; a bad line gets an error object of its own \
            ({"error":{"line":…,"column":…,"field":…,"message":…}}) and the stream goes on. Use it \
            to keep custodian as a co-process that a service writes one request at a time to.

            Exit status: 0 decided; 2 a bad request (nothing decided; with --stream, the other \
            lines were); 3 a decision could not be logged; 74 the output could not be written; \
            64 a bad option.
            """)

    @OptionGroup var policyOptions: PolicyOptions

    @Argument(help: "A file of requests ('-' or none: standard input; FIFOs and process substitution work).")
    var input: String?

    @Option(name: .long, help: "Record each decision in this log (a SQLite path, or a postgres:// URL).")
    var log: String?

    @OptionGroup var logOptions: LogOptions

    @Flag(name: .long, help: "Answer each line as soon as it is read, and go on after a bad line.")
    var stream = false

    func run() async throws {
        if stream {
            try await runStream()
            return
        }
        let timing = PhaseTiming(enabled: ProcessInfo.processInfo.environment["CUSTODIAN_TIMING"] != nil)
        defer { timing.report() }
        let engine = try policyOptions.engine()
        timing.mark("compile policy")
        let text: String
        do {
            text = try InputReader.read(input)
        } catch let error as InputReader.InvalidText {
            Output.error(error.description)
            throw ExitCode(2)
        }
        timing.mark("read input")
        let output: [[UInt8]]
        var unrecorded = 0
        let vocabulary = WireVocabulary(engine.requestVocabulary)
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
                        let request = try RequestReader.read(line.text, line: line.number, vocabulary: vocabulary)
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
                Output.error(RequestBatchError(errors: errors).description)
                throw ExitCode(2)
            }
            output = chunks.map(\.output)
        } else {
            let batch: RequestBatch
            do {
                batch = try RequestBatch(reading: text, vocabulary: vocabulary)
            } catch {
                Output.error(error.description)
                throw ExitCode(2)
            }
            timing.mark("parse requests")
            if let audited = try await auditedEngine(engine) {
                let decisions = await audited.decide(batch.requests)
                unrecorded = decisions.count { $0.reasons.first?.kind == .notRecorded }
                output = [DecisionWriter.jsonLines(decisions[...])]
            } else {
                output = [DecisionWriter.jsonLines(batch.requests.lazy.map { engine.decide($0) })]
            }
        }
        timing.mark("decide and write JSON")
        for chunk in output { Output.write(chunk) }
        timing.mark("write output")
        try Self.reportUnrecorded(unrecorded)
    }

    /// The engine that records each decision in `--log` before it is returned, or `nil`
    /// without a log.
    private func auditedEngine(_ engine: PolicyEngine) async throws -> AuditedEngine? {
        guard let log else { return nil }
        let store = try logOptions.store(log)
        // Large groups for the embedded store (one sync each); the default for a shared server,
        // where a group holds the appenders' lock while it is written.
        let groupSize = store is SQLiteLogStore ? 8192 : 1024
        return AuditedEngine(
            engine: engine, log: DecisionLog(store: store, maximumGroupSize: groupSize, logger: Self.errorLogger),
            pseudonymizer: try await logOptions.pseudonymizer(for: log, store: store))
    }

    /// Says on standard error why a group of decisions could not be recorded (the store's error,
    /// never a record's contents).
    static let errorLogger: Logger = {
        var logger = Logger(label: "custodian.decision-log") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .error
        return logger
    }()

    /// Exit status 3, with a message, when `count` decisions could not be recorded.
    private static func reportUnrecorded(_ count: Int) throws {
        guard count > 0 else { return }
        Output.error(
            "custodian: \(count) decision(s) could not be recorded in the log and were denied (log.notRecorded; fail closed)")
        throw ExitCode(3)
    }

    /// `--stream`: a line in, its answer out, at once.
    func runStream() async throws {
        let engine = try policyOptions.engine()
        let vocabulary = WireVocabulary(engine.requestVocabulary)
        let audited = try await auditedEngine(engine)
        var bad = 0
        var unrecorded = 0
        var out: [UInt8] = []
        for await line in try LineStream.lines(of: input) {
            out.removeAll(keepingCapacity: true)
            let request: Request
            do throws(WireError) {
                guard let text = String(validating: line.bytes, as: UTF8.self) else {
                    throw WireError(line: line.number, field: nil, message: "the line is not valid UTF-8 text")
                }
                if RequestBatch.isBlank(text[...]) { continue }
                request = try RequestReader.read(text[...], line: line.number, vocabulary: vocabulary)
            } catch {
                bad += 1
                Self.appendError(error, to: &out)
                out.append(0x0A)
                Output.write(out)
                continue
            }
            let decision: Decision
            if let audited {
                decision = await audited.decide(request)
                if decision.reasons.first?.kind == .notRecorded { unrecorded += 1 }
            } else {
                decision = engine.decide(request)
            }
            DecisionWriter.append(decision, to: &out)
            out.append(0x0A)
            Output.write(out)
        }
        try Self.reportUnrecorded(unrecorded)
        if bad > 0 {
            Output.error("custodian: \(bad) line(s) were not requests (each answered with an error object)")
            throw ExitCode(2)
        }
    }

    /// `{"error":{"line":N,"column":N,"field":"…","message":"…"}}`: a bad line's answer.
    static func appendError(_ error: WireError, to out: inout [UInt8]) {
        var object: [String: Any] = ["message": error.message]
        if let line = error.line { object["line"] = line }
        if let column = error.column { object["column"] = column }
        if let field = error.field { object["field"] = field }
        let data =
            (try? JSONSerialization.data(withJSONObject: ["error": object], options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data(#"{"error":{"message":"unreadable line"}}"#.utf8)
        out.append(contentsOf: data)
    }

}

/// Reads a named file, `-` or standard input — regular files, FIFOs and process substitution
/// alike — as UTF-8 text.
enum InputReader {
    /// Input that is not UTF-8 text, with the first line that is not.
    struct InvalidText: Error, CustomStringConvertible {
        var source: String
        var line: Int
        var column: Int
        var description: String { "\(source): line \(line), column \(column): the line is not valid UTF-8 text" }
    }

    /// The error for a file that cannot be opened for reading, saying whether it exists.
    static func cannotOpen(_ path: String) -> CommandError {
        let reason = FileManager.default.fileExists(atPath: path) ? "permission denied?" : "no such file"
        return CommandError("cannot read '\(path)' (\(reason))")
    }

    static func read(_ path: String?) throws -> String {
        let data: Data
        let source: String
        if let path, path != "-" {
            source = path
            guard let handle = FileHandle(forReadingAtPath: path) else { throw cannotOpen(path) }
            defer { try? handle.close() }
            do {
                data = try handle.readToEnd() ?? Data()
            } catch {
                throw CommandError("cannot read '\(path)': \(error.localizedDescription)")
            }
        } else {
            source = "standard input"
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        if let text = String(validating: data, as: UTF8.self) { return text }
        throw invalidText(data, source: source)
    }

    /// Where the first invalid UTF-8 sequence of `data` is.
    private static func invalidText(_ data: Data, source: String) -> InvalidText {
        let bytes = [UInt8](data)
        var line = 1
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let slice = bytes[start..<end]
            var decoder = Unicode.UTF8()
            var iterator = slice.makeIterator()
            var column = 1
            decoding: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue: column += 1
                case .emptyInput: break decoding
                case .error: return InvalidText(source: source, line: line, column: column)
                }
            }
            line += 1
            start = end + 1
        }
        return InvalidText(source: source, line: line, column: 1)
    }
}
