import Custodian
import CustodianPolicyFiles
import Foundation
import Testing

/// The quick reading of policy documents (straight from the YAML nodes) against the exact
/// `Codable` one: wherever the quick one reads a policy, the exact one reads the same policy;
/// wherever the exact one fails, the quick one leaves the document to it.
@Suite("Reading policies quickly, and exactly the same")
struct PolicyNodeReaderTests {
    static let hero = BuiltInPolicy.heroPlatform.text

    static func compare(_ text: String) throws -> (quick: Bool, exact: Bool) {
        let (quick, exact) = try PolicyFile.readings(of: text)
        switch exact {
        case .success(let policy):
            if let quick { #expect(quick == policy) }
        case .failure:
            #expect(quick == nil, "the quick reading accepted what the exact one rejects")
        }
        return (quick != nil, (try? exact.get()) != nil)
    }

    @Test("The built-in policy and the fixtures: the quick reading is used and agrees")
    func documents() throws {
        #expect(try Self.compare(Self.hero) == (true, true))
        let url = try #require(Bundle.module.url(forResource: "lint-problems", withExtension: "yaml", subdirectory: "Fixtures"))
        #expect(try Self.compare(String(contentsOf: url, encoding: .utf8)) == (true, true))
        // JSON is the same schema.
        let json = try JSONEncoder().encode(try BuiltInPolicy.heroPlatform.policy())
        #expect(try Self.compare(String(decoding: json, as: UTF8.self)) == (true, true))
    }

    @Test("Mutations of the built-in policy: never a different policy, never an accepted error", arguments: 0..<4)
    func mutations(_ seed: Int) throws {
        // Replace one token of one line with another token of the document, or with a tricky value.
        var state = UInt64(seed + 1) &* 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        let lines = Self.hero.components(separatedBy: "\n")
        let tokens = Set(Self.hero.split(whereSeparator: { " \n[],:{}".contains($0) }).map(String.init)).sorted()
            + ["~", "null", "''", "\"\"", "007", "-1", "1e3", "0x10", "!!int 5", "!!str any", "true", "[]", "{}", "any", "usableForPurpose"]
        var quick = 0
        for _ in 0..<300 {
            var mutated = lines
            let index = Int(next() % UInt64(lines.count))
            var words = mutated[index].components(separatedBy: " ")
            guard !words.isEmpty else { continue }
            let word = Int(next() % UInt64(words.count))
            words[word] = tokens[Int(next() % UInt64(tokens.count))]
            mutated[index] = words.joined(separator: " ")
            let text = mutated.joined(separator: "\n")
            // Not valid YAML: neither reading sees it.
            guard let outcome = try? Self.compare(text) else { continue }
            if outcome.quick { quick += 1 }
        }
        #expect(quick > 0)
    }

    @Test("A policy of 2,500 more rules, read on two cores: the same policy as the exact reading")
    func largePolicy() throws {
        let purposes = (0..<2_500).map { "  - {id: synthetic\($0), description: d, clause: \"S\"}\n" }.joined()
        let rules = (0..<2_500).map { i in
            "  - id: synthetic.\(i)\n    effect: permit\n    clause: \"S › \(i)\"\n    actions: [collect, use]\n"
                + "    recipients: [controller]\n    purposes: [synthetic\(i)]\n    categories: [contact.email]\n"
                + (i % 3 == 0 ? "    when: {none: [objection]}\n" : "")
        }.joined()
        let text = Self.hero.replacingOccurrences(of: "\nrules:\n", with: "\n" + purposes + "\nrules:\n" + rules)
        let (quick, exact) = try PolicyFile.readings(of: text)
        let policy = try exact.get()
        #expect(policy.rules.count == 2_500 + (try BuiltInPolicy.heroPlatform.policy()).rules.count)
        #expect(quick == policy)
        // The order of rules is kept across the two halves.
        #expect(quick?.rules.map(\.id) == policy.rules.map(\.id))
    }
}
