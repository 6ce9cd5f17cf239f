import Foundation
import Testing

/// End-to-end: the real `custodian` executable, as a user runs it.
@Suite("The custodian command line, end to end")
struct CommandLineTests {
    /// The executable `swift build` / `swift test` put beside the test bundle.
    static let binary: URL = {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        // Beside the test runner, in the same build folder (which may be a --scratch-path one).
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [
            runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("custodian") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        } ?? packageRoot.appendingPathComponent(".build/debug/custodian")
    }()

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    static func run(_ arguments: [String], input: String = "") throws -> Run {
        try start(arguments, input: input)()
    }

    /// Starts the command; returns a function that waits for it and gives its status, output and
    /// errors (so that several can run at once).
    static func start(_ arguments: [String], input: String = "") throws -> () -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        return {
            let out = stdout.fileHandleForReading.readDataToEndOfFile()
            let err = stderr.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Run(
                status: process.terminationStatus, out: String(decoding: out, as: UTF8.self),
                err: String(decoding: err, as: UTF8.self))
        }
    }

    @Test("decide: JSON Lines in, one decision per line out, in order")
    func decide() throws {
        let input = """
            {"action":"use","categories":["contact"],"purpose":"support","legalBasis":"contract"}
            {"action":"share","categories":["contact.email"],"purpose":"marketing","recipient":"advertiser"}
            {"action":"destroy","categories":["contact.email"],"purpose":"legalCompliance","context":{"medium":"electronic","destructionMethod":"cryptographicErasure"}}
            """
        let run = try Self.run(["decide"], input: input)
        #expect(run.status == 0, "\(run.err)")
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].contains(#""decision":"allow""#))
        #expect(lines[1].contains(#""decision":"deny""#))
        #expect(lines[2].contains(#""decision":"allow""#) && lines[2].contains("destroyIrrecoverably"))
    }

    @Test("decide: an unknown identifier is an error naming it, a non-zero exit and no decision")
    func decideUnknown() throws {
        let input = """
            {"action":"use","categories":["contact"],"purpose":"support","legalBasis":"contract"}
            {"action":"use","categories":["contact.fax"],"purpose":"support"}
            """
        let run = try Self.run(["decide"], input: input)
        #expect(run.status != 0)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("contact.fax") && run.err.contains("line 2"))
    }

    @Test("lint: the built-in policy has no findings; a malformed file names its line and column")
    func lint() throws {
        let clean = try Self.run(["lint"])
        #expect(clean.status == 0)
        #expect(clean.out.contains("no findings"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-lint-\(UUID()).yaml")
        try "schema: custodian.policy/1\nid: x\ntitle: [unclosed\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let bad = try Self.run(["lint", url.path])
        #expect(bad.status == 1)
        #expect(bad.out.contains("\(url.path):"))
        #expect(bad.out.range(of: #":\d+:\d+: invalidDocument"#, options: .regularExpression) != nil, "\(bad.out)")
    }

    @Test("decide --policy: a policy file of one's own is used, and a broken one is refused with its location")
    func ownPolicy() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-own-\(UUID()).yaml")
        try """
            schema: custodian.policy/1
            id: tiny
            title: Tiny
            controller: {id: us, name: Us, clause: "Us"}
            recipients: [{id: controller, description: us, clause: "Us"}]
            purposes: [{id: support, description: support, clause: "Support"}]
            rules:
              - {id: support, effect: permit, clause: "Support", actions: [use], recipients: [controller], purposes: [support], categories: [contact], legalBases: [contract]}
            """.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let run = try Self.run(
            ["decide", "--policy", url.path],
            input: #"{"action":"use","categories":["contact.email"],"purpose":"support","legalBasis":"contract"}"#)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains(#""rule":"support""#))
        try "schema: custodian.policy/1\nid: [\n".write(to: url, atomically: true, encoding: .utf8)
        let broken = try Self.run(["decide", "--policy", url.path], input: "{}")
        #expect(broken.status != 0)
        #expect(broken.err.contains("\(url.path):"))
        #expect(broken.out.isEmpty)
    }

    @Test("explain and demo print readable sentences")
    func explainAndDemo() throws {
        let explained = try Self.run(
            ["explain"],
            input: #"{"action":"disclose","categories":["identity.name"],"purpose":"legalCompliance","recipient":"patient","legalBasis":"legalObligation","context":{"permittedByLaw":true}}"#)
        #expect(explained.status == 0)
        #expect(explained.out.contains("Denied"))
        #expect(explained.out.contains("one of requiredByLaw or courtOrder must hold"))
        let demo = try Self.run(["demo"])
        #expect(demo.status == 0)
        #expect(demo.out.contains("§3") && demo.out.contains("§4") && demo.out.contains("§5"))
        #expect(demo.out.contains("Allowed") && demo.out.contains("Denied"))
        #expect(demo.out.contains("PIPA Art. 17(1)") && demo.out.contains("GDPR Art. 21(1)"))
        #expect(!demo.out.contains("noRulePack"))
        #expect(!demo.out.contains("user-8801"))
    }
}

import DecisionLog
import DecisionLogSQLite

extension CommandLineTests {
    @Test("log verify names the first bad record of a tampered 1,000-record log, and a cut tail against a checkpoint")
    func logVerify() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-cli-log-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = directory.appendingPathComponent("d.sqlite").path
        let input = (0..<1000).map { n in
            #"{"action":"use","subject":"canary-\#(n)","categories":["contact.email"],"purpose":"support","legalBasis":"contract"}"#
        }.joined(separator: "\n")
        let decided = try Self.run(["decide", "--log", log], input: input)
        #expect(decided.status == 0)
        #expect(decided.out.split(separator: "\n").count == 1000)
        let checkpoint = directory.appendingPathComponent("cp.txt").path
        #expect(try Self.run(["log", "checkpoint", log, "--out", checkpoint]).status == 0)
        let clean = try Self.run(["log", "verify", log, "--checkpoint", checkpoint])
        #expect(clean.status == 0)
        #expect(clean.out.contains("records: 1000") && clean.out.contains("checkpoints checked: 2"))

        // The export holds no subject.
        let export = try Self.run(["log", "export", log])
        #expect(export.out.split(separator: "\n").count == 1000)
        #expect(!export.out.contains("canary-"))

        // Flip one byte of record 613.
        let store = try SQLiteLogStore(path: log)
        let entry = try #require(try await store.entries(in: 613..<614).first)
        var leaf = Data(entry.leaf)
        leaf[40] ^= 0x01
        try store.unsafeExecute("UPDATE entries SET leaf = ? WHERE idx = 613", arguments: [leaf])
        let flipped = try Self.run(["log", "verify", log])
        #expect(flipped.status == 1)
        #expect(flipped.out.contains("record 613:"))
        try store.unsafeExecute("UPDATE entries SET leaf = ? WHERE idx = 613", arguments: [Data(entry.leaf)])

        // Cut the tail and the checkpoints kept in the log: only the exported checkpoint catches it.
        try store.unsafeExecute("DELETE FROM entries WHERE idx >= 950")
        try store.unsafeExecute("DELETE FROM checkpoints")
        // The stored subtree hashes over the cut records betray it; an attacker deletes them too.
        let betrayed = try Self.run(["log", "verify", log])
        #expect(betrayed.status == 1 && betrayed.out.contains("beyond its 950 records"))
        try store.unsafeExecute("DELETE FROM nodes WHERE key >> 6 >= 950")
        #expect(try Self.run(["log", "verify", log]).status == 0)
        let cut = try Self.run(["log", "verify", log, "--checkpoint", checkpoint])
        #expect(cut.status == 1)
        #expect(cut.out.contains("record 950:") && cut.out.contains("cut off"))

        // A proof for a decision that is there.
        let id = try #require(
            (try JSONSerialization.jsonObject(with: Data(decided.out.split(separator: "\n")[10].utf8)) as? [String: Any])?[
                "decisionId"] as? String)
        let proof = try Self.run(["log", "prove", log, id])
        #expect(proof.status == 0)
        // Records are appended in the input's order: line 11 is record 10.
        #expect(proof.out.contains("\"decisionId\":\"\(id)\",\"index\":10,"))
    }
}
