import Crypto
import Foundation

/// Checks signed checkpoints with nothing but the log's public key.
public struct CheckpointVerifier: Sendable {
    public let name: String
    private let key: Curve25519.Signing.PublicKey
    private let keyID: Data

    /// - Parameter verifierKey: `<name>+<key id hex>+<base64(0x01 ‖ public key)>`.
    public init(verifierKey: String) throws(DecisionLogError) {
        let parts = verifierKey.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "+", maxSplits: 2)
        guard parts.count == 3, let encoded = Data(base64Encoded: String(parts[2])), encoded.count == 33,
            encoded.first == 0x01,
            let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: encoded.dropFirst())
        else { throw DecisionLogError(.invalidKey, "not a verifier key (name+keyid+base64 Ed25519 key)") }
        name = String(parts[0])
        key = publicKey
        keyID = Self.keyID(name: name, publicKey: publicKey.rawRepresentation)
        guard Hex.encode(keyID) == parts[1] else {
            throw DecisionLogError(.invalidKey, "the verifier key's id does not match its name and key")
        }
    }

    /// Reads a signed note and checks its signature; returns the checkpoint it signs.
    public func verify(_ note: String) throws(DecisionLogError) -> Checkpoint {
        guard let separator = note.range(of: "\n\n— ") else {
            throw DecisionLogError(.invalidCheckpoint, "the note has no signature")
        }
        let body = String(note[..<separator.lowerBound]) + "\n"
        let signatureLines = note[note.index(after: separator.lowerBound)...].split(separator: "\n")
        for line in signatureLines {
            let fields = line.split(separator: " ")
            guard fields.count == 3, fields[0] == "—", fields[1] == name,
                let blob = Data(base64Encoded: String(fields[2])), blob.count == 68, blob.prefix(4) == keyID
            else { continue }
            guard key.isValidSignature(blob.dropFirst(4), for: Data(body.utf8)) else {
                throw DecisionLogError(.invalidCheckpoint, "the checkpoint's signature does not verify")
            }
            let checkpoint = try Checkpoint(body: body)
            guard checkpoint.origin == name else {
                throw DecisionLogError(.invalidCheckpoint, "the checkpoint is for '\(checkpoint.origin)', not '\(name)'")
            }
            return checkpoint
        }
        throw DecisionLogError(.invalidCheckpoint, "no signature by '\(name)' with this key")
    }

    static func keyID(name: String, publicKey: Data) -> Data {
        var hasher = SHA256()
        hasher.update(data: Data(name.utf8))
        hasher.update(data: [0x0A, 0x01])
        hasher.update(data: publicKey)
        return Data(hasher.finalize().prefix(4))
    }

    static func verifierKey(name: String, publicKey: Data) -> String {
        "\(name)+\(Hex.encode(keyID(name: name, publicKey: publicKey)))+\((Data([0x01]) + publicKey).base64EncodedString())"
    }
}
