import Crypto
public import Custodian
public import Foundation

/// Turns a subject identifier into a pseudonym with a keyed hash (HMAC-SHA-256), so that the log
/// can tell records of the same person apart from others without holding the identifier. The key
/// is the deployment's: without it, a pseudonym cannot be linked back to a person by guessing.
public struct SubjectPseudonymizer: Sendable {
    /// The HMAC with its key already absorbed (the inner and outer pads hashed once), copied for
    /// each subject.
    private let keyed: HMAC<SHA256>

    /// - Parameter key: at least 32 bytes of secret key material.
    public init(key: Data) throws(DecisionLogError) {
        guard key.count >= 32 else { throw DecisionLogError(.invalidKey, "a subject key needs at least 32 bytes") }
        keyed = HMAC<SHA256>(key: SymmetricKey(data: key))
    }

    /// A new random key.
    public static func generateKey() -> Data { SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) } }

    /// `hmac-sha256:<hex>` of the subject.
    public func pseudonym(for subject: SubjectID) -> String {
        var mac = keyed
        var subject = subject.rawValue
        subject.withUTF8 { mac.update(data: UnsafeRawBufferPointer($0)) }
        return mac.finalize().withUnsafeBytes { Hex.encode($0, prefix: "hmac-sha256:") }
    }
}
