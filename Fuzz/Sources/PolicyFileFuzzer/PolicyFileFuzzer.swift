import Custodian
import CustodianPolicyFiles
import Foundation

/// One fuzz input: read it as a policy document the way `custodian lint` does (size and nesting
/// checks, anchors and aliases refused in the text, YAML parsing, decoding, compiling, linting)
/// and require that nothing crashes, that a document which compiles gives no `invalidDocument`
/// finding, and that one which does not gives exactly that finding, with a location. libFuzzer's
/// `-timeout` catches any input that takes too long (the alias bomb took minutes before).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let text = String(data: bytes, encoding: .utf8) else { return 0 }
    let compiled = Result { try PolicyFile.compile(text, file: "fuzz.yaml") }
    let findings = PolicyLinter().lint(text, file: "fuzz.yaml")
    let invalid = findings.filter { $0.check == .invalidDocument }
    switch compiled {
    case .success:
        guard invalid.isEmpty else { fatalError("compiled, yet the linter calls it invalid: \(invalid)") }
    case .failure(let error):
        guard let error = error as? PolicyFileError else { fatalError("an error that is not a PolicyFileError: \(error)") }
        guard invalid.count == 1, findings.count == 1, invalid[0].message.hasSuffix(error.message) else {
            fatalError("the linter and the reader disagree: \(error) / \(findings)")
        }
    }
    return 0
}
