import DecisionLog
import Foundation
import Testing

#if Postgres
import DecisionLogPostgres
#endif

/// Several service instances writing one PostgreSQL log. Runs with `Scripts/with-postgres.sh
/// swift test --traits Postgres`; skipped, with the reason shown, when `POSTGRES_URL` is unset.
@Suite("PostgreSQL: many writers, one log")
struct PostgresWritersTests {
    static let url = ProcessInfo.processInfo.environment["POSTGRES_URL"]

    @Test(
        "4 writer processes × 10,000 decisions: all 40,000 present exactly once, and the log verifies",
        .enabled(if: url != nil, "POSTGRES_URL is not set: the PostgreSQL writers test did not run"))
    func fourWriters() async throws {
        #if Postgres
        let schema = "w_\(UUID().uuidString.prefix(8).lowercased())"
        let url = try #require(Self.url) + "?schema=\(schema)"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-pg-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let subjectKey = directory.appendingPathComponent("subject-key").path
        let signingKey = directory.appendingPathComponent("signing-key").path
        try Data(repeating: 5, count: 32).write(to: URL(fileURLWithPath: subjectKey))
        try Data(repeating: 6, count: 32).write(to: URL(fileURLWithPath: signingKey))

        // Four inputs of 10,000 requests each.
        var inputs: [String] = []
        for writer in 0..<4 {
            let lines = (0..<10_000).map { n in
                #"{"action":"use","subject":"w\#(writer)-\#(n)","categories":["contact.email"],"purpose":"support","legalBasis":"contract"}"#
            }
            let path = directory.appendingPathComponent("in-\(writer).jsonl").path
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            inputs.append(path)
        }
        let processes = try inputs.map { input in
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.arguments = ["decide", "--log", url, "--subject-key", subjectKey, "--signing-key", signingKey, input]
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            return (process, out)
        }
        var printed: [String] = []
        for (process, out) in processes {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                #expect(object["decision"] as? String == "allow")
                printed.append(try #require(object["decisionId"] as? String))
            }
        }
        #expect(printed.count == 40_000)

        let store = try PostgresLogStore(url: url)
        let report = try await LogVerifier(key: nil).verify(store)
        #expect(report.isValid, "\(report.problems.prefix(3))")
        #expect(report.size == 40_000)
        let stored = try await store.entries(in: 0..<50_000).map(\.decisionID)
        #expect(stored.count == 40_000)
        #expect(Set(stored).count == 40_000)
        #expect(Set(stored) == Set(printed))
        try await store.dropEverything()
        #else
        Issue.record("POSTGRES_URL is set but the package was built without the Postgres trait (swift test --traits Postgres)")
        #endif
    }
}
