public import Custodian
import Foundation

/// Writes a ``Decision`` as the one-line JSON object of VOCABULARY.md:
/// `{"decision","obligations","reasons","policyVersion","decisionId"}`.
///
/// Written directly as bytes rather than through `JSONEncoder`: the key order is fixed, the
/// output is one line, and nothing in a decision needs more than string escaping.
public enum DecisionWriter {
    /// The decision as a JSON object.
    public static func json(_ decision: Decision) -> String {
        var out: [UInt8] = []
        append(decision, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Decisions as JSON Lines (one object and a newline each), as UTF-8 bytes.
    public static func jsonLines<S: Sequence>(_ decisions: S) -> [UInt8] where S.Element == Decision {
        var out: [UInt8] = []
        out.reserveCapacity(decisions.underestimatedCount * 300)
        for decision in decisions {
            append(decision, to: &out)
            out.append(0x0A)
        }
        return out
    }

    /// Appends the decision's JSON object to `out`.
    public static func append(_ decision: Decision, to out: inout [UInt8]) {
        out.append(contentsOf: #"{"decision":""#.utf8)
        out.append(contentsOf: decision.outcome.rawValue.utf8)
        out.append(contentsOf: #"","obligations":["#.utf8)
        for (i, obligation) in decision.obligations.enumerated() {
            if i > 0 { out.append(0x2C) }
            appendString(obligation.rawValue, to: &out)
        }
        out.append(contentsOf: #"],"reasons":["#.utf8)
        for (i, reason) in decision.reasons.enumerated() {
            if i > 0 { out.append(0x2C) }
            out.append(contentsOf: #"{"rule":"#.utf8)
            appendString(reason.rule.rawValue, to: &out)
            out.append(contentsOf: #","clause":"#.utf8)
            appendString(reason.clause, to: &out)
            out.append(contentsOf: #","kind":""#.utf8)
            out.append(contentsOf: reason.kind.rawValue.utf8)
            out.append(0x22)
            if !reason.missing.isEmpty {
                out.append(contentsOf: #","missing":["#.utf8)
                for (j, item) in reason.missing.enumerated() {
                    if j > 0 { out.append(0x2C) }
                    appendString(item, to: &out)
                }
                out.append(0x5D)
            }
            if !reason.categories.isEmpty {
                out.append(contentsOf: #","categories":["#.utf8)
                for (j, category) in reason.categories.enumerated() {
                    if j > 0 { out.append(0x2C) }
                    appendString(category.rawValue, to: &out)
                }
                out.append(0x5D)
            }
            out.append(0x7D)
        }
        out.append(contentsOf: #"],"policyVersion":""#.utf8)
        out.append(contentsOf: decision.policyVersion.rawValue.utf8)
        out.append(contentsOf: #"","decisionId":""#.utf8)
        appendUUID(decision.id, to: &out)
        out.append(contentsOf: #""}"#.utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string (RFC 8259 escaping of `"`, `\` and control characters).
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        // Most texts need no escape: copy them whole.
        let plain =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C { return false }
                return true
            } ?? false
        if plain {
            out.append(contentsOf: text.utf8)
            out.append(0x22)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20:
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(0x22)
    }

    /// The identifier in lower-case 8-4-4-4-12 form, without Foundation's formatter.
    private static func appendUUID(_ id: DecisionID, to out: inout [UInt8]) {
        withUnsafeBytes(of: id.uuid.uuid) { bytes in
            for (i, byte) in bytes.enumerated() {
                if i == 4 || i == 6 || i == 8 || i == 10 { out.append(0x2D) }
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
    }
}
