import Custodian
import CustodianModelGeneration
import Foundation
import Testing

@Suite("Model generation")
struct ModelGeneratorTests {
    /// The package's root folder: this file is `Tests/CustodianModelGenerationTests/…`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A small vocabulary that is not the Hero Platform's.
    static let clinic = Vocabulary(
        categories: [
            CategoryDeclaration(
                Category(rawValue: "health.diagnosis")!, "the diagnosis", sensitivity: .confidential,
                source: .providedByUser, retention: "clinical"),
            CategoryDeclaration(
                Category(rawValue: "health.prescription")!, "prescribed medication", source: .providedByUser,
                retention: "clinical"),
        ],
        facts: [
            FactDeclaration(Fact(rawValue: "referralOnFile")!, "a referral from another doctor is on file"),
            FactDeclaration(Fact(rawValue: "referral.received")!, "the referral was received"),
        ],
        obligations: [ObligationDeclaration(Obligation(rawValue: "logAccess")!, "log every access to the record")],
        retention: [
            RetentionDeclaration(
                "clinical", days: 3650, legalRequirementsExtend: true, destruction: [.electronic: [.irrecoverableDeletion]],
                clause: "Medical Records")
        ],
        types: [
            TypeDeclaration(
                "MedicalRecord", summary: "What the clinic records about a consultation.", clause: "Medical Records",
                purposes: [Purpose("treatment")], legalBases: [.contract, .consent], source: .providedByUser,
                fields: [
                    .init(Category(rawValue: "health.diagnosis")!, "diagnosis"),
                    .init(Category(rawValue: "health.prescription")!, "default"),
                ])
        ])

    @Test("The generated Hero Platform types equal the files of Sources/Custodian/Model", arguments: Vocabulary.heroPlatform.types)
    func heroModels(type: TypeDeclaration) throws {
        let url = Self.packageRoot.appendingPathComponent("Sources/Custodian/Model/\(type.name).swift")
        let expected = try String(contentsOf: url, encoding: .utf8)
        let generated = ModelGenerator.source(
            of: type, in: .heroPlatform, options: ModelGenerator.Options(accessLevel: "public", predefined: .heroPlatform))
        guard generated != expected else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let generatedLines = generated.split(separator: "\n", omittingEmptySubsequences: false)
        var line = 0
        while line < expectedLines.count, line < generatedLines.count, expectedLines[line] == generatedLines[line] {
            line += 1
        }
        let wanted = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
        let got = line < generatedLines.count ? String(generatedLines[line]) : "(end of output)"
        Issue.record("\(type.name).swift differs at line \(line + 1):\n  file:      \(wanted)\n  generated: \(got)")
    }

    @Test("Nothing is generated for identifiers Custodian already defines")
    func heroIdentifiersArePredefined() {
        #expect(ModelGenerator.identifiersSource(for: .heroPlatform, options: ModelGenerator.Options(predefined: .heroPlatform)) == "")
    }

    @Test("Every identifier of a new vocabulary gets a static member")
    func customIdentifiers() {
        let source = ModelGenerator.identifiersSource(for: Self.clinic, options: ModelGenerator.Options())
        for member in [
            "/// The diagnosis.\n",
            "public static let healthDiagnosis = Category(rawValue: \"health.diagnosis\")!",
            "public static let healthPrescription = Category(rawValue: \"health.prescription\")!",
            "public static let health = Category.Group(rawValue: \"health\")!",
            "/// A referral from another doctor is on file.\n",
            "public static let referralOnFile = Fact(rawValue: \"referralOnFile\")!",
            "public static let referralReceived = Fact(rawValue: \"referral.received\")!",
            "/// Log every access to the record.\n",
            "public static let logAccess = Obligation(rawValue: \"logAccess\")!",
        ] {
            #expect(source.contains(member), "missing: \(member)")
        }
        #expect(source.hasPrefix("extension Category {\n"))
        #expect(source.contains("\n}\n\nextension Category.Group {\n"))
        #expect(!source.contains("contactEmail"))
    }

    @Test("Without predefined identifiers, the Hero Platform's are all generated")
    func heroIdentifiersGenerated() {
        let source = ModelGenerator.identifiersSource(for: .heroPlatform, options: ModelGenerator.Options(predefined: nil))
        #expect(source.contains("public static let onlineIPAddress = Category(rawValue: \"online.ipAddress\")!"))
        #expect(source.contains("public static let contact = Category.Group(rawValue: \"contact\")!"))
        #expect(source.contains("public static let consentBundled = Fact(rawValue: \"consentBundled\")!"))
        #expect(source.contains("public static let protectSecret = Obligation(rawValue: \"protectSecret\")!"))
    }

    @Test("A type of a new vocabulary: its categories' sensitivity, its legal bases, its retention rule, keywords escaped")
    func customType() {
        let source = ModelGenerator.source(of: Self.clinic.types[0], in: Self.clinic, options: ModelGenerator.Options())
        #expect(source.hasPrefix("/// What the clinic records about a consultation.\npublic struct MedicalRecord: PersonalInformation, Hashable {\n"))
        #expect(source.contains("        case treatment\n"))
        #expect(source.contains("        legalBases: [.contract, .consent],\n"))
        #expect(source.contains(
            "        retention: RetentionRule(period: .days(3650), legalRequirementsExtend: true, destruction: [.electronic: [.irrecoverableDeletion]], clause: \"Medical Records\"),\n"))
        #expect(source.contains("FieldDescriptor(.healthDiagnosis, .confidential, source: .providedByUser),"))
        #expect(source.contains("FieldDescriptor(.healthPrescription, .personal, source: .providedByUser),"))
        #expect(source.contains("    public var `default`: Personal<String>?\n"))
        #expect(source.contains("        self.`default` = `default`\n"))
        #expect(source.contains("        if `default` != nil { set.insert(CategorySet(.healthPrescription)) }\n"))
    }

    @Test("A field naming an undeclared category is personal, from the type's source, named by identifier")
    func undeclaredCategory() {
        let type = TypeDeclaration(
            "Notes", summary: "Free notes.", clause: "Notes", purposes: [.support], source: .collectedAutomatically,
            fields: [.init(Category(rawValue: "notes.free")!, "text")])
        let source = ModelGenerator.source(of: type, in: Self.clinic, options: ModelGenerator.Options(accessLevel: "internal"))
        #expect(source.contains("FieldDescriptor(Category(rawValue: \"notes.free\")!, .personal, source: .collectedAutomatically),"))
        #expect(source.contains("\nstruct Notes: PersonalInformation, Hashable {\n"))
        #expect(!source.contains("public "))
    }

    @Test("A whole file: header, import, identifiers, then the types")
    func wholeFile() {
        let file = ModelGenerator.file(for: Self.clinic, policyID: "clinic", options: ModelGenerator.Options())
        #expect(file.hasPrefix("// Generated by `custodian generate-models` from the policy `clinic`.\n"))
        #expect(file.contains("\n\npublic import Custodian\n\nextension Category {\n"))
        #expect(file.contains("}\n\n/// What the clinic records about a consultation.\n"))
        #expect(file.hasSuffix("}\n"))
        #expect(!file.hasSuffix("\n\n"))

        let core = ModelGenerator.file(
            for: Self.clinic, policyID: "clinic", options: ModelGenerator.Options(importsCustodian: false))
        #expect(!core.contains("import Custodian"))

        let identifiersOnly = ModelGenerator.file(
            for: Vocabulary(categories: Self.clinic.categories, facts: [], obligations: [], retention: Self.clinic.retention),
            policyID: "clinic", options: ModelGenerator.Options())
        #expect(!identifiersOnly.contains("struct "))
        #expect(identifiersOnly.contains("healthDiagnosis"))
    }
}
