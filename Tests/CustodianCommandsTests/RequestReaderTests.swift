import Custodian
import CustodianCommands
@_spi(Testing) import CustodianWire
import Foundation
import Testing

/// The fast request reader against the Foundation-based one: the same verdict and the same
/// request on valid, random and malformed input.
@Suite("The fast request reader agrees with Foundation")
struct RequestReaderTests {
    /// The workload's kind of requests, with every field and escapes.
    static let valid: [String] = [
        WireFormatTests.example,
        #"{"action":"use","categories":["contact"],"purpose":"support"}"#,
        #"  {"action" : "destroy" , "categories" : [ "contact.email" ] , "purpose":"legalCompliance","context":{"medium":"electronic","destructionMethod":"cryptographicErasure","legalHold":false}}  "#,
        #"{"action":"share","subject":"\u00e9l\u00e8ve \"x\" \\ \/ \b\f\n\r\t \ud83d\ude00","categories":["online"],"purpose":"security","recipient":"serviceProvider","legalBasis":null,"jurisdiction":null,"context":null}"#,
        #"{"action":"use","subject":null,"categories":["usage.links","device"],"purpose":"marketing","recipient":null,"context":{"consentedPurposes":[],"separateConsents":["marketing","sensitiveData"],"at":"2026-11-24T10:00:00Z"}}"#,
    ]

    /// Foundation's reading: `JSONSerialization` for the syntax (its decoder skips checks in
    /// values it never decodes), then the `Codable` request for the fields.
    static func foundation(_ text: String) -> Request? {
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil else {
            return nil
        }
        return try? WireRequest.decode(Substring(text))
    }

    /// Whether Foundation accepted `text` only by its leniency: a repeated key (the reader says
    /// so), or trailing commas (the reader agrees once it allows them).
    static func onlyLeniencyDiffers(_ text: String, _ expected: Request) -> Bool {
        do {
            return try RequestReader.read(Substring(text), allowingTrailingCommas: true) == expected
        } catch {
            return error.message.contains("given twice")
        }
    }
    static func fast(_ text: String) -> Request? { try? RequestReader.read(Substring(text)) }

    @Test("Reads valid requests exactly as Foundation does", arguments: valid)
    func validRequests(_ text: String) throws {
        let expected = try #require(Self.foundation(text))
        #expect(try RequestReader.read(Substring(text)) == expected)
    }

    @Test("Times read the same as Foundation reads them, valid or not", arguments: [
        "2026-11-24T10:00:00Z", "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
        "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z",
        "2026-01-01T23:59:60Z", "1970-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
        "2000-02-29T12:00:00Z", "1900-02-29T12:00:00Z", "2026-11-24T10:00:00+09:00", "2026-11-24T10:00:00.250Z",
        "2026-11-24 10:00:00Z", "2026-11-24T10:00:00z", "20261124T100000Z", "2026-1-24T10:00:00Z",
    ])
    func times(_ time: String) {
        let text = #"{"action":"use","categories":["contact"],"purpose":"support","context":{"at":"\#(time)"}}"#
        #expect(Self.fast(text) == Self.foundation(text), "\(time)")
    }

    @Test("Every line of the shared workload reads the same")
    func workload() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../../shared/peers/make_workload.py"
        ).standardized.path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-w-\(UUID()).jsonl")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path, "--n", "5000", "--seed", "3", "--out", out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 ../shared/peers/make_workload.py did not run")
        let data = try Data(contentsOf: out)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").filter { $0.hasPrefix("{") }
        #expect(lines.count == 5000)
        for line in lines { #expect(Self.fast(String(line)) == Self.foundation(String(line))) }
    }

    @Test("Random mutations of valid requests: the same verdict and the same request, 200,000 times")
    func mutations() {
        var random = SystemRandomNumberGenerator()
        var seed = UInt64.random(in: 0...UInt64.max, using: &random)
        var generator = MutationGenerator(seed: seed)
        var disagreements: [String] = []
        var accepted = 0
        for _ in 0..<200_000 {
            let text = generator.next(from: Self.valid)
            let expected = Self.foundation(text)
            let got = Self.fast(text)
            if expected != nil { accepted += 1 }
            if got == nil, expected != nil, Self.onlyLeniencyDiffers(text, expected!) { continue }
            if got != expected && disagreements.count < 5 {
                disagreements.append("\(text.debugDescription): foundation \(expected != nil), fast \(got != nil)")
            }
        }
        seed = 0
        #expect(disagreements.isEmpty, "\(disagreements.joined(separator: "\n"))")
        #expect(accepted > 1_000, "only \(accepted) mutations were valid requests")
    }

    @Test("A key given twice, or a trailing comma, is an error (Foundation is lenient with both)", arguments: [
        #"{"action":"use","action":"collect","categories":["contact"],"purpose":"support"}"#,
        #"{"action":"use","categories":["contact"],"purpose":"support",}"#,
        #"{"action":"use","categories":["contact",],"purpose":"support"}"#,
    ])
    func strictness(_ text: String) {
        #expect(Self.foundation(text) != nil)
        #expect(throws: WireError.self) { try RequestReader.read(Substring(text)) }
    }

    @Test("A raw control character in a string is an error, even in a value that is never read")
    func controlCharacters() {
        // Found by the fuzzer: Foundation's decoder accepts it when the value is never decoded.
        let text = "{\"action\":\"use\",\"categories\":[\"contact\"],\"purpose\":\"support\",\"purpose\":{\"at\":\"\u{01}x\"}}"
        #expect(throws: WireError.self) { try RequestReader.read(Substring(text)) }
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil)
    }

    @Test("Errors give the line, the column and the field", arguments: [
        (#"{"action":"use","categories":["contact.fax"],"purpose":"support"}"#, "categories[0]", "contact.fax"),
        (#"{"action":"sell","categories":["contact"],"purpose":"support"}"#, "action", "sell"),
        (#"{"action":"use","categories":["contact"],"purpose":"support","context":{"userNotifed":true}}"#, "context.userNotifed", "userNotifed"),
        (#"{"action":"use","categories":["contact"],"purpose":"support","context":{"userNotified":1}}"#, "context.userNotified", "true or false"),
        (#"{"action":"use","categories":["contact"],"purpose":"support""#, nil, "not valid JSON"),
    ] as [(String, String?, String)])
    func errors(_ text: String, _ field: String?, _ phrase: String) {
        do {
            _ = try RequestReader.read(Substring(text), line: 7)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.line == 7)
            #expect(error.column != nil)
            #expect(error.field == field, "\(error)")
            #expect(error.description.contains(phrase), "\(error)")
        }
    }
}

/// Mutates valid JSON texts: byte flips, deletions, insertions of JSON-significant characters,
/// truncations, duplications of fragments.
struct MutationGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed | 1 }

    mutating func nextInt(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(bound))
    }

    static let alphabet = Array(#"{}[]:,"\ tfn0123456789.eE+-uabcdxyz"#.utf8) + [0x0A, 0x09, 0x01, 0x7F]

    mutating func next(from seeds: [String]) -> String {
        var bytes = Array(seeds[nextInt(seeds.count)].utf8)
        for _ in 0..<(1 + nextInt(3)) {
            guard !bytes.isEmpty else { break }
            let i = nextInt(bytes.count)
            switch nextInt(6) {
            case 0: bytes[i] = Self.alphabet[nextInt(Self.alphabet.count)]
            case 1: bytes.remove(at: i)
            case 2: bytes.insert(Self.alphabet[nextInt(Self.alphabet.count)], at: i)
            case 3: bytes.removeSubrange(i...)
            case 4:
                let j = min(bytes.count, i + nextInt(12))
                bytes.insert(contentsOf: bytes[i..<j], at: i)
            default:
                let words = ["true", "false", "null", "0", "-1.5e3", "\"x\"", "[]", "{}", "\"\\u00e9\"", "\"\\ud800\""]
                bytes.insert(contentsOf: Array(words[nextInt(words.count)].utf8), at: i)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

}
