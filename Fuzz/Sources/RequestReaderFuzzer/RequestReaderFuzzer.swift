import Custodian
@_spi(Testing) import CustodianWire
import Foundation

/// One fuzz input: read it as a request with the fast reader and with Foundation
/// (`JSONSerialization` for the JSON syntax, then the `Codable` request for the fields), and
/// require the same verdict and the same request, outside Foundation's leniencies: trailing commas
/// and repeated keys, which the reader rejects. Then write a decision whose texts are the input and
/// require Foundation to read back exactly those texts.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let text = String(data: bytes, encoding: .utf8) else { return 0 }

    let fast = try? RequestReader.read(Substring(text))
    let foundationRequest: Request? =
        (try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])) == nil
        ? nil : try? WireRequest.decode(Substring(text))
    if let fast {
        // Whatever the reader accepts, Foundation accepts as the same request.
        guard let foundation = foundationRequest, foundation == fast else {
            fatalError("the reader accepted what Foundation reads otherwise: \(text.debugDescription)")
        }
    } else if let foundation = foundationRequest {
        // Foundation accepted what the reader rejected: only its leniencies may explain it — a
        // repeated key (the reader says so) or trailing commas (the reader agrees once allowed).
        do {
            guard try RequestReader.read(Substring(text), allowingTrailingCommas: true) == foundation else {
                fatalError("with trailing commas allowed, the reader reads otherwise: \(text.debugDescription)")
            }
        } catch {
            guard error.message.contains("given twice") else {
                fatalError("Foundation accepted what the reader rejected (\(error)): \(text.debugDescription)")
            }
        }
    }

    // The writer: any text in a decision survives a round trip through Foundation.
    let decision = Decision(
        outcome: .deny, obligations: [],
        reasons: [Reason(kind: .conditionsNotMet, rule: "fuzz", clause: text, missing: [text])],
        policyVersion: PolicyVersion(rawValue: "sha256:0"), id: DecisionID())
    let json = DecisionWriter.json(decision)
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
        let reasons = object["reasons"] as? [[String: Any]], reasons.first?["clause"] as? String == text,
        (reasons.first?["missing"] as? [String]) == [text]
    else { fatalError("the writer's output does not read back: \(json.debugDescription)") }
    return 0
}
