import Custodian
import DecisionLog
import Foundation
import Testing

@Suite("The canonical record encoding")
struct CanonicalEncodingTests {
    @Test("A record encodes to the documented bytes")
    func golden() throws {
        var record = Records.record(0)
        record.decisionID = DecisionID(UUID(uuidString: "00000000-0000-4000-8000-000000000001")!)
        let text = String(decoding: record.canonicalEncoding(index: 42), as: UTF8.self)
        let expected = #"{"v":1,"index":42,"id":"00000000-0000-4000-8000-000000000001","time":"2026-09-21T14:13:20.000Z","#
            + #""policy":"\#(record.policyVersion.rawValue)","subject":"\#(record.subject!)","action":"use","#
            + #""categories":["contact.email"],"purpose":"support","recipient":"controller","legalBasis":"contract","#
            + #""jurisdiction":"none","facts":{"holding":["userNotified"],"consentedPurposes":["marketing"],"#
            + #""separateConsents":[],"destinationCountry":null,"medium":null,"destructionMethod":null,"#
            + #""at":"2026-09-21T14:13:20.000Z"},"outcome":"allow","obligations":[],"#
            + #""reasons":[{"kind":"permitted","rule":"support","missing":[],"categories":[]}]}"#
        #expect(text == expected)
        #expect(record.subject!.hasPrefix("hmac-sha256:") && record.subject!.count == 12 + 64)
        // It is JSON, and one line.
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
        #expect(!text.contains("\n"))
    }

    @Test("Strings escape quotes, backslashes and control characters")
    func escaping() throws {
        var record = Records.record(1)
        record.reasons[0].missing = ["a\"b\\c\nd\u{01}é"]
        let bytes = record.canonicalEncoding(index: 0)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(#""a\"b\\c\u000ad\u0001é""#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let reasons = try #require(object["reasons"] as? [[String: Any]])
        #expect((reasons[0]["missing"] as? [String]) == ["a\"b\\c\nd\u{01}é"])
    }

    @Test("The subject pseudonym is keyed: same subject and key, same pseudonym; another key, another")
    func pseudonyms() throws {
        let a = Records.pseudonymizer.pseudonym(for: SubjectID("user-1"))
        #expect(a == Records.pseudonymizer.pseudonym(for: SubjectID("user-1")))
        #expect(a != Records.pseudonymizer.pseudonym(for: SubjectID("user-2")))
        let other = try SubjectPseudonymizer(key: Data(repeating: 8, count: 32))
        #expect(a != other.pseudonym(for: SubjectID("user-1")))
        #expect(throws: DecisionLogError.self) { try SubjectPseudonymizer(key: Data(repeating: 1, count: 16)) }
    }
}
