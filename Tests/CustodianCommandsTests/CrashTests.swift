import DecisionLog
import DecisionLogSQLite
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// kill -9 during concurrent appends to the SQLite log: nothing acknowledged is lost, and the
/// log verifies after every crash.
@Suite("Crash safety of the SQLite log", .serialized)
struct CrashTests {
    @Test("200 trials of kill -9 during concurrent appends: 0 acknowledged decisions lost, 0 breaks")
    func killNine() async throws {
        let tally = try await Self.trials("crash") { try Self.killWriter(path: $0, afterMilliseconds: $1) }
        print("crash test: \(tally.acknowledged) decisions acknowledged, \(tally.killedMidWrite) of 200 trials killed mid-write, \(tally.lost) lost, \(tally.breaks) logs that failed to verify")
        #expect(tally.lost == 0)
        #expect(tally.breaks == 0)
        #expect(tally.acknowledged > 1000, "only \(tally.acknowledged) decisions were acknowledged")
        #expect(tally.killedMidWrite > 150, "only \(tally.killedMidWrite) of 200 trials were killed while writing")
    }

    @Test("200 trials of kill -9 during decide --stream --log: every decision answered is in the log, 0 breaks")
    func killNineStreaming() async throws {
        signal(SIGPIPE, SIG_IGN)  // the writer's stdin closes when it is killed
        let tally = try await Self.trials("crash-stream") { try Self.killStream(path: $0, afterMilliseconds: $1) }
        print("stream crash test: \(tally.acknowledged) decisions answered, \(tally.killedMidWrite) of 200 trials killed mid-stream, \(tally.lost) lost, \(tally.breaks) logs that failed to verify")
        #expect(tally.lost == 0)
        #expect(tally.breaks == 0)
        #expect(tally.acknowledged > 1000, "only \(tally.acknowledged) decisions were answered")
        #expect(tally.killedMidWrite > 150, "only \(tally.killedMidWrite) of 200 trials were killed while streaming")
    }

    /// What 200 trials found.
    struct Tally {
        var acknowledged = 0
        var lost = 0
        var breaks = 0
        var killedMidWrite = 0
    }

    /// 200 trials of `kill` (a log path and a delay in milliseconds), a new log every ten; after
    /// each, the log is verified and every decision acknowledged is looked for in it.
    static func trials(_ name: String, kill: (String, Int) throws -> Run) async throws -> Tally {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-\(name)-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var tally = Tally()
        var random = SystemRandomNumberGenerator()
        for trial in 0..<200 {
            // A new log every ten trials keeps each verification small.
            let path = directory.appendingPathComponent("log-\(trial / 10).sqlite").path
            let run = try kill(path, Int.random(in: 40...160, using: &random))
            if run.killed && !run.ids.isEmpty { tally.killedMidWrite += 1 }
            tally.acknowledged += run.ids.count
            let store = try SQLiteLogStore(path: path)
            let report = try await LogVerifier(key: nil).verify(store)
            if !report.isValid { tally.breaks += 1 }
            let stored = Set(try await store.entries(in: 0..<report.size).map(\.decisionID))
            tally.lost += run.ids.filter { !stored.contains($0) }.count
        }
        return tally
    }

    /// Starts `custodian decide --stream --log`, writes requests to it one line at a time, kills it
    /// with SIGKILL after a while, and returns the identifiers of the decisions it answered that
    /// say they were recorded (a decision is printed only after its record is durable).
    static func killStream(path: String, afterMilliseconds delay: Int) throws -> Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["decide", "--stream", "--log", path]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let feeder = Thread {
            let line = Data((StreamTests.request + "\n").utf8)
            while true {
                do { try stdin.fileHandleForWriting.write(contentsOf: line) } catch { return }
                usleep(200)
            }
        }
        feeder.start()
        let reader = stdout.fileHandleForReading
        var data = reader.availableData
        usleep(useconds_t(delay * 1000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? stdin.fileHandleForWriting.close()
        data.append(reader.readDataToEndOfFile())
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.last != "\n" { lines.removeLast() }
        let ids = lines.compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["decisionId"] as? String
            else { return nil }
            let reasons = object["reasons"] as? [[String: Any]] ?? []
            return reasons.contains { $0["rule"] as? String == "log.notRecorded" } ? nil : id
        }
        return Run(ids: ids, killed: process.terminationReason == .uncaughtSignal)
    }

    struct Run {
        var ids: [String]
        var killed: Bool
    }

    /// Starts `custodian-crash-writer`, kills it with SIGKILL after a while, and returns the
    /// decision identifiers it acknowledged (printed only after their records were durable).
    static func killWriter(path: String, afterMilliseconds delay: Int) throws -> Run {
        let process = Process()
        process.executableURL = CommandLineTests.binary.deletingLastPathComponent()
            .appendingPathComponent("custodian-crash-writer")
        process.arguments = [path, "--tasks", "8"]
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait for the first acknowledgement, so that the kill lands while writing.
        let reader = stdout.fileHandleForReading
        var data = reader.availableData
        usleep(useconds_t(delay * 1000))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        data.append(reader.readDataToEndOfFile())
        let text = String(decoding: data, as: UTF8.self)
        // A line cut by the kill is not an acknowledgement.
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if text.last != "\n" { lines.removeLast() }
        return Run(
            ids: lines.filter { !$0.isEmpty }.map(String.init),
            killed: process.terminationReason == .uncaughtSignal)
    }
}
