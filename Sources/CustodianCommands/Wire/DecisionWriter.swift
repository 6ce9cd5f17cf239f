public import Custodian

/// Writes a ``Decision`` as the one-line JSON object of VOCABULARY.md:
/// `{"decision","obligations","reasons","policyVersion","decisionId"}`.
///
/// Written directly rather than through `JSONEncoder`: the key order is fixed, the output is
/// one line, and nothing in a decision needs more than string escaping.
public enum DecisionWriter {
    public static func json(_ decision: Decision) -> String {
        var out = "{\"decision\":\""
        out += decision.outcome.rawValue
        out += "\",\"obligations\":["
        for (i, obligation) in decision.obligations.enumerated() {
            if i > 0 { out += "," }
            out += "\"" + obligation.rawValue + "\""
        }
        out += "],\"reasons\":["
        for (i, reason) in decision.reasons.enumerated() {
            if i > 0 { out += "," }
            out += "{\"rule\":"
            appendString(reason.rule.rawValue, to: &out)
            out += ",\"clause\":"
            appendString(reason.clause, to: &out)
            out += ",\"kind\":\"" + reason.kind.rawValue + "\""
            if !reason.missing.isEmpty {
                out += ",\"missing\":["
                for (j, item) in reason.missing.enumerated() {
                    if j > 0 { out += "," }
                    appendString(item, to: &out)
                }
                out += "]"
            }
            if !reason.categories.isEmpty {
                out += ",\"categories\":["
                for (j, category) in reason.categories.enumerated() {
                    if j > 0 { out += "," }
                    out += "\"" + category.rawValue + "\""
                }
                out += "]"
            }
            out += "}"
        }
        out += "],\"policyVersion\":\"" + decision.policyVersion.rawValue
        out += "\",\"decisionId\":\"" + decision.id.description + "\"}"
        return out
    }

    /// Decisions as JSON Lines (one object and a newline each), as UTF-8 bytes.
    public static func jsonLines<S: Sequence>(_ decisions: S) -> [UInt8] where S.Element == Decision {
        var out: [UInt8] = []
        out.reserveCapacity(decisions.underestimatedCount * 300)
        for decision in decisions {
            out.append(contentsOf: json(decision).utf8)
            out.append(0x0A)
        }
        return out
    }

    /// Appends `text` as a JSON string (RFC 8259 escaping).
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
