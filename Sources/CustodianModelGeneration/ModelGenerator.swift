public import Custodian

/// Turns a ``Vocabulary`` into Swift source: the static members of its identifiers and one
/// ``PersonalInformation`` model type for each of its ``TypeDeclaration``s, in the format of the
/// hand-written types of `Sources/Custodian/Model` (a test holds the two equal for the Hero
/// Platform vocabulary).
///
/// The policy loader validates the vocabulary's identifiers; ``validate(_:options:)`` checks what
/// only the generator relies on: that every type, property, case and member name it would write is
/// a Swift identifier that clashes with nothing. ``file(for:policyID:options:)`` writes no code
/// for a vocabulary that fails it, only `#error` lines saying why. Texts (descriptions, summaries,
/// clauses) are always written safely: as one comment line each, or as an escaped string literal.
/// The generator stays robust to a field naming a category the vocabulary does not declare (the
/// field is then `.personal`, from the type's source, and names its category by identifier).
///
/// ```swift
/// let vocabulary = policy.vocabulary ?? .heroPlatform
/// let problems = ModelGenerator.validate(vocabulary, options: .init())
/// guard problems.isEmpty else { … }
/// let source = ModelGenerator.file(for: vocabulary, policyID: policy.id, options: .init())
/// ```
public enum ModelGenerator {
    /// How the generated code is written.
    public struct Options: Sendable {
        /// The access level of every generated declaration: `public` or `internal` (an
        /// `internal` declaration is written without a modifier).
        public var accessLevel: String
        /// The vocabulary whose identifiers the module `Custodian` already defines as static
        /// members (``Vocabulary/heroPlatform``, the default); no member is generated again for an
        /// identifier it declares. `nil` to generate every member.
        public var predefined: Vocabulary?
        /// Whether a whole file imports `Custodian`: `false` only for code generated into the core
        /// module itself.
        public var importsCustodian: Bool

        /// Options for generated code.
        /// - Parameters:
        ///   - accessLevel: `public` (the default) or `internal`.
        ///   - predefined: the vocabulary whose members `Custodian` already defines.
        ///   - importsCustodian: whether a whole file imports `Custodian`.
        public init(accessLevel: String = "public", predefined: Vocabulary? = .heroPlatform, importsCustodian: Bool = true) {
            self.accessLevel = accessLevel
            self.predefined = predefined
            self.importsCustodian = importsCustodian
        }
    }

    // MARK: - A model type

    /// The source of one model type, byte for byte in the format of the files of
    /// `Sources/Custodian/Model`, ending with a newline. Its names are not checked: see
    /// ``validate(_:options:)``.
    /// - Parameters:
    ///   - type: the type to write.
    ///   - vocabulary: the vocabulary declaring the categories of its fields (their sensitivity,
    ///     source and retention rule).
    ///   - options: the access level, and which category members are predefined.
    public static func source(of type: TypeDeclaration, in vocabulary: Vocabulary, options: Options) -> String {
        let access = modifier(options.accessLevel)
        let fields = type.fields.map { field in
            (name: identifier(field.name), field: field, category: categoryExpression(field.category, vocabulary, options))
        }
        let summary = commentLine(type.summary, otherwise: "The `\(type.name)` category of personal information.")
        var out = "/// \(summary)\n"
        out += "\(access)struct \(identifier(type.name)): PersonalInformation, Hashable {\n"

        // The purposes, as an enumeration.
        out += "    /// The purposes the policy states for this category.\n"
        if type.purposes.isEmpty {
            // A raw-value enumeration needs a case: an empty one spells out its conformance.
            out += "    \(access)enum Purposes: DeclaredPurpose {\n"
            out += "        \(access)init?(rawValue: String) { nil }\n"
            out += "        \(access)var rawValue: String { switch self {} }\n"
            out += "    }\n"
        } else {
            out += "    \(access)enum Purposes: String, DeclaredPurpose {\n"
            out += "        case \(type.purposes.map { identifier($0.rawValue) }.joined(separator: ", "))\n"
            out += "    }\n"
        }
        out += "\n"

        // The descriptor.
        out += "    \(access)static let descriptor = CategoryDescriptor(\n"
        out += "        name: \(literal(type.name)),\n"
        out += "        clause: \(literal(type.clause)),\n"
        out += "        purposes: Purposes.allCases.map(\\.purpose),\n"
        out += "        legalBases: [\(type.legalBases.map { "." + $0.rawValue }.joined(separator: ", "))],\n"
        if let retention = retentionRule(of: type, in: vocabulary), retention != .hero {
            out += "        retention: \(expression(retention)),\n"
        }
        out += "        source: .\(type.source.rawValue),\n"
        out += "        fields: [\n"
        for (_, field, category) in fields {
            let declaration = vocabulary.declaration(of: field.category)
            let sensitivity = declaration?.sensitivity ?? .personal
            let source = declaration?.source ?? type.source
            out += "                FieldDescriptor(\(category), .\(sensitivity.rawValue), source: .\(source.rawValue)),\n"
        }
        out += "        ])\n"
        out += "\n"

        // The stored properties.
        for (name, _, _) in fields {
            out += "    \(access)var \(name): Personal<String>?\n"
        }
        if !fields.isEmpty { out += "\n" }

        // The memberwise initializer, on one line.
        let parameters = fields.map { "\($0.name): Personal<String>? = nil" }.joined(separator: ", ")
        out += "    \(access)init(\(parameters)) {\n"
        for (name, _, _) in fields {
            out += "        self.\(name) = \(name)\n"
        }
        out += "    }\n"
        out += "\n"

        // The categories present.
        out += "    \(access)var presentCategories: CategorySet {\n"
        if fields.isEmpty {
            out += "        CategorySet()\n"
        } else {
            out += "        var set = CategorySet()\n"
            for (name, _, category) in fields {
                out += "        if \(name) != nil { set.insert(CategorySet(\(category))) }\n"
            }
            out += "        return set\n"
        }
        out += "    }\n"
        out += "}\n"
        return out
    }

    // MARK: - Identifiers

    /// The static members of the identifiers `vocabulary` declares and `options.predefined` does
    /// not: `extension Category`, `extension Category.Group`, `extension Fact` and
    /// `extension Obligation`, each only when it has a member, separated by one blank line.
    /// Every member carries a one-line `///` comment from its declaration's description. The empty
    /// string when nothing is to be generated. Its names are not checked: see
    /// ``validate(_:options:)``. The engine's own ``Fact/derived`` facts, which `Custodian`
    /// always defines, are never generated.
    public static func identifiersSource(for vocabulary: Vocabulary, options: Options) -> String {
        let access = modifier(options.accessLevel)
        let predefined = options.predefined
        var extensions: [String] = []

        func addExtension(_ type: String, _ members: [(doc: String, name: String, value: String)]) {
            guard !members.isEmpty else { return }
            var out = "extension \(type) {\n"
            for member in members {
                out += "    /// \(member.doc)\n"
                out += "    \(access)static let \(identifier(member.name)) = \(member.value)\n"
            }
            out += "}\n"
            extensions.append(out)
        }

        var seenCategories = Set<Category>()
        addExtension(
            "Category",
            vocabulary.categories.filter { declaration in
                seenCategories.insert(declaration.id).inserted && predefined?.declaration(of: declaration.id) == nil
            }.map { declaration in
                (doc: sentence(declaration.description, otherwise: "The category `\(declaration.id.rawValue)`."),
                 name: declaration.memberName, value: "Category(rawValue: \(literal(declaration.id.rawValue)))!")
            })

        let predefinedGroups = Set(predefined?.groups ?? [])
        addExtension(
            "Category.Group",
            vocabulary.groups.filter { !predefinedGroups.contains($0) }.map { group in
                (doc: "The categories `\(group.rawValue).…`.", name: group.rawValue,
                 value: "Category.Group(rawValue: \(literal(group.rawValue)))!")
            })

        let predefinedFacts = Set((predefined?.booleanFacts ?? []).map(\.id) + Fact.derived)
        var seenFacts = Set<Fact>()
        addExtension(
            "Fact",
            vocabulary.booleanFacts.filter { declaration in
                seenFacts.insert(declaration.id).inserted && !predefinedFacts.contains(declaration.id)
            }.map { declaration in
                (doc: sentence(declaration.description, otherwise: "The fact `\(declaration.id.rawValue)`."),
                 name: memberName(of: declaration.id), value: "Fact(rawValue: \(literal(declaration.id.rawValue)))!")
            })

        let predefinedObligations = Set((predefined?.obligations ?? []).map(\.id))
        var seenObligations = Set<Obligation>()
        addExtension(
            "Obligation",
            vocabulary.obligations.filter { declaration in
                seenObligations.insert(declaration.id).inserted && !predefinedObligations.contains(declaration.id)
            }.map { declaration in
                (doc: sentence(declaration.description, otherwise: "The obligation `\(declaration.id.rawValue)`."),
                 name: declaration.id.rawValue, value: "Obligation(rawValue: \(literal(declaration.id.rawValue)))!")
            })

        return extensions.joined(separator: "\n")
    }

    // MARK: - A whole file

    /// One whole Swift file for `vocabulary`: a header saying it is generated by
    /// `custodian generate-models` from the policy `policyID` and must not be edited, the import
    /// of `Custodian` (unless `options.importsCustodian` is `false`), the identifiers
    /// (``identifiersSource(for:options:)``), then every model type in declaration order, each
    /// part separated from the next by one blank line.
    ///
    /// When ``validate(_:options:)`` finds problems, no code is written from the vocabulary: after
    /// the header, one `#error` line for each problem, so that the file cannot compile and says why.
    public static func file(for vocabulary: Vocabulary, policyID: String, options: Options) -> String {
        let policy = policyID.map { isLineBreakOrControl($0) ? " " : String($0) }.joined()
        var parts: [String] = [
            """
            // Generated by `custodian generate-models` from the policy `\(policy)`.
            // Do not edit this file: change the policy and generate it again.

            """
        ]
        let problems = validate(vocabulary, options: options)
        guard problems.isEmpty else {
            var out = parts[0] + "\n"
            for problem in problems {
                let message = literal("cannot generate models: " + problem)
                out += "#error(\(message))\n"
            }
            return out
        }
        if options.importsCustodian {
            // A public declaration may only mention types of a module imported publicly.
            parts.append(options.accessLevel == "public" ? "public import Custodian\n" : "import Custodian\n")
        }
        let identifiers = identifiersSource(for: vocabulary, options: options)
        if !identifiers.isEmpty { parts.append(identifiers) }
        // Types `Custodian` already defines (an imported Hero Platform vocabulary's) are not
        // generated again.
        let predefinedTypes = Set((options.predefined?.types ?? []).map(\.name))
        for type in vocabulary.types where !predefinedTypes.contains(type.name) {
            parts.append(source(of: type, in: vocabulary, options: options))
        }
        return parts.joined(separator: "\n")
    }

    // MARK: - Validation

    /// The problems that keep `vocabulary` from being generated with the default ``Options``
    /// (the Hero Platform's identifiers and types predefined); see ``validate(_:options:)``.
    public static func validate(_ vocabulary: Vocabulary) -> [String] {
        validate(vocabulary, options: Options())
    }

    /// The problems that keep `vocabulary` from being generated as Swift, each a sentence naming
    /// the declaration; empty when the file ``file(for:policyID:options:)`` writes is sound.
    ///
    /// Only what would be generated is checked, not what `options.predefined` already defines
    /// (and `options.accessLevel`, which must be `public` or `internal`):
    /// - every name the generated code declares is a Swift identifier (an ASCII letter or `_`,
    ///   then ASCII letters, digits or `_`), and none of the few that no declaration can take
    ///   even in backticks (`self`, `init`, `Type`…);
    /// - a type's name is not a Swift keyword, nor the name of a public type of `Custodian` or of
    ///   the Swift standard library (`Category`, `Policy`, `Personal`, `String`, `Int`…), which
    ///   the generated code and its users rely on; no two types share a name; a type named like a
    ///   predefined one (which is not generated again) has the same fields;
    /// - a type's fields have distinct names, none that the generated type already uses
    ///   (`presentCategories`, `descriptor`, `set`…), and its purposes are distinct;
    /// - the static members of the categories (their `swiftName`, or their identifier in lower
    ///   camel case), category groups, facts and obligations are distinct from each other and from
    ///   those `Custodian` defines.
    public static func validate(_ vocabulary: Vocabulary, options: Options) -> [String] {
        var problems: [String] = []
        let predefined = options.predefined
        if !["public", "internal", ""].contains(options.accessLevel) {
            problems.append("access level \(shown(options.accessLevel)): expected public or internal")
        }

        // The static members of `Category`: who has each name.
        var categoryMembers: [String: String] = [:]
        for declaration in predefined?.categories ?? [] {
            categoryMembers[declaration.memberName] = "Custodian's Category.\(declaration.memberName)"
        }
        var seenCategories = Set<Category>()
        for declaration in vocabulary.categories {
            guard seenCategories.insert(declaration.id).inserted, predefined?.declaration(of: declaration.id) == nil else {
                continue
            }
            let name = declaration.memberName
            let subject = "category '\(declaration.id.rawValue)'"
            if let problem = nameProblem(name) {
                problems.append("\(subject): its Swift name \(shown(name)) \(problem)")
            } else if let owner = categoryMembers[name] {
                problems.append("\(subject): its Swift name '\(name)' is already that of \(owner)")
            } else {
                categoryMembers[name] = subject
            }
        }

        // The static members of `Category.Group`: a group's identifier.
        let predefinedGroups = Set(predefined?.groups ?? [])
        for group in vocabulary.groups where !predefinedGroups.contains(group) {
            if let problem = nameProblem(group.rawValue) {
                problems.append("category group '\(group.rawValue)': its Swift name \(shown(group.rawValue)) \(problem)")
            }
        }

        // The static members of `Fact`, which always has the derived facts and `derived`.
        let predefinedFacts = (predefined?.booleanFacts ?? []).map(\.id) + Fact.derived
        var factMembers: [String: String] = ["derived": "Custodian's Fact.derived"]
        for fact in predefinedFacts {
            factMembers[memberName(of: fact)] = "Custodian's Fact.\(memberName(of: fact))"
        }
        let predefinedFactSet = Set(predefinedFacts)
        var seenFacts = Set<Fact>()
        for declaration in vocabulary.booleanFacts {
            guard seenFacts.insert(declaration.id).inserted, !predefinedFactSet.contains(declaration.id) else { continue }
            let name = memberName(of: declaration.id)
            let subject = "fact '\(declaration.id.rawValue)'"
            if let problem = nameProblem(name) {
                problems.append("\(subject): its Swift name \(shown(name)) \(problem)")
            } else if let owner = factMembers[name] {
                problems.append("\(subject): its Swift name '\(name)' is already that of \(owner)")
            } else {
                factMembers[name] = subject
            }
        }

        // The static members of `Obligation`: an obligation's identifier.
        let predefinedObligations = Set((predefined?.obligations ?? []).map(\.id))
        var seenObligations = Set<Obligation>()
        for declaration in vocabulary.obligations {
            guard seenObligations.insert(declaration.id).inserted, !predefinedObligations.contains(declaration.id) else {
                continue
            }
            if let problem = nameProblem(declaration.id.rawValue) {
                problems.append(
                    "obligation '\(declaration.id.rawValue)': its Swift name \(shown(declaration.id.rawValue)) \(problem)")
            }
        }

        // The model types.
        var predefinedTypes: [String: TypeDeclaration] = [:]
        for type in predefined?.types ?? [] where predefinedTypes[type.name] == nil {
            predefinedTypes[type.name] = type
        }
        var typeNames = Set<String>()
        for type in vocabulary.types {
            let subject = "type \(shown(type.name))"
            if let original = predefinedTypes[type.name] {
                // Not generated: Custodian's type of that name stands for it.
                if original.fields != type.fields {
                    problems.append(
                        "\(subject): Custodian already defines a type of that name with other fields, "
                            + "so this one would not be generated (rename it)")
                }
                continue
            }
            if let problem = typeNameProblem(type.name) {
                problems.append("\(subject): the name \(problem)")
            } else if !typeNames.insert(type.name).inserted {
                problems.append("\(subject) is declared twice")
            }
            var purposes = Set<Purpose>()
            for purpose in type.purposes {
                if !purposes.insert(purpose).inserted {
                    problems.append("\(subject): the purpose '\(purpose.rawValue)' is listed twice")
                } else if let problem = nameProblem(purpose.rawValue, reserved: reservedCaseNames) {
                    problems.append("\(subject): the purpose \(shown(purpose.rawValue)) \(problem)")
                }
            }
            var fieldNames = Set<String>()
            for field in type.fields {
                if let problem = nameProblem(field.name, reserved: reservedFieldNames) {
                    problems.append("\(subject): the field \(shown(field.name)) \(problem)")
                } else if !fieldNames.insert(field.name).inserted {
                    problems.append("\(subject): two fields are named '\(field.name)'")
                }
            }
        }
        return problems
    }

    /// Why the generated code cannot declare `name` (a static member, a property, an enumeration
    /// case), as the end of a sentence; `nil` when it can. A Swift keyword is not a problem: it is
    /// written in backticks.
    static func nameProblem(_ name: String, reserved: Set<String> = []) -> String? {
        if !isSwiftIdentifier(name) {
            return "is not a Swift identifier (an ASCII letter or '_', then ASCII letters, digits or '_')"
        }
        if undeclarableNames.contains(name) { return "is reserved by Swift, even in backticks" }
        if reserved.contains(name) { return "is a name the generated type already uses" }
        return nil
    }

    /// Why `name` cannot name a generated type, as the end of a sentence; `nil` when it can.
    static func typeNameProblem(_ name: String) -> String? {
        if let problem = nameProblem(name) { return problem }
        if keywords.contains(name) { return "is a Swift keyword" }
        if reservedTypeNames.contains(name) {
            return "is that of a type of Custodian or of the Swift standard library, which the generated code uses"
        }
        return nil
    }

    /// Whether `name` is an ASCII letter or `_`, then ASCII letters, digits or `_`.
    static func isSwiftIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || isASCIILetter(first) else { return false }
        return name.utf8.allSatisfy { $0 == UInt8(ascii: "_") || isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// `text` for a message: as a string literal (control characters escaped), cut at 80
    /// characters.
    static func shown(_ text: String) -> String {
        literal(text.count > 80 ? String(text.prefix(80)) + "…" : text)
    }

    /// Identifiers that no generated declaration may take, even in backticks.
    static let undeclarableNames: Set<String> = [
        "_", "self", "Self", "init", "deinit", "subscript", "super", "Type", "Protocol",
    ]

    /// The names a field cannot take: what every generated type declares (``PersonalInformation``'s
    /// requirements), the local variable of its `presentCategories` (which would hide the field),
    /// and members of `PersonalInformation` and `Hashable` that a stored property would hide or
    /// break.
    static let reservedFieldNames: Set<String> = [
        "Purposes", "descriptor", "presentCategories", "set", "declaredPurposes", "request", "hashValue",
    ]

    /// The names a purpose cannot take as a case of a generated `Purposes` enumeration (members
    /// of `CaseIterable`, `RawRepresentable` and ``DeclaredPurpose``).
    static let reservedCaseNames: Set<String> = ["allCases", "rawValue", "purpose"]

    /// The names a generated type cannot take: the module `Custodian` and its public types (its
    /// Hero Platform model types aside: those are ``Options/predefined``'s), which the generated
    /// code names, and the Swift standard library's common types.
    static let reservedTypeNames: Set<String> = [
        "Custodian", "Action", "Category", "CategoryDeclaration", "CategoryDescriptor", "CategoryReference",
        "CategoryScope", "CategorySet", "CollectionSource", "CompiledPolicy", "CompiledVocabulary", "Condition",
        "Context", "Decision", "DecisionExplainer", "DecisionID", "DeclaredPurpose", "DestructionMethod", "Fact",
        "FactDeclaration", "FactSet", "FieldDescriptor", "GeneralPurpose", "Jurisdiction", "LegalBasis", "Medium",
        "Obligation", "ObligationDeclaration", "ObligationSet", "OpenIdentifier", "Personal", "PersonalInformation",
        "Policy", "PolicyBuilder", "PolicyComponent", "PolicyEngine", "PolicyError", "PolicyVersion", "Purpose",
        "Reason", "Recipient", "Request", "RetentionDeclaration", "RetentionRule", "RuleID", "Selection", "Sensitivity",
        "SeparateConsent", "SubjectID", "TypeDeclaration", "Verdict", "Vocabulary",
        "Swift", "AnyObject", "Array", "Bool", "CaseIterable", "Character", "Codable", "Collection", "Comparable",
        "CustomStringConvertible", "Decodable", "Dictionary", "Double", "Encodable", "Equatable", "Error", "Float",
        "Hashable", "Hasher", "Identifiable", "Int", "Int8", "Int16", "Int32", "Int64", "Never", "Optional",
        "RawRepresentable", "Result", "Sendable", "Sequence", "Set", "String", "Substring", "UInt", "UInt8", "UInt16",
        "UInt32", "UInt64", "Void",
    ]

    // MARK: - Names

    /// The member name of a fact: its identifier without dots, each part after the first starting
    /// with a capital (`separateConsent.marketing` → `separateConsentMarketing`).
    static func memberName(of fact: Fact) -> String {
        let parts = fact.rawValue.split(separator: ".")
        guard let first = parts.first else { return fact.rawValue }
        return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// How the generated code names `category`: its static member when one exists (predefined,
    /// or generated from the vocabulary's declaration), otherwise its identifier.
    static func categoryExpression(_ category: Category, _ vocabulary: Vocabulary, _ options: Options) -> String {
        if let declaration = options.predefined?.declaration(of: category) ?? vocabulary.declaration(of: category) {
            return "." + identifier(declaration.memberName)
        }
        return "Category(rawValue: \(literal(category.rawValue)))!"
    }

    /// The access modifier followed by a space; nothing for `internal`, the default.
    static func modifier(_ accessLevel: String) -> String {
        accessLevel.isEmpty || accessLevel == "internal" ? "" : accessLevel + " "
    }

    /// `name`, in backticks when it is a Swift keyword.
    static func identifier(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// The words that cannot name a declaration, or be referred to after a dot, without
    /// backticks. Backticks around any other word are harmless, so the list errs on the side of
    /// including one.
    static let keywords: Set<String> = [
        // Declarations
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func",
        "import", "init", "inout", "internal", "let", "nonisolated", "open", "operator", "package", "precedencegroup",
        "private", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        // Statements
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if",
        "in", "repeat", "return", "switch", "throw", "where", "while",
        // Expressions and types
        "Any", "as", "async", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try", "_",
        "any", "some", "Type", "Protocol", "actor", "macro",
    ]

    // MARK: - Text

    /// A Swift string literal holding `text`: `\` and `"` escaped, and every control character
    /// (``isControl(_:)``) written as an escape, so that the literal is one valid line whatever the
    /// text.
    static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if isControl(scalar) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Whether `scalar` must not stand as itself in generated source: a C0 or C1 control
    /// character (line breaks and tabs included), DEL, a line or paragraph separator, a byte order
    /// mark, or a bidirectional formatting character (which can make text display in another order
    /// than the compiler reads it).
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Whether `character` is a line break or holds a control character (``isControl(_:)``).
    static func isLineBreakOrControl(_ character: Character) -> Bool {
        character.isNewline || character.unicodeScalars.contains { isControl($0) }
    }

    /// `text` as one line of a `///` comment: its lines trimmed and joined by one space, blank
    /// ones left out, every other control character (``isControl(_:)``) a space; `otherwise`,
    /// made one line the same way, when nothing is left. No text can end the comment early.
    static func commentLine(_ text: String, otherwise: String) -> String {
        let line = oneLine(text)
        return line.isEmpty ? oneLine(otherwise) : line
    }

    /// `text` with its line breaks and control characters replaced as ``commentLine(_:otherwise:)``
    /// says; empty when nothing but white space is left.
    private static func oneLine(_ text: String) -> String {
        var cleaned = ""
        for character in text {
            if character.isNewline {
                cleaned.append("\n")
            } else if isLineBreakOrControl(character) {
                cleaned.append(" ")
            } else {
                cleaned.append(character)
            }
        }
        return cleaned.split(separator: "\n").map { trimmed($0) }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A description as a documentation sentence, on one line (``commentLine(_:otherwise:)``): its
    /// first letter a capital, a full stop at its end (`the person's name` → `The person's name.`).
    static func sentence(_ text: String, otherwise: String) -> String {
        var result = commentLine(text, otherwise: otherwise)
        if let first = result.first {
            result = first.uppercased() + result.dropFirst()
        }
        if let last = result.last, !".!?".contains(last) {
            result += "."
        }
        return result
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var text = text
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }

    // MARK: - Retention

    /// The retention rule of the type's fields when they all name the same one (through their
    /// categories' declarations); `nil` when none does or they differ, and the descriptor keeps
    /// its default.
    static func retentionRule(of type: TypeDeclaration, in vocabulary: Vocabulary) -> RetentionRule? {
        var rule: RetentionRule?
        for field in type.fields {
            guard let id = vocabulary.declaration(of: field.category)?.retention,
                let fieldRule = vocabulary.retentionRule(id)
            else { return nil }
            if let rule, rule != fieldRule { return nil }
            rule = fieldRule
        }
        return rule
    }

    /// The Swift expression building `rule`.
    static func expression(_ rule: RetentionRule) -> String {
        let period: String
        switch rule.period {
        case .whilePurposesRequire: period = ".whilePurposesRequire"
        case .days(let days): period = ".days(\(days))"
        }
        let media = Medium.allCases.compactMap { medium -> String? in
            guard let methods = rule.destruction[medium] else { return nil }
            return ".\(medium.rawValue): [\(methods.map { "." + $0.rawValue }.joined(separator: ", "))]"
        }
        let destruction = media.isEmpty ? "[:]" : "[\(media.joined(separator: ", "))]"
        return "RetentionRule(period: \(period), legalRequirementsExtend: \(rule.legalRequirementsExtend), "
            + "destruction: \(destruction), clause: \(literal(rule.clause)))"
    }
}
