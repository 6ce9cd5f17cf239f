import Custodian
import Foundation
import Testing

/// The policy version is the SHA-256 of a canonical encoding written by hand; it must be, byte
/// for byte, what `JSONEncoder` with sorted keys writes, so that versions never change.
@Suite("The canonical encoding of a policy")
struct CanonicalEncodingTests {
    @Test("The built-in policy: the same bytes as JSONEncoder, and the version they hash to")
    func hero() throws {
        let policy = Hero.policy.policy
        #expect(try CompiledPolicy.canonicalEncoding(of: policy) == CompiledPolicy.foundationEncoding(of: policy))
    }

    @Test("Random policies with hostile texts: the same bytes as JSONEncoder", arguments: 0..<4)
    func random(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(90 + seed))
        // Texts with every control character, quotes, backslashes, slashes, non-ASCII and emoji.
        let pieces = (0..<32).map { String(UnicodeScalar(UInt8($0))) } + [
            "\"", "\\", "/", "</script>", "é", "›", "한국어", "日本語", "🙂", "\u{2028}", "\u{7F}", "a", " ", "{}", "[]",
        ]
        func text() -> String {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in random.pick(pieces) }.joined()
        }
        for n in 0..<25 {
            var policy = RandomPolicy.make(rules: 5 + n * 3, random: &random)
            policy.title = text()
            policy.controller = .init(id: text(), name: text(), clause: text())
            policy.revision = random.chance(0.5) ? Int.random(in: 0...1_000_000, using: &random) : nil
            policy.effective = random.chance(0.5) ? text() : nil
            policy.source = random.chance(0.5) ? text() : nil
            policy.purposes = policy.purposes.map { .init($0.id, text(), clause: text()) }
            for i in policy.rules.indices {
                policy.rules[i].clause = text()
                policy.rules[i].quote = random.chance(0.5) ? text() : nil
                policy.rules[i].note = random.chance(0.5) ? text() : nil
            }
            let written = try CompiledPolicy.canonicalEncoding(of: policy)
            let foundation = try CompiledPolicy.foundationEncoding(of: policy)
            #expect(written == foundation, "\(String(decoding: written.prefix(300), as: UTF8.self))")
        }
    }
}
