public import Custodian

/// Turns a ``Vocabulary`` into Swift source: the static members of its identifiers and one
/// ``PersonalInformation`` model type for each of its ``TypeDeclaration``s, in the format of the
/// hand-written types of `Sources/Custodian/Model` (a test holds the two equal for the Hero
/// Platform vocabulary).
///
/// The generator validates nothing: the policy loader does. It stays robust to a field naming a
/// category the vocabulary does not declare (the field is then `.personal`, from the type's
/// source, and names its category by identifier).
///
/// ```swift
/// let source = ModelGenerator.file(for: policy.vocabulary ?? .heroPlatform, policyID: policy.id, options: .init())
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
    /// `Sources/Custodian/Model`, ending with a newline.
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
        var out = ""
        for line in lines(of: type.summary, otherwise: "The `\(type.name)` category of personal information.") {
            out += "/// \(line)\n"
        }
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
    /// Every member carries a `///` comment from its declaration's description. The empty string
    /// when nothing is to be generated. The engine's own ``Fact/derived`` facts, which `Custodian`
    /// always defines, are never generated.
    public static func identifiersSource(for vocabulary: Vocabulary, options: Options) -> String {
        let access = modifier(options.accessLevel)
        let predefined = options.predefined
        var extensions: [String] = []

        func addExtension(_ type: String, _ members: [(doc: [String], name: String, value: String)]) {
            guard !members.isEmpty else { return }
            var out = "extension \(type) {\n"
            for member in members {
                for line in member.doc { out += "    /// \(line)\n" }
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
                (doc: ["The categories `\(group.rawValue).…`."], name: group.rawValue,
                 value: "Category.Group(rawValue: \(literal(group.rawValue)))!")
            })

        let predefinedFacts = Set((predefined?.facts ?? []).map(\.id) + Fact.derived)
        var seenFacts = Set<Fact>()
        addExtension(
            "Fact",
            vocabulary.facts.filter { declaration in
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
    public static func file(for vocabulary: Vocabulary, policyID: String, options: Options) -> String {
        let policy = policyID.map { $0.isNewline ? " " : String($0) }.joined()
        var parts: [String] = [
            """
            // Generated by `custodian generate-models` from the policy `\(policy)`.
            // Do not edit this file: change the policy and generate it again.

            """
        ]
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

    /// A Swift string literal holding `text`.
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
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The lines of `text` as written, trimmed, without blank ones; `[otherwise]` when none.
    static func lines(of text: String, otherwise: String) -> [String] {
        let lines = text.split(whereSeparator: \.isNewline).map(trimmed).filter { !$0.isEmpty }.map(String.init)
        return lines.isEmpty ? [otherwise] : lines
    }

    /// A description as a documentation sentence, in lines: its first letter a capital, a full
    /// stop at its end (`the person's name` → `The person's name.`).
    static func sentence(_ text: String, otherwise: String) -> [String] {
        var result = Self.lines(of: text, otherwise: otherwise)
        if let first = result[0].first {
            result[0] = first.uppercased() + result[0].dropFirst()
        }
        if let last = result[result.count - 1].last, !".!?".contains(last) {
            result[result.count - 1] += "."
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
