import ArgumentParser
import DecisionLog
import DecisionLogSQLite
import Foundation

/// Where a decision log is and which keys it uses.
///
/// A path opens the embedded SQLite store; `postgres://…` the PostgreSQL store (when built with
/// the `Postgres` trait). Keys default to files beside a SQLite log, created on first use with
/// mode 0600: `PATH.subject-key` (HMAC key for subject pseudonyms), `PATH.signing-key` (Ed25519
/// seed for checkpoints) and `PATH.pub` (the verifier key to publish).
struct LogOptions: ParsableArguments {
    @Option(name: .long, help: "The subject pseudonym key file (32+ bytes). Default: LOG.subject-key")
    var subjectKey: String?

    @Option(name: .long, help: "The checkpoint signing key file (Ed25519 seed). Default: LOG.signing-key")
    var signingKey: String?

    @Option(name: .long, help: "The log's name in its checkpoints.")
    var origin: String = "custodian.local/decisions"

    /// Opens the store at `location`.
    func store(_ location: String) throws -> any LogStore {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            return try PostgresStoreOpener.open(location)
        }
        return try SQLiteLogStore(path: location)
    }

    /// The files keys live in, for a log at `location`.
    private func keyPath(_ explicit: String?, _ location: String, _ suffix: String) throws -> String {
        if let explicit { return explicit }
        if location.contains("://") {
            throw ValidationError("a PostgreSQL log needs --subject-key and --signing-key files")
        }
        return location + suffix
    }

    func pseudonymizer(for location: String) throws -> SubjectPseudonymizer {
        try SubjectPseudonymizer(key: KeyFile.loadOrCreate(try keyPath(subjectKey, location, ".subject-key")) {
            SubjectPseudonymizer.generateKey()
        })
    }

    func signer(for location: String) throws -> CheckpointSigner {
        let signer = try CheckpointSigner(
            name: origin,
            privateKey: KeyFile.loadOrCreate(try keyPath(signingKey, location, ".signing-key")) {
                CheckpointSigner.generateKey()
            })
        if !location.contains("://") {
            try KeyFile.writePublic(signer.verifierKey + "\n", to: location + ".pub")
        }
        return signer
    }
}

/// Key files: created once with owner-only permissions, read afterwards.
enum KeyFile {
    static func loadOrCreate(_ path: String, generate: () -> Data) throws -> Data {
        if let data = FileManager.default.contents(atPath: path) { return data }
        let key = generate()
        guard FileManager.default.createFile(atPath: path, contents: key, attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("cannot create the key file '\(path)'")
        }
        return key
    }

    static func writePublic(_ text: String, to path: String) throws {
        if FileManager.default.contents(atPath: path) == Data(text.utf8) { return }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
