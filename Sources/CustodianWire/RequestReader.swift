public import Custodian
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads one request from JSON bytes directly, without building a JSON tree: a strict RFC 8259
/// reader specialised for the request format, several times faster than `JSONDecoder`.
///
/// It accepts exactly the JSON texts whose value is a valid request (the same verdict and the
/// same request as ``WireRequest``, which goes through Foundation), with one deliberate
/// difference: a key given twice in one object is an error here, where Foundation keeps the last.
/// Errors name the line, column and field.
public struct RequestReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position: Int
    private let line: Int
    private let lineStart: Int
    private var path: [String] = []
    private let allowsTrailingCommas: Bool
    private let vocabulary: WireVocabulary

    /// Reads the request in `text`, reported as line `line` of the input.
    /// - Parameter vocabulary: the identifiers of the policy that will decide it (the categories
    ///   and facts a request may name); the Hero Platform vocabulary by default.
    /// - Throws: ``WireError`` naming the line, column and field.
    public static func read(_ text: Substring, line: Int = 1, vocabulary: WireVocabulary = .heroPlatform) throws(WireError)
        -> Request
    {
        try read(text, line: line, allowingTrailingCommas: false, vocabulary: vocabulary)
    }

    /// Reads the request in `text`, reported as line `line` of the input.
    /// - Parameter allowingTrailingCommas: accept `[1,]` and `{"a":1,}` as Foundation does, which
    ///   RFC 8259 does not allow: only for testing the reader against Foundation.
    @_spi(Testing) public static func read(
        _ text: Substring, line: Int = 1, allowingTrailingCommas: Bool, vocabulary: WireVocabulary = .heroPlatform
    ) throws(WireError) -> Request {
        var text = text
        let result: Result<Request, WireError> = text.withUTF8 { buffer in
            var reader = RequestReader(
                bytes: buffer, line: line, allowsTrailingCommas: allowingTrailingCommas, vocabulary: vocabulary)
            do throws(WireError) {
                return .success(try reader.readDocument())
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, line: Int, allowsTrailingCommas: Bool, vocabulary: WireVocabulary) {
        self.bytes = bytes
        self.vocabulary = vocabulary
        self.allowsTrailingCommas = allowsTrailingCommas
        position = 0
        self.line = line
        lineStart = 0
    }

    // MARK: - The request

    private mutating func readDocument() throws(WireError) -> Request {
        skipWhitespace()
        let request = try readRequest()
        skipWhitespace()
        guard position == bytes.count else { throw syntax("unexpected text after the request") }
        return request
    }

    /// Identifiers by their UTF-8 bytes, looked up straight from the input without making a
    /// String: buckets by length and first and last byte, then a byte comparison.
    package final class ByteTable<T: Sendable>: Sendable {
        private let buckets: [[([UInt8], T)]]

        package init(_ pairs: [(String, T)]) {
            var buckets = [[([UInt8], T)]](repeating: [], count: 256)
            for (name, value) in pairs {
                let bytes = Array(name.utf8)
                buckets[Self.bucket(bytes.count, bytes.first!, bytes.last!)].append((bytes, value))
            }
            self.buckets = buckets
        }

        @inline(__always)
        private static func bucket(_ count: Int, _ first: UInt8, _ last: UInt8) -> Int {
            (count &* 31 &+ Int(first) &* 7 &+ Int(last)) & 255
        }

        func lookUp(_ bytes: UnsafeBufferPointer<UInt8>) -> T? {
            guard let first = bytes.first, let last = bytes.last else { return nil }
            for (candidate, value) in buckets[Self.bucket(bytes.count, first, last)] where candidate.count == bytes.count {
                let equal = candidate.withUnsafeBufferPointer { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
                if equal { return value }
            }
            return nil
        }

        func lookUp(_ name: String) -> T? {
            var name = name
            return name.withUTF8 { lookUp($0) }
        }
    }

    static func table<T: RawRepresentable & CaseIterable & Sendable>(_ type: T.Type) -> ByteTable<T>
    where T.RawValue == String {
        ByteTable(T.allCases.map { ($0.rawValue, $0) })
    }

    static let actions = table(Action.self)
    static let legalBases = table(LegalBasis.self)
    static let jurisdictions = table(Jurisdiction.self)
    static let media = table(Medium.self)
    static let methods = table(DestructionMethod.self)
    static let consents = table(SeparateConsent.self)
    static let keys = table(Key.self)
    static let contextFields = table(ContextField.self)

    enum ContextField: String, CaseIterable, Sendable {
        case consentedPurposes, separateConsents, destinationCountry, medium, destructionMethod, at
    }

    enum Key: String, CaseIterable, Sendable {
        case action, subject, categories, purpose, recipient, legalBasis, jurisdiction, context
    }

    private mutating func readRequest() throws(WireError) -> Request {
        var action: Action?
        var subject: String?
        var categories: [CategoryReference]?
        var purpose: Purpose?
        var recipient: Recipient?
        var legalBasis: LegalBasis?
        var jurisdiction: Jurisdiction?
        var context: Context?
        try readObject { (reader: inout RequestReader, member: Member) throws(WireError) in
            guard let key = reader.lookUp(member, in: RequestReader.keys) else {
                let name = reader.name(of: member)
                throw reader.fieldError(nil, "unknown key '\(name)'", at: name)
            }
            reader.path.append(key.rawValue)
            defer { reader.path.removeLast() }
            switch key {
            case .action: action = try reader.readIdentifier(RequestReader.actions, "action")
            case .subject: subject = try reader.readNullable { (r: inout RequestReader) throws(WireError) in try r.readString() }
            case .categories:
                let references = try reader.readIdentifierArray(reader.vocabulary.categoryReferences, "category")
                guard !references.isEmpty else { throw reader.fieldError("categories", "names no category", absolute: true) }
                categories = references
            case .purpose: purpose = try reader.readOpenIdentifier(Purpose.init(rawValue:), "purpose")
            case .recipient:
                recipient = try reader.readNullable { (r: inout RequestReader) throws(WireError) in
                    try r.readOpenIdentifier(Recipient.init(rawValue:), "recipient")
                }
            case .legalBasis:
                legalBasis = try reader.readNullable { (r: inout RequestReader) throws(WireError) in
                    try r.readIdentifier(RequestReader.legalBases, "legalBasis")
                }
            case .jurisdiction:
                jurisdiction = try reader.readNullable { (r: inout RequestReader) throws(WireError) in
                    try r.readIdentifier(RequestReader.jurisdictions, "jurisdiction")
                }
            case .context:
                context = try reader.readNullable { (r: inout RequestReader) throws(WireError) in try r.readContext() }
            }
        }
        guard let action else { throw fieldError("action", "the required field is missing", absolute: true) }
        guard let categories else { throw fieldError("categories", "the required field is missing", absolute: true) }
        guard let purpose else { throw fieldError("purpose", "the required field is missing", absolute: true) }
        return Request(
            action, subject: subject.map(SubjectID.init), categories: categories, purpose: purpose,
            recipient: recipient ?? .controller, legalBasis: legalBasis, jurisdiction: jurisdiction ?? .none,
            context: context ?? Context())
    }

    private mutating func readContext() throws(WireError) -> Context {
        var context = Context()
        try readObject { (reader: inout RequestReader, member: Member) throws(WireError) in
            let fact = reader.lookUp(member, in: reader.vocabulary.requestFacts)
            let field = fact == nil ? reader.lookUp(member, in: RequestReader.contextFields) : nil
            if fact == nil, field == nil, let values = reader.lookUp(member, in: reader.vocabulary.valuedFacts) {
                let name = reader.name(of: member)
                reader.path.append(name)
                defer { reader.path.removeLast() }
                let value = try reader.readString()
                guard let valueFact = values[value] else {
                    throw reader.fieldError(
                        nil, "'\(value)' is not a value of '\(name)' (\(values.keys.sorted().joined(separator: ", ")))")
                }
                context.facts.insert(valueFact)
                return
            }
            guard fact != nil || field != nil else {
                let name = reader.name(of: member)
                let derived = Fact.derived.contains { $0.rawValue == name }
                throw reader.fieldError(
                    nil,
                    derived
                        ? "'\(name)' is derived by the engine (from consentedPurposes and separateConsents), not stated"
                        : "unknown fact '\(name)': the policy's vocabulary does not declare it", at: name)
            }
            reader.path.append(fact?.rawValue ?? field!.rawValue)
            defer { reader.path.removeLast() }
            if let fact {
                if try reader.readBool() { context.facts.insert(fact) }
                return
            }
            switch field! {
            case .consentedPurposes:
                var purposes = Set<Purpose>()
                for (i, value) in try reader.readStringArray().enumerated() {
                    guard Purpose.isWellFormed(value) else {
                        throw reader.fieldError("[\(i)]", "'\(value)' is not a well-formed purpose identifier")
                    }
                    purposes.insert(Purpose(value))
                }
                context.consentedPurposes = purposes
            case .separateConsents:
                context.separateConsents = Set(try reader.readIdentifierArray(RequestReader.consents, "separate consent"))
            case .destinationCountry:
                let country = try reader.readString()
                guard CountryCode.isAssigned(country) else {
                    throw reader.fieldError(nil, "'\(country)' is not an ISO 3166-1 alpha-2 country code")
                }
                context.destinationCountry = country
            case .medium: context.medium = try reader.readIdentifier(RequestReader.media, "medium")
            case .destructionMethod:
                context.destructionMethod = try reader.readIdentifier(RequestReader.methods, "destructionMethod")
            case .at:
                let text = try reader.readString()
                guard let date = RequestReader.utcTime(text) ?? (CivilTime.isRealTime(text) ? try? Date(text, strategy: .iso8601) : nil)
                else {
                    throw reader.fieldError(nil, "'\(text)' is not an ISO 8601 time that exists")
                }
                context.at = date
            }
        }
        return context
    }

    // MARK: - Typed values

    /// `YYYY-MM-DDTHH:MM:SSZ`, the form requests use, read without Foundation's parser; any
    /// other form (offsets, fractions), and years before 1900 (where Foundation switches to the
    /// Julian calendar), is left to Foundation.
    static func utcTime(_ text: String) -> Date? {
        var text = text
        return text.withUTF8 { b -> Date? in
            guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A
            else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                    value = value * 10 + Int(b[i] - 0x30)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
                year >= 1900, (1...12).contains(month), hour < 24, minute < 60, second < 60
            else { return nil }
            guard CivilTime.isValid(year: year, month: month, day: day) else { return nil }
            let days = CivilTime.daysSinceEpoch(year: year, month: month, day: day)
            return Date(timeIntervalSince1970: Double(((days * 24 + hour) * 60 + minute) * 60 + second))
        }
    }

    private mutating func readIdentifier<T: Sendable>(_ table: ByteTable<T>, _ kind: String) throws(WireError) -> T {
        let start = position
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue()
            throw fieldError(nil, "expected a string")
        }
        // Without escapes, the identifier is looked up in the input's own bytes.
        if let end = plainStringEnd(from: position + 1),
            let value = table.lookUp(UnsafeBufferPointer(rebasing: bytes[(position + 1)..<end]))
        {
            position = end + 1
            return value
        }
        let text = try readString()
        guard let value = table.lookUp(text) else {
            position = start
            throw fieldError(nil, "unknown \(kind) '\(text)'")
        }
        return value
    }

    /// A list of identifiers of one kind.
    private mutating func readIdentifierArray<T: Sendable>(_ table: ByteTable<T>, _ kind: String) throws(WireError) -> [T] {
        try readArray { (reader: inout RequestReader, index: Int) throws(WireError) in
            let start = reader.position
            if let end = reader.plainStringEnd(from: start + 1),
                let value = table.lookUp(UnsafeBufferPointer(rebasing: reader.bytes[(start + 1)..<end]))
            {
                reader.position = end + 1
                return value
            }
            let text = try reader.readString()
            guard let value = table.lookUp(text) else {
                reader.position = start
                throw reader.fieldError("[\(index)]", "unknown \(kind) '\(text)'")
            }
            return value
        }
    }

    /// Where a string starting at `start` (after its quote) ends, when it has no escape and no
    /// control character; `nil` otherwise.
    @inline(__always)
    private func plainStringEnd(from start: Int) -> Int? {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return i }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            i += 1
        }
        return nil
    }

    /// An object member as found in the first pass: where its key and value are.
    struct Member {
        var keyStart: Int
        /// The key's bytes between the quotes, when it has no escape.
        var plainKey: Range<Int>?
        var key: String?
        var value: Int
    }

    private func lookUp<T>(_ member: Member, in table: ByteTable<T>) -> T? {
        if let range = member.plainKey { return table.lookUp(UnsafeBufferPointer(rebasing: bytes[range])) }
        return member.key.flatMap { table.lookUp($0) }
    }

    private func name(of member: Member) -> String {
        if let key = member.key { return key }
        return member.plainKey.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } ?? ""
    }

    private mutating func readOpenIdentifier<T>(_ make: (String) -> T, _ kind: String) throws(WireError) -> T {
        let text = try readString()
        guard Purpose.isWellFormed(text) else {
            throw fieldError(nil, "'\(text)' is not a well-formed \(kind) identifier")
        }
        return make(text)
    }

    /// `null` stands for an absent optional field, as Foundation's decoder reads it.
    private mutating func readNullable<T>(_ read: (inout RequestReader) throws(WireError) -> T) throws(WireError) -> T? {
        if peek() == UInt8(ascii: "n") {
            try readLiteral("null")
            return nil
        }
        return try read(&self)
    }

    private mutating func readBool() throws(WireError) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try readLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try readLiteral("false")
            return false
        default:
            try skipValue()
            throw fieldError(nil, "expected true or false")
        }
    }

    private mutating func readStringArray() throws(WireError) -> [String] {
        try readArray { (reader: inout RequestReader, _: Int) throws(WireError) in try reader.readString() }
    }

    /// A list of strings, each read by `element` (given its position) from its opening quote.
    private mutating func readArray<T>(
        _ element: (inout RequestReader, Int) throws(WireError) -> T
    ) throws(WireError) -> [T] {
        guard peek() == UInt8(ascii: "[") else {
            try skipValue()
            throw fieldError(nil, "expected a list")
        }
        position += 1
        var values: [T] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            return values
        }
        repeat {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                try skipValue()
                throw fieldError("[\(values.count)]", "expected a string")
            }
            values.append(try element(&self, values.count))
        } while try continues(closing: UInt8(ascii: "]"), "a list")
        return values
    }

    /// After a value in a list or an object: `true` when another value follows (a comma), `false`
    /// when the container closes (also after a trailing comma, when those are allowed).
    private mutating func continues(closing: UInt8, _ container: StaticString) throws(WireError) -> Bool {
        skipWhitespace()
        switch next() {
        case UInt8(ascii: ","):
            if allowsTrailingCommas && peekAfterWhitespace() == closing {
                skipWhitespace()
                position += 1
                return false
            }
            return true
        case closing: return false
        default: throw syntax("expected ',' or '\(Character(Unicode.Scalar(closing)))' in \(container)")
        }
    }

    // MARK: - JSON syntax

    /// Reads an object, calling `field` for each key with the reader positioned at its value.
    ///
    /// The object's syntax is checked, and repeated keys found, before any value is read, so that
    /// a repeated key is reported as such whatever its values hold.
    private mutating func readObject(
        _ field: (inout RequestReader, Member) throws(WireError) -> Void
    ) throws(WireError) {
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else {
            if position < bytes.count { try skipValue() }
            throw fieldError(nil, "expected an object")
        }
        position += 1
        var members: [Member] = []
        members.reserveCapacity(8)
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        scan: while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
            var member = Member(keyStart: position, plainKey: nil, key: nil, value: 0)
            if let end = plainStringEnd(from: position + 1) {
                member.plainKey = (position + 1)..<end
                position = end + 1
            } else {
                member.key = try readString()
            }
            skipWhitespace()
            guard next() == UInt8(ascii: ":") else { throw syntax("expected ':' after a key") }
            skipWhitespace()
            member.value = position
            members.append(member)
            try skipValue(depth: path.count + 1)
            if try !continues(closing: UInt8(ascii: "}"), "an object") { break scan }
        }
        let end = position
        if members.count > 1 {
            // Keys with escapes are compared as text; plain ones as bytes.
            let names = members.contains { $0.key != nil } ? members.map { name(of: $0) } : nil
            for i in 1..<members.count {
                let repeated: Bool
                if let names {
                    repeated = names[..<i].contains(names[i])
                } else {
                    let range = members[i].plainKey!
                    repeated = members[..<i].contains { other in
                        other.plainKey!.count == range.count
                            && memcmp(bytes.baseAddress! + other.plainKey!.lowerBound, bytes.baseAddress! + range.lowerBound, range.count) == 0
                    }
                }
                if repeated {
                    position = members[i].keyStart
                    throw fieldError(name(of: members[i]), "is given twice")
                }
            }
        }
        for member in members {
            position = member.value
            try field(&self, member)
        }
        position = end
    }

    private mutating func readString() throws(WireError) -> String {
        guard peek() == UInt8(ascii: "\"") else {
            try skipValue()
            throw fieldError(nil, "expected a string")
        }
        position += 1
        let start = position
        // Fast path: no escapes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw syntax("a control character inside a string") }
            position += 1
        }
        var scalars = String.UnicodeScalarView()
        var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
                utf8.removeAll(keepingCapacity: true)
                position += 1
                guard position < bytes.count else { throw syntax("an unfinished escape") }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    let high = try readHex4()
                    if (0xD800...0xDBFF).contains(high) {
                        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
                            bytes[position + 1] == UInt8(ascii: "u")
                        else { throw syntax("a lone surrogate in a \\u escape") }
                        position += 2
                        let low = try readHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw syntax("a lone surrogate in a \\u escape") }
                        scalars.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!)
                    } else if (0xDC00...0xDFFF).contains(high) {
                        throw syntax("a lone surrogate in a \\u escape")
                    } else {
                        scalars.append(Unicode.Scalar(high)!)
                    }
                default: throw syntax("an unknown escape")
                }
            default:
                if byte < 0x20 { throw syntax("a control character inside a string") }
                utf8.append(byte)
                position += 1
            }
        }
        throw syntax("an unterminated string")
    }

    private mutating func readHex4() throws(WireError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw syntax("a \\u escape needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[position]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(c - 0x61 + 10)
            default: throw syntax("a \\u escape needs four hex digits")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private mutating func readLiteral(_ literal: StaticString) throws(WireError) {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw syntax("an unknown word") }
        for i in 0..<count where bytes[position + i] != literal.utf8Start[i] { throw syntax("an unknown word") }
        position += count
    }

    /// Checks and skips any JSON value (its syntax only), for values of the wrong type.
    private mutating func skipValue(depth: Int = 0) throws(WireError) {
        guard depth < 512 else { throw syntax("nested too deeply") }
        skipWhitespace()
        guard let first = peek() else { throw syntax("unexpected end of input") }
        switch first {
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try readLiteral("true")
        case UInt8(ascii: "f"): try readLiteral("false")
        case UInt8(ascii: "n"): try readLiteral("null")
        case UInt8(ascii: "["):
            position += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "]") {
                position += 1
                return
            }
            repeat {
                try skipValue(depth: depth + 1)
            } while try continues(closing: UInt8(ascii: "]"), "a list")
        case UInt8(ascii: "{"):
            position += 1
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                position += 1
                return
            }
            while true {
                skipWhitespace()
                guard peek() == UInt8(ascii: "\"") else { throw syntax("expected a key in quotes") }
                _ = try readString()
                skipWhitespace()
                guard next() == UInt8(ascii: ":") else { throw syntax("expected ':' after a key") }
                try skipValue(depth: depth + 1)
                if try !continues(closing: UInt8(ascii: "}"), "an object") { return }
            }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw syntax("unexpected character")
        }
    }

    /// RFC 8259 §6: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func skipNumber() throws(WireError) {
        if peek() == UInt8(ascii: "-") { position += 1 }
        func digits(_ reader: inout RequestReader) -> Int {
            let start = reader.position
            while let c = reader.peek(), c >= 0x30, c <= 0x39 { reader.position += 1 }
            return reader.position - start
        }
        if peek() == UInt8(ascii: "0") {
            position += 1
        } else if digits(&self) == 0 {
            throw syntax("a malformed number")
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw syntax("a malformed number") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw syntax("a malformed number") }
        }
    }

    @inline(__always) private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func peekAfterWhitespace() -> UInt8? {
        var i = position
        while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i < bytes.count ? bytes[i] : nil
    }

    @inline(__always) private mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    @inline(__always) private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    // MARK: - Errors

    /// The line and column of the current position (1-based; columns count bytes).
    private var location: (line: Int, column: Int) {
        var line = self.line
        var column = 1
        for i in 0..<min(position, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    private func syntax(_ message: String) -> WireError {
        let (line, column) = location
        return WireError(line: line, field: path.isEmpty ? nil : path.joined(separator: "."), message: "not valid JSON: \(message)", column: column)
    }

    private func fieldError(_ last: String?, _ message: String, at key: String? = nil, absolute: Bool = false) -> WireError {
        var parts = absolute ? [] : path
        if let last {
            if last.hasPrefix("[") , !parts.isEmpty { parts[parts.count - 1] += last } else { parts.append(last) }
        }
        if let key { parts.append(key) }
        let (line, column) = location
        return WireError(line: line, field: parts.isEmpty ? nil : parts.joined(separator: "."), message: message, column: column)
    }
}

