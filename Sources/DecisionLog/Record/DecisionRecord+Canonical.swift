import Custodian
import Foundation

/// The canonical encoding of a record: the bytes whose SHA-256 (with the RFC 9162 leaf prefix) is
/// the record's leaf hash. Stable and documented so that a verifier in any language can recompute
/// it (see `Sources/DecisionLog/Documentation.md`):
///
/// - one JSON object, UTF-8, no insignificant white space;
/// - keys in this order: `v`, `index`, `id`, `time`, `policy`, `subject`, `action`, `categories`,
///   `purpose`, `recipient`, `legalBasis`, `jurisdiction`, `facts`, `outcome`, `obligations`,
///   `reasons`; inside `facts`: `holding`, `consentedPurposes`, `separateConsents`,
///   `destinationCountry`, `medium`, `destructionMethod`, `at`; inside a reason: `kind`, `rule`,
///   `missing`, `categories`;
/// - absent values are `null`, never omitted; lists are sorted as the record keeps them;
/// - times are UTC, `YYYY-MM-DDTHH:MM:SS.mmmZ`;
/// - strings escape only `"` `\` and U+0000–U+001F (as `\"`, `\\`, `\u00xx`).
extension DecisionRecord {
    /// The format version written in `v`.
    public static let canonicalVersion = 1

    /// The canonical bytes of the record at position `index` of the log.
    public func canonicalEncoding(index: UInt64) -> [UInt8] { encoded().leaf(at: index) }

    /// The canonical bytes without the position, ready to be appended at any position.
    public func encoded() -> EncodedRecord {
        let id = decisionID.description
        var out = CanonicalWriter()
        out.raw(",\"id\":")
        out.string(id)
        out.raw(",\"time\":")
        out.time(time)
        out.raw(",\"policy\":")
        out.string(policyVersion.rawValue)
        out.raw(",\"subject\":")
        out.optional(subject)
        out.raw(",\"action\":")
        out.string(action.rawValue)
        out.raw(",\"categories\":")
        out.list(categories, \.rawValue)
        out.raw(",\"purpose\":")
        out.string(purpose.rawValue)
        out.raw(",\"recipient\":")
        out.string(recipient.rawValue)
        out.raw(",\"legalBasis\":")
        out.optional(legalBasis?.rawValue)
        out.raw(",\"jurisdiction\":")
        out.string(jurisdiction.rawValue)
        out.raw(",\"facts\":{\"holding\":")
        out.list(facts.holding, \.rawValue)
        out.raw(",\"consentedPurposes\":")
        out.list(facts.consentedPurposes, \.rawValue)
        out.raw(",\"separateConsents\":")
        out.list(facts.separateConsents, \.rawValue)
        out.raw(",\"destinationCountry\":")
        out.optional(facts.destinationCountry)
        out.raw(",\"medium\":")
        out.optional(facts.medium?.rawValue)
        out.raw(",\"destructionMethod\":")
        out.optional(facts.destructionMethod?.rawValue)
        out.raw(",\"at\":")
        if let at = facts.at { out.time(at) } else { out.raw("null") }
        out.raw("},\"outcome\":")
        out.string(outcome.rawValue)
        out.raw(",\"obligations\":")
        out.list(obligations, \.rawValue)
        out.raw(",\"reasons\":[")
        for (i, reason) in reasons.enumerated() {
            if i > 0 { out.raw(",") }
            out.raw("{\"kind\":")
            out.string(reason.kind.rawValue)
            out.raw(",\"rule\":")
            out.string(reason.rule.rawValue)
            out.raw(",\"missing\":")
            out.list(reason.missing)
            out.raw(",\"categories\":")
            out.list(reason.categories, \.rawValue)
            out.raw("}")
        }
        out.raw("]}")
        return EncodedRecord(decisionID: id, body: out.bytes)
    }
}

/// Writes the canonical JSON subset.
struct CanonicalWriter {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(512) }

    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
            } else {
                for byte in utf8 {
                    switch byte {
                    case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
                    case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                    case 0..<0x20:
                        raw("\\u00")
                        bytes.append(Self.hex[Int(byte >> 4)])
                        bytes.append(Self.hex[Int(byte & 0xF)])
                    default: bytes.append(byte)
                    }
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    mutating func list<T>(_ items: [T], _ text: KeyPath<T, String>) {
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(item[keyPath: text])
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func list(_ items: [String]) { list(items, \.self) }

    /// `"YYYY-MM-DDTHH:MM:SS.mmmZ"`, UTC with milliseconds; times before 1970 or after 9999 are
    /// clamped (never seen in a log).
    mutating func time(_ date: Date) {
        let (year, month, day, hour, minute, second, milli) = CanonicalTime.fields(date)
        bytes.append(UInt8(ascii: "\""))
        digits(year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(day, 2)
        bytes.append(UInt8(ascii: "T"))
        digits(hour, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(minute, 2)
        bytes.append(UInt8(ascii: ":"))
        digits(second, 2)
        bytes.append(UInt8(ascii: "."))
        digits(milli, 3)
        raw("Z\"")
    }

    /// `value` in exactly `width` decimal digits (0 ≤ value < 10^width).
    private mutating func digits(_ value: Int64, _ width: Int) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SS.mmmZ` from a date, computed arithmetically (no locale, no calendar).
enum CanonicalTime {
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// A date truncated to whole milliseconds, so that it survives the canonical encoding.
    static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds(date)) / 1000)
    }

    /// Year, month, day, hour, minute, second and millisecond (UTC) of a date, clamped to
    /// 1970…9999.
    static func fields(_ date: Date) -> (Int64, Int64, Int64, Int64, Int64, Int64, Int64) {
        let ms = min(max(milliseconds(date), 0), 253_402_300_799_999)
        let days = ms / 86_400_000
        var rest = ms % 86_400_000
        let hour = rest / 3_600_000
        rest %= 3_600_000
        let minute = rest / 60_000
        rest %= 60_000
        let second = rest / 1000
        let milli = rest % 1000
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, hour, minute, second, milli)
    }

    static func format(_ date: Date) -> String {
        var writer = CanonicalWriter()
        writer.time(date)
        return String(decoding: writer.bytes.dropFirst().dropLast(), as: UTF8.self)
    }
}
