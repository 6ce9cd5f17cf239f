import Foundation
import Testing

/// The models `custodian-generate-models` writes for a policy of one's own, compiled against the
/// Custodian module just built: a declared purpose compiles, an undeclared one does not.
@Suite("Generated models of a policy of one's own")
struct GeneratedModelsTests {
    /// The build folder of the running tests (where `custodian` and the module files are).
    static var buildFolder: URL { CommandLineTests.binary.deletingLastPathComponent() }

    static let clinicPolicy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/Clinic/clinic.custodian.yaml")

    /// Runs `executable` with `arguments`; its exit status and standard error.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Type-checks `files` as one module against the modules of the build folder.
    static func typeCheck(_ files: [URL]) throws -> (status: Int32, error: String) {
        try run("/usr/bin/env", ["swiftc", "-typecheck", "-I", buildFolder.appendingPathComponent("Modules").path] + files.map(\.path))
    }

    @Test("The clinic's HealthRecord compiles for a declared purpose, and a misused purpose does not compile")
    func misuseDoesNotCompile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-models-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let models = folder.appendingPathComponent("ClinicModels.swift")
        let generator = Self.buildFolder.appendingPathComponent("custodian-generate-models").path
        let generated = try Self.run(generator, [Self.clinicPolicy.path, "--output", models.path])
        try #require(generated.status == 0, "\(generated.error)")
        let source = try String(contentsOf: models, encoding: .utf8)
        #expect(source.contains("public struct HealthRecord: PersonalInformation"))
        #expect(source.contains("case treatment, referral"))
        // The imported Hero Platform types and identifiers are Custodian's own, not generated again.
        #expect(!source.contains("struct ContactInformation"))
        #expect(!source.contains("static let contactEmail"))

        func program(_ purpose: String) throws -> URL {
            let url = folder.appendingPathComponent("Use\(purpose).swift")
            try """
            import Custodian
            let record = HealthRecord(diagnosis: "J45.909")
            let request = record.request(.use, for: .\(purpose), legalBasis: .contract)
            let referral = Context(facts: [.referralOnFile])
            let obligation: Obligation = .logAccess
            """.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let declared = try Self.typeCheck([models, try program("treatment")])
        #expect(declared.status == 0, "a declared purpose must compile: \(declared.error)")
        let misused = try Self.typeCheck([models, try program("marketing")])
        #expect(misused.status != 0)
        #expect(misused.error.contains("has no member 'marketing'"), "\(misused.error)")
    }

    @Test("generate-models names a bad policy's file and line, exits 1 and writes nothing")
    func badPolicy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-models-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = folder.appendingPathComponent("bad.custodian.yaml")
        var text = try String(contentsOf: Self.clinicPolicy, encoding: .utf8)
        text = text.replacingOccurrences(of: "categories: [health.diagnosis]", with: "categories: [health.xray]")
        try text.write(to: policy, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Models.swift")
        let generator = Self.buildFolder.appendingPathComponent("custodian-generate-models").path
        let result = try Self.run(generator, [policy.path, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.error.contains("bad.custodian.yaml:"))
        #expect(result.error.contains("health.xray"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("The clinic policy lints clean, decides its own categories and valued facts through `decide --policy`, and logs them")
    func clinicDecidesAndLogs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-clinic-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("decisions.sqlite").path
        let lint = try CommandLineTests.run(["lint", Self.clinicPolicy.path])
        #expect(lint.status == 0 && lint.out.contains("no findings"), "\(lint.out)\(lint.err)")
        #expect(try CommandLineTests.run(["log", "init", log]).status == 0)
        let input = """
            {"action":"share","subject":"patient-7","categories":["health.diagnosis"],"purpose":"referral","recipient":"specialist","legalBasis":"contract","context":{"referralOnFile":true,"urgency":"urgent"}}
            {"action":"share","categories":["health"],"purpose":"referral","recipient":"specialist","legalBasis":"contract"}
            """
        let decided = try CommandLineTests.run(["decide", "--policy", Self.clinicPolicy.path, "--log", log], input: input)
        #expect(decided.status == 0, "\(decided.err)")
        let lines = decided.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains(#""decision":"allow","obligations":["logAccess","minimizeData"]"#) == true)
        #expect(lines.last?.contains(#""decision":"deny""#) == true && lines.last?.contains("referralOnFile") == true)
        #expect(try CommandLineTests.run(["log", "checkpoint", log]).status == 0)
        let verified = try CommandLineTests.run(["log", "verify", log])
        #expect(verified.status == 0 && verified.out.contains("records: 2"), "\(verified.out)\(verified.err)")
        let tail = try CommandLineTests.run(["log", "tail", log])
        #expect(tail.out.contains(#""categories":["health.diagnosis","health.prescription"]"#), "\(tail.out)")
        #expect(tail.out.contains("urgency.urgent"))
        #expect(!tail.out.contains("patient-7"))
    }
}
