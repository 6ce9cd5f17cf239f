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
        out.list(categories.map(\.rawValue))
        out.raw(",\"purpose\":")
        out.string(purpose.rawValue)
        out.raw(",\"recipient\":")
        out.string(recipient.rawValue)
        out.raw(",\"legalBasis\":")
        out.optional(legalBasis?.rawValue)
        out.raw(",\"jurisdiction\":")
        out.string(jurisdiction.rawValue)
        out.raw(",\"facts\":{\"holding\":")
        out.list(facts.holding.map(\.rawValue))
        out.raw(",\"consentedPurposes\":")
        out.list(facts.consentedPurposes.map(\.rawValue))
        out.raw(",\"separateConsents\":")
        out.list(facts.separateConsents.map(\.rawValue))
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
        out.list(obligations.map(\.rawValue))
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
            out.list(reason.categories.map(\.rawValue))
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

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func optional(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    mutating func list(_ items: [String]) {
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            string(item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// UTC with milliseconds; times before 1970 or after 9999 are clamped (never seen in a log).
    mutating func time(_ date: Date) {
        raw("\"" + CanonicalTime.format(date) + "\"")
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

    static func format(_ date: Date) -> String {
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
        func pad(_ n: Int64, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(milli, 3))Z"
    }
}
