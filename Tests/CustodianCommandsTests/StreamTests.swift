import Foundation
import Testing

enum StreamFailure: Error { case noAnswer, ended }

/// `custodian decide --stream`: a co-process that answers each line as it comes.
@Suite("decide --stream")
struct StreamTests {
    typealias CLI = CommandLineTests

    static let request =
        #"{"action":"disclose","subject":"user-1","categories":["identity.name"],"purpose":"legalCompliance","recipient":"court","legalBasis":"legalObligation","context":{"courtOrder":true}}"#

    @Test("Each line is answered before the next is written; a bad line gets an error object and the stream goes on")
    func answersLineByLine() throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["decide", "--stream"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // A watchdog: a stream that stops answering is killed, so the test fails instead of hanging.
        DispatchQueue.global().asyncAfter(deadline: .now() + 60) { if process.isRunning { process.terminate() } }
        var received = Data()
        /// The next answer line, read without closing the input (within 10 s).
        func nextLine() throws -> String {
            let deadline = Date().addingTimeInterval(10)
            while !received.contains(0x0A) {
                guard Date() < deadline else { throw StreamFailure.noAnswer }
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                received.append(chunk)
            }
            guard let end = received.firstIndex(of: 0x0A) else { throw StreamFailure.ended }
            let line = String(decoding: received[received.startIndex..<end], as: UTF8.self)
            received = Data(received[(end + 1)...])
            return line
        }
        let lines = [Self.request, #"{"action":"fly","categories":[]}"#, "", Self.request.replacingOccurrences(of: "court\"", with: "controller\"")]
        var answers: [String] = []
        for line in lines {
            input.fileHandleForWriting.write(Data((line + "\n").utf8))
            if !line.isEmpty { answers.append(try nextLine()) }
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(answers.count == 3)
        #expect(answers[0].contains(#""decision":"allow""#))
        #expect(answers[1].hasPrefix(#"{"error":{"#))
        #expect(answers[1].contains(#""line":2"#))
        #expect(answers[1].contains("fly"))
        #expect(answers[2].contains(#""decision":"deny""#))
        #expect(answers[2].contains(#""line""#) == false)
        #expect(process.terminationStatus == 2)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(message.contains("1 line(s) were not requests"))
    }

    @Test("With --log, each answer is recorded before it is given; invalid UTF-8 is a bad line, not a crash")
    func streamWithLog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("log.sqlite").path
        #expect(try CLI.run(["log", "init", log]).status == 0)
        var bytes = Data((Self.request + "\n").utf8)
        bytes.append(contentsOf: [0x7B, 0xFF, 0xFE, 0x7D, 0x0A])
        bytes.append(Data((Self.request + "\n" + Self.request).utf8))  // the last line has no line break
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["decide", "--stream", "--log", log]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        input.fileHandleForWriting.write(bytes)
        try input.fileHandleForWriting.close()
        let answers = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n")
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(answers.count == 4)
        #expect(answers[1].contains("not valid UTF-8"))
        let verified = try CLI.run(["log", "verify", log])
        #expect(verified.status == 0)
        #expect(verified.out.contains("records: 3"))
    }
}
