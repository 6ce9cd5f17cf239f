import Custodian
import CustodianPolicyFiles
import Foundation
import Testing

/// Vocabularies declared in a policy or imported from files: read strictly, located precisely.
@Suite("Vocabularies in policy files")
struct VocabularyFileTests {
    /// A folder of files for one test, removed after it.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("custodian-vocabulary-\(UUID())")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> URL {
            let file = url.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file
        }
    }

    static let clinic = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/Clinic/clinic.custodian.yaml")

    /// A small policy: one permit for `categories`, importing `imports`, declaring `vocabulary`.
    static func policy(imports: [String] = [], vocabulary: String = "", categories: String = "[contact.email]") -> String {
        """
        schema: custodian.policy/1
        id: small
        title: Small
        controller: {id: c, name: C, clause: C}
        \(imports.isEmpty ? "" : "imports: [\(imports.map { "\"\($0)\"" }.joined(separator: ", "))]")
        recipients: [{id: controller, description: us, clause: C}]
        purposes: [{id: support, description: s, clause: C}]
        \(vocabulary)
        rules:
          - {id: r, effect: permit, clause: C, actions: [collect, use, retain], recipients: [controller], purposes: [support], categories: \(categories)}
        """
    }

    static func vocabularyFile(_ body: String, imports: [String] = []) -> String {
        """
        schema: custodian.vocabulary/1
        \(imports.isEmpty ? "" : "imports: [\(imports.map { "\"\($0)\"" }.joined(separator: ", "))]")
        vocabulary:
        \(body)
        """
    }

    static func error(_ body: () throws -> Any) -> PolicyFileError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? PolicyFileError
        }
    }

    @Test("The built-in Hero Platform vocabulary document is Vocabulary.heroPlatform, and the built-in policy speaks it")
    func builtInVocabulary() throws {
        let hero = try BuiltInPolicy.heroPlatform.policy()
        #expect(hero.vocabulary == Vocabulary.heroPlatform)
        let compiled = try BuiltInPolicy.heroPlatform.compiled()
        #expect(compiled.vocabulary.categories == CompiledVocabulary.heroPlatform.categories)
        #expect(compiled.vocabulary.facts == CompiledVocabulary.heroPlatform.facts)
    }

    @Test("The clinic example compiles with its own categories beside the imported ones, lints clean, and decides")
    func clinic() throws {
        let policy = try PolicyFile.compile(contentsOf: Self.clinic)
        #expect(policy.vocabulary.declares(Category(rawValue: "health.diagnosis")!))
        #expect(policy.vocabulary.declares(Category.contactEmail))
        #expect(policy.vocabulary.categories.count == 35)
        let text = try String(contentsOf: Self.clinic, encoding: .utf8)
        #expect(PolicyLinter().lint(text, file: Self.clinic.path).isEmpty)
        let referral = Request(
            .share, categories: ["health.diagnosis"], purpose: Purpose("referral"), recipient: .specialist,
            legalBasis: .contract, context: Context(facts: [Fact(rawValue: "referralOnFile")!]))
        let decision = policy.decide(referral)
        #expect(decision.isAllowed)
        // Not marked urgent: the routine referral's notice is due too.
        #expect(decision.obligations.map(\.rawValue) == ["logAccess", "minimizeData", "notifyUserInAdvance"])
        var withoutReferral = referral
        withoutReferral.context = Context()
        #expect(policy.decide(withoutReferral).reasons.first?.missing == ["referralOnFile"])
        // Under the Hero Platform policy the clinic's category is not declared: an invalid request.
        let hero = try BuiltInPolicy.heroPlatform.compiled()
        let foreign = hero.decide(referral)
        #expect(!foreign.isAllowed)
        #expect(foreign.reasons.map(\.rule.rawValue) == ["request.unknownCategory"])
        #expect(foreign.reasons.first?.missing == ["declared(health.diagnosis)"])
    }

    @Test("Imports: relative paths, a file reached twice read once, declarations in order")
    func imports() throws {
        let folder = try Folder()
        try folder.write(
            "base.yaml",
            Self.vocabularyFile(
                """
                  categories: [{id: contact.email, description: e, source: providedByUser, retention: r}]
                  retention: [{id: r, days: 30, legalRequirementsExtend: false, destruction: {}, clause: R}]
                """))
        try folder.write("left.yaml", Self.vocabularyFile("  facts: [{id: left, description: l}]", imports: ["base.yaml"]))
        try folder.write("right.yaml", Self.vocabularyFile("  facts: [{id: right, description: r}]", imports: ["base.yaml"]))
        let file = try folder.write("policy.yaml", Self.policy(imports: ["left.yaml", "right.yaml"]))
        let policy = try PolicyFile.compile(contentsOf: file)
        #expect(policy.vocabulary.categories == [.contactEmail])
        #expect(policy.vocabulary.facts.suffix(2).map(\.rawValue) == ["left", "right"])
    }

    @Test("An import cycle, a missing file, a directory, a FIFO, a wrong schema and an unknown built-in are errors naming the import")
    func badImports() throws {
        let folder = try Folder()
        try folder.write("a.yaml", Self.vocabularyFile("  facts: []", imports: ["b.yaml"]))
        try folder.write("b.yaml", Self.vocabularyFile("  facts: []", imports: ["a.yaml"]))
        var file = try folder.write("cycle.yaml", Self.policy(imports: ["a.yaml"]))
        var error = try #require(Self.error { try PolicyFile.compile(contentsOf: file) })
        #expect(error.message.contains("import cycle: a.yaml → b.yaml → a.yaml"), "\(error)")
        #expect(error.file.hasSuffix("b.yaml") && error.line == 2)

        file = try folder.write("self.yaml", Self.policy(imports: ["self.yaml"]))
        error = try #require(Self.error { try PolicyFile.compile(contentsOf: file) })
        #expect(error.message.contains("import cycle"))

        file = try folder.write("missing.yaml", Self.policy(imports: ["nowhere.yaml"]))
        error = try #require(Self.error { try PolicyFile.compile(contentsOf: file) })
        #expect(error.message.contains("cannot import 'nowhere.yaml'") && error.line == 5, "\(error)")

        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("dir"), withIntermediateDirectories: true)
        file = try folder.write("directory.yaml", Self.policy(imports: ["dir"]))
        error = try #require(Self.error { try PolicyFile.compile(contentsOf: file) })
        #expect(error.message.contains("is a directory"), "\(error)")

        let fifo = folder.url.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        file = try folder.write("fifo.yaml", Self.policy(imports: ["fifo"]))
        error = try #require(Self.error { try PolicyFile.compile(contentsOf: file) })
        #expect(error.message.contains("not a regular file"), "\(error)")

        try folder.write("schema.yaml", "schema: custodian.policy/1\nvocabulary: {}\n")
        file = try folder.write("wrong.yaml", Self.policy(imports: ["schema.yaml"]))
        error = try #require(Self.error { try PolicyFile.compile(contentsOf: file) })
        #expect(error.file.hasSuffix("schema.yaml") && error.message.contains("custodian.vocabulary/1"), "\(error)")

        error = try #require(Self.error { try PolicyFile.compile(Self.policy(imports: ["custodian:nothing"]), file: "p.yaml") })
        #expect(error.message.contains("no built-in vocabulary 'custodian:nothing'"))
    }

    @Test("A vocabulary error is located in the document, or at the import it comes from")
    func locations() throws {
        // A category declared twice in the document itself, after an imported vocabulary.
        let twice = Self.policy(
            imports: ["custodian:hero-platform"],
            vocabulary: """
                vocabulary:
                  categories:
                    - {id: health.a, description: a, source: providedByUser, retention: hero}
                    - {id: health.a, description: a, source: providedByUser, retention: hero}
                """)
        var error = try #require(Self.error { try PolicyFile.compile(twice, file: "p.yaml") })
        #expect(error.field == "vocabulary.categories[1].id", "\(error)")
        #expect(error.line == twice.components(separatedBy: "\n").lastIndex { $0.contains("health.a") }! + 1)
        // Declared both in the import and in the document: the document's declaration is at fault.
        let again = Self.policy(
            imports: ["custodian:hero-platform"],
            vocabulary: """
                vocabulary:
                  categories:
                    - {id: contact.email, description: e, source: providedByUser, retention: hero}
                """)
        error = try #require(Self.error { try PolicyFile.compile(again, file: "p.yaml") })
        #expect(error.field == "vocabulary.categories[0].id" && error.message.contains("declared twice"), "\(error)")
        // A rule naming an undeclared fact, at the fact.
        let fact = Self.policy().replacingOccurrences(
            of: "categories: [contact.email]}", with: "categories: [contact.email], when: {all: [contractInForce, notDeclared]}}")
        error = try #require(Self.error { try PolicyFile.compile(fact, file: "p.yaml") })
        #expect(error.field == "rules[0].when.all[1]" && error.message.contains("unknown fact 'notDeclared'"), "\(error)")
    }

    @Test("Lint reports the document's own unused declarations, but not categories an `any` rule covers")
    func unused() throws {
        let vocabulary = """
            vocabulary:
              categories:
                - {id: shop.email, description: e, source: providedByUser, retention: r}
                - {id: shop.basket, description: b, source: providedByUser, retention: r}
              facts: [{id: used, description: u}, {id: spare, description: s}]
              obligations: [{id: spareDuty, description: s}]
              retention: [{id: r, days: 30, legalRequirementsExtend: false, destruction: {}, clause: R}]
            """
        let named = Self.policy(vocabulary: vocabulary, categories: "[shop.email]")
            .replacingOccurrences(of: "categories: [shop.email]}", with: "categories: [shop.email], when: {none: [used]}}")
        let findings = PolicyLinter().lint(named, file: "p.yaml").filter { $0.check == .unusedDeclaration }
        #expect(findings.map(\.message).sorted() == [
            "the category 'shop.basket' is declared but no rule names it",
            "the fact 'spare' is declared but no rule names it",
            "the obligation 'spareDuty' is declared but no rule names it",
        ])
        let any = Self.policy(vocabulary: vocabulary, categories: "any")
        #expect(!PolicyLinter().lint(any, file: "p.yaml").contains { $0.message.contains("category 'shop.") })
    }

    @Test("A vocabulary beyond the engine's limits is refused by name")
    func limits() throws {
        let categories = (0..<1_025).map { "    - {id: g.c\($0), description: c, source: providedByUser}" }.joined(separator: "\n")
        let large = Self.policy(vocabulary: "vocabulary:\n  categories:\n" + categories, categories: "[g.c0]")
        let error = try #require(Self.error { try PolicyFile.compile(large, file: "p.yaml") })
        #expect(error.message.contains("at most 1024"), "\(error)")
        let malformed = Self.policy(
            vocabulary: "vocabulary:\n  categories: [{id: contact.e-mail, description: c, source: providedByUser}]")
        let shape = try #require(Self.error { try PolicyFile.compile(malformed, file: "p.yaml") })
        #expect(shape.message.contains("contact.e-mail") && shape.line != nil)
    }

    @Test("A valued fact is one yes-or-no fact per value: conditions name them, a declaration is checked")
    func valuedFacts() throws {
        let policy = try PolicyFile.compile(contentsOf: Self.clinic)
        #expect(policy.vocabulary.valuedFacts["urgency"]?.keys.sorted() == ["routine", "urgent"])
        let urgent = try #require(policy.vocabulary.valuedFacts["urgency"]?["urgent"])
        #expect(urgent.rawValue == "urgency.urgent")
        let share = Request(
            .share, categories: ["health.diagnosis"], purpose: Purpose("referral"), recipient: .specialist,
            legalBasis: .contract, context: Context(facts: [Fact(rawValue: "referralOnFile")!, urgent]))
        #expect(!policy.decide(share).obligations.map(\.rawValue).contains("notifyUserInAdvance"))
        var routine = share
        routine.context.facts = [Fact(rawValue: "referralOnFile")!, Fact(rawValue: "urgency.routine")!]
        #expect(policy.decide(routine).obligations.map(\.rawValue).contains("notifyUserInAdvance"))

        for (values, problem) in [("[]", "lists no value"), ("[high, 'not one']", "'not one' is not a value identifier")] {
            let text = Self.policy(vocabulary: """
                vocabulary:
                  categories: [{id: contact.email, description: e, source: providedByUser}]
                  facts: [{id: risk, description: r, values: \(values)}]
                """)
            let error = try #require(Self.error { try PolicyFile.compile(text, file: "p.yaml") })
            #expect(error.message.contains(problem) && error.line != nil, "\(error)")
        }
        let twice = Self.policy(vocabulary: """
            vocabulary:
              categories: [{id: contact.email, description: e, source: providedByUser}]
              facts: [{id: risk, description: r, values: [high]}, {id: risk.high, description: h}]
            """)
        let error = try #require(Self.error { try PolicyFile.compile(twice, file: "p.yaml") })
        #expect(error.message.contains("declared twice"), "\(error)")
    }
}
