import Crypto
import Custodian
import DecisionLog
import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The command line under the conditions of issue 12: processes racing on a new log, keys
/// deleted or misnamed, read-only auditors, foreign databases, full disks, broken input. Each
/// case failed before the fix.
@Suite("Hardening: keys, read-only access, failures reported", .serialized)
struct HardeningTests {
    static let binary = CommandLineTests.binary

    /// A new empty folder.
    static func folder(_ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-\(name)-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func request(subject: String, line: Int = 0) -> String {
        #"{"action":"use","subject":"\#(subject)","categories":["contact.email"],"purpose":"support","legalBasis":"contract"}"#
    }

    static func subjects(in log: String) throws -> [String] {
        let export = try CommandLineTests.run(["log", "export", log])
        return try export.out.split(separator: "\n").map { line in
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["subject"] as? String ?? ""
        }
    }

    static func pseudonym(_ subject: String, keyFile: String) throws -> String {
        let key = try Data(contentsOf: URL(fileURLWithPath: keyFile))
        return try SubjectPseudonymizer(key: key).pseudonym(for: .init(subject))
    }

    @Test("4 concurrent decide --log and 4 concurrent checkpoints on a new log, 50 trials: one key each, every pseudonym the same")
    func concurrentNewLog() throws {
        let input = (0..<5).map { _ in Self.request(subject: "same-person") }.joined(separator: "\n")
        var overwritten = 0
        for trial in 0..<50 {
            let dir = try Self.folder("race")
            defer { try? FileManager.default.removeItem(atPath: dir) }
            let log = dir + "/log.sqlite"
            let decides = try (0..<4).map { _ in try CommandLineTests.start(["decide", "--log", log], input: input) }
            for wait in decides {
                let run = wait()
                #expect(run.status == 0, "trial \(trial): \(run.err)")
            }
            let expected = try Self.pseudonym("same-person", keyFile: log + ".subject-key")
            let subjects = try Self.subjects(in: log)
            #expect(subjects.count == 20)
            overwritten += subjects.filter { $0 != expected }.count

            let checkpoints = try (0..<4).map { _ in try CommandLineTests.start(["log", "checkpoint", log]) }
            let notes = checkpoints.map { $0() }
            #expect(notes.allSatisfy { $0.status == 0 }, "trial \(trial): \(notes.map(\.err))")
            let published = try String(contentsOfFile: log + ".pub", encoding: .utf8)
            #expect(published.split(separator: "\n").count == 1)
            let verify = try CommandLineTests.run(["log", "verify", log])
            #expect(verify.status == 0 && verify.out.contains("checkpoints checked: 4"), "trial \(trial): \(verify.out)")
        }
        #expect(overwritten == 0, "\(overwritten) records under a key that is not the log's")
    }

    @Test("A missing key is an error, never made anew for a log in use; an explicit path is never created")
    func keysNeverReplaced() throws {
        let dir = try Self.folder("keys")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let log = dir + "/log.sqlite"
        #expect(try CommandLineTests.run(["decide", "--log", log], input: Self.request(subject: "a")).status == 0)
        #expect(try CommandLineTests.run(["log", "checkpoint", log]).status == 0)
        let published = try Data(contentsOf: URL(fileURLWithPath: log + ".pub"))

        try FileManager.default.moveItem(atPath: log + ".signing-key", toPath: dir + "/kept")
        let noSigner = try CommandLineTests.run(["log", "checkpoint", log])
        #expect(noSigner.status != 0 && noSigner.err.contains("signing key") && noSigner.err.contains("does not exist"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: log + ".pub")) == published)
        #expect(!FileManager.default.fileExists(atPath: log + ".signing-key"))
        try FileManager.default.moveItem(atPath: dir + "/kept", toPath: log + ".signing-key")

        let otherOrigin = try CommandLineTests.run(["log", "checkpoint", log, "--origin", "example.com/other"])
        #expect(otherOrigin.status != 0 && otherOrigin.err.contains("--origin example.com/other differs"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: log + ".pub")) == published)

        try FileManager.default.moveItem(atPath: log + ".subject-key", toPath: dir + "/kept-subject")
        let noSubject = try CommandLineTests.run(["decide", "--log", log], input: Self.request(subject: "a"))
        #expect(noSubject.status != 0 && noSubject.err.contains("subject key") && noSubject.err.contains("already holds records"))
        #expect(!FileManager.default.fileExists(atPath: log + ".subject-key"))
        #expect(try Self.subjects(in: log).count == 1)

        let typo = dir + "/typo/subject.key"
        let misnamed = try CommandLineTests.run(["decide", "--log", log, "--subject-key", typo], input: Self.request(subject: "a"))
        #expect(misnamed.status != 0 && misnamed.err.contains("does not exist"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/typo"))
    }

    @Test("log init makes owner-only keys once; rotate-key keeps old checkpoints verifiable and is recorded in the log")
    func initAndRotate() throws {
        let dir = try Self.folder("rotate")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let log = dir + "/log.sqlite"
        let created = try CommandLineTests.run(["log", "init", log, "--origin", "example.com/log"])
        #expect(created.status == 0, "\(created.err)")
        for suffix in [".subject-key", ".signing-key"] {
            let mode = try FileManager.default.attributesOfItem(atPath: log + suffix)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(suffix)")
        }
        let again = try CommandLineTests.run(["log", "init", log])
        #expect(again.status != 0 && again.err.contains("exists already"))

        #expect(try CommandLineTests.run(["decide", "--log", log], input: Self.request(subject: "b")).status == 0)
        let before = dir + "/before.txt"
        #expect(try CommandLineTests.run(["log", "checkpoint", log, "--out", before]).status == 0)
        #expect(try String(contentsOfFile: before, encoding: .utf8).contains("example.com/log\n"))

        let rotated = try CommandLineTests.run(["log", "rotate-key", log])
        #expect(rotated.status == 0, "\(rotated.err)")
        // The transition checkpoint is signed by the new and the old key.
        #expect(rotated.out.components(separatedBy: "\n— example.com/log ").count == 3)
        #expect(try String(contentsOfFile: log + ".pub", encoding: .utf8).split(separator: "\n").count == 2)
        #expect(!FileManager.default.fileExists(atPath: log + ".signing-key.next"))

        #expect(try CommandLineTests.run(["decide", "--log", log], input: Self.request(subject: "c")).status == 0)
        let after = dir + "/after.txt"
        #expect(try CommandLineTests.run(["log", "checkpoint", log, "--out", after]).status == 0)
        let verify = try CommandLineTests.run(["log", "verify", log, "--checkpoint", before, "--checkpoint", after])
        #expect(verify.status == 0, "\(verify.out)")
        #expect(verify.out.contains("checkpoints checked: 5"))

        // With only the new verifier key, the checkpoint the old key alone signed does not verify.
        let newest = try #require(try String(contentsOfFile: log + ".pub", encoding: .utf8).split(separator: "\n").last)
        try (newest + "\n").write(toFile: dir + "/new-only.pub", atomically: true, encoding: .utf8)
        let partial = try CommandLineTests.run(["log", "verify", log, "--key", dir + "/new-only.pub", "--checkpoint", before])
        #expect(partial.status == 1)
    }

    @Test("Read commands on a missing path fail with 'no such log' and create nothing", arguments: [
        ["log", "verify"], ["log", "export"], ["log", "tail"], ["log", "checkpoint"],
        ["log", "consistency", "--from", "0"], ["log", "prove"],
    ])
    func missingLog(_ command: [String]) throws {
        let dir = try Self.folder("missing")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let log = dir + "/typo.sqlite"
        var arguments = command
        arguments.insert(log, at: 2)
        if command.last == "prove" { arguments.append("00000000-0000-0000-0000-000000000000") }
        let run = try CommandLineTests.run(arguments)
        #expect(run.status != 0)
        #expect(run.err.contains("no such log"), "\(run.err)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test("An auditor with read-only access verifies a read-only copy, and nothing is written beside it")
    func readOnlyAuditor() throws {
        let dir = try Self.folder("audit")
        defer {
            chmod(dir + "/copy", 0o755)
            try? FileManager.default.removeItem(atPath: dir)
        }
        let log = dir + "/log.sqlite"
        let input = (0..<50).map { Self.request(subject: "s\($0)") }.joined(separator: "\n")
        #expect(try CommandLineTests.run(["decide", "--log", log], input: input).status == 0)
        #expect(try CommandLineTests.run(["log", "checkpoint", log]).status == 0)
        let copy = dir + "/copy"
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: false)
        for suffix in ["", ".pub"] {
            try FileManager.default.copyItem(atPath: log + suffix, toPath: copy + "/log.sqlite" + suffix)
            chmod(copy + "/log.sqlite" + suffix, 0o444)
        }
        chmod(copy, 0o555)
        chmod(dir, 0o755)
        // As an unprivileged user (root ignores permissions): nobody.
        var arguments = ["log", "verify", copy + "/log.sqlite"]
        var executable = Self.binary.path
        if getuid() == 0 {
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
            executable = "/usr/bin/setpriv"
            // The binary must be reachable by nobody.
            var folder = Self.binary.deletingLastPathComponent()
            while folder.path != "/" {
                let mode = (try? FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int) ?? 0
                if mode & 0o001 == 0 { chmod(folder.path, mode_t(mode | 0o001)) }
                folder.deleteLastPathComponent()
            }
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(out)")
        #expect(out.contains("records: 50") && out.contains("ok"))
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: copy)) == ["log.sqlite", "log.sqlite.pub"])
    }

    @Test("decide --log refuses another application's SQLite database and leaves it as it was")
    func foreignDatabase() throws {
        let dir = try Self.folder("foreign")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/app.db"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE entries (x INTEGER); INSERT INTO entries VALUES (1)") }
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let run = try CommandLineTests.run(["decide", "--log", path], input: Self.request(subject: "a"))
        #expect(run.status != 0)
        #expect(run.err.contains("not a Custodian decision log"), "\(run.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == ["app.db"])
    }

    @Test("A broken line is reported at its own line number", arguments: [7, 99_999])
    func brokenLineNumber(_ bad: Int) throws {
        let good = Self.request(subject: "a")
        let input = (1...(bad + 1)).map { $0 == bad ? "xyz" : good }.joined(separator: "\n")
        let run = try CommandLineTests.run(["decide"], input: input)
        #expect(run.status == 2)
        #expect(run.err.hasPrefix("line \(bad), column 1:"), "\(run.err.prefix(200))")
        #expect(run.out.isEmpty)
    }

    @Test("Invalid UTF-8 names its line and column and exits 2")
    func invalidUTF8() throws {
        let dir = try Self.folder("utf8")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var bytes = Data((Self.request(subject: "a") + "\n").utf8)
        bytes.append(contentsOf: Array(#"{"action":"use","subject":""#.utf8) + [0xC3, 0x28] + Array("\"}\n".utf8))
        try bytes.write(to: URL(fileURLWithPath: dir + "/in.jsonl"))
        let run = try CommandLineTests.run(["decide", dir + "/in.jsonl"])
        #expect(run.status == 2)
        #expect(run.err.contains("line 2, column 28: the line is not valid UTF-8"), "\(run.err)")
    }

    @Test("Writing to a full device ends with a message and exit status 74, not a crash")
    func fullDevice() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["decide"]
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data((0..<1000).map { _ in Self.request(subject: "a") }.joined(separator: "\n").utf8))
        try stdin.fileHandleForWriting.close()
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 74)
        #expect(err.contains("cannot write the output: No space left on device"))
    }

    @Test("A disk that fills during decide --log: every unlogged decision is a deny, the run exits 3 and says so")
    func diskFullDuringLog() throws {
        let dir = try Self.folder("fsize")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let input = (0..<3000).map { Self.request(subject: "s\($0)") }.joined(separator: "\n")
        try input.write(toFile: dir + "/in.jsonl", atomically: true, encoding: .utf8)
        // A file-size limit (RLIMIT_FSIZE, 200 KiB) makes the log's writes fail with EFBIG.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "ulimit -f 400; trap '' XFSZ; exec \"$0\" decide --log \"$1\" \"$2\"", Self.binary.path, dir + "/log.sqlite", dir + "/in.jsonl"]
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let err = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 3, "\(err)")
        let lines = out.split(separator: "\n")
        #expect(lines.count == 3000)
        let unrecorded = lines.filter { $0.contains("log.notRecorded") }.count
        #expect(unrecorded > 0)
        #expect(err.contains("\(unrecorded) decision(s) could not be recorded"))
        // Every allow printed is in the log.
        let logged = Set(try Self.subjects(in: dir + "/log.sqlite"))
        #expect(logged.count == lines.filter { $0.contains(#""decision":"allow""#) }.count)
    }

    @Test("'-', a FIFO and a missing file")
    func inputs() throws {
        let input = (0..<3).map { _ in Self.request(subject: "a") }.joined(separator: "\n")
        let dash = try CommandLineTests.run(["decide", "-"], input: input)
        #expect(dash.status == 0 && dash.out.split(separator: "\n").count == 3)
        let dir = try Self.folder("fifo")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/requests"
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(input.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let piped = try CommandLineTests.run(["decide", fifo])
        #expect(piped.status == 0 && piped.out.split(separator: "\n").count == 3, "\(piped.err)")
        let missing = try CommandLineTests.run(["decide", dir + "/nothing.jsonl"])
        #expect(missing.status != 0 && missing.err.contains("no such file"))
    }

    @Test("Impossible times and unassigned country codes are errors", arguments: [
        (#""at":"2026-02-30T10:00:00Z""#, "2026-02-30"), (#""at":"2026-02-28T24:00:00Z""#, "24:00"),
        (#""at":"2025-02-29T10:00:00+09:00""#, "2025-02-29"), (#""destinationCountry":"ZZ""#, "ZZ"),
        (#""destinationCountry":"UK""#, "UK"), (#""destinationCountry":"kr""#, "kr"),
    ])
    func values(_ field: (String, String)) throws {
        let request = #"{"action":"use","categories":["contact.email"],"purpose":"support","context":{\#(field.0)}}"#
        let run = try CommandLineTests.run(["decide"], input: request)
        #expect(run.status == 2, "\(run.out)")
        #expect(run.err.contains(field.1))
    }

    @Test("Real times and assigned codes still read")
    func goodValues() throws {
        let request = #"{"action":"use","categories":["contact.email"],"purpose":"support","context":{"at":"2024-02-29T23:59:59Z","destinationCountry":"KR"}}"#
        let run = try CommandLineTests.run(["decide"], input: request)
        #expect(run.status == 0, "\(run.err)")
    }
}
