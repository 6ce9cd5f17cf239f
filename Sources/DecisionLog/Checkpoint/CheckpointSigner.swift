import Crypto
public import Foundation

/// Signs checkpoints with an Ed25519 key, as C2SP signed notes.
public struct CheckpointSigner: Sendable {
    /// The signer's name: the log's origin.
    public let name: String
    private let key: Curve25519.Signing.PrivateKey

    /// - Parameters:
    ///   - name: the log's origin (no spaces, no `+`, no newline).
    ///   - privateKey: the 32-byte Ed25519 seed.
    public init(name: String, privateKey: Data) throws(DecisionLogError) {
        guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "+" || $0 == "\n" }) else {
            throw DecisionLogError(.invalidKey, "a signer name has no spaces, '+' or newlines")
        }
        do {
            key = try Curve25519.Signing.PrivateKey(rawRepresentation: privateKey)
        } catch {
            throw DecisionLogError(.invalidKey, "the signing key is not a 32-byte Ed25519 key")
        }
        self.name = name
    }

    /// A new random key (its 32-byte seed).
    public static func generateKey() -> Data { Curve25519.Signing.PrivateKey().rawRepresentation }

    /// The verifier key to publish: `<name>+<key id hex>+<base64(0x01 ‖ public key)>`.
    public var verifierKey: String {
        CheckpointVerifier.verifierKey(name: name, publicKey: key.publicKey.rawRepresentation)
    }

    /// The checkpoint as a signed note.
    public func sign(_ checkpoint: Checkpoint) throws(DecisionLogError) -> String {
        try Self.sign(checkpoint, by: [self])
    }

    /// The checkpoint as a note signed by several keys of the same log, one signature line
    /// each, in order: how a key rotation is recorded (the old key vouches for the new one).
    /// - Precondition: every signer has the checkpoint's origin as its name.
    public static func sign(_ checkpoint: Checkpoint, by signers: [CheckpointSigner]) throws(DecisionLogError) -> String {
        let body = checkpoint.body
        var note = body + "\n"
        for signer in signers {
            guard signer.name == checkpoint.origin else {
                throw DecisionLogError(.invalidKey, "a signer for '\(signer.name)' cannot sign a checkpoint of '\(checkpoint.origin)'")
            }
            let signature: Data
            do {
                signature = try signer.key.signature(for: Data(body.utf8))
            } catch {
                throw DecisionLogError(.invalidKey, "signing failed")
            }
            let keyID = CheckpointVerifier.keyID(name: signer.name, publicKey: signer.key.publicKey.rawRepresentation)
            note += "— \(signer.name) \((keyID + signature).base64EncodedString())\n"
        }
        return note
    }
}
