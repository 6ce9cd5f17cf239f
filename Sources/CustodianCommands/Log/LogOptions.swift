import ArgumentParser
import DecisionLog
import DecisionLogSQLite
import Foundation

/// Where a decision log is and which keys it uses.
///
/// A path opens the embedded SQLite store; `postgres://…` the PostgreSQL store (when built with
/// the `Postgres` trait). Keys default to files beside a SQLite log — `LOG.subject-key` (HMAC key
/// for subject pseudonyms), `LOG.signing-key` (Ed25519 seed for checkpoints) and `LOG.pub` (the
/// verifier keys to publish, one a line, the current one last) — which is a default for trying
/// things, not a recommendation: in production keep the two secret keys apart from the log
/// (a secrets manager, a separate volume) and name them with `--subject-key` and `--signing-key`.
///
/// Keys are created explicitly by `custodian log init`, or by the first `decide --log` (subject
/// key) or `log checkpoint` (signing key) of a new, empty log at the default paths, atomically:
/// of several processes starting at once, one key is made and all use it. A key is never made
/// for a log that already has records or checkpoints, never at an explicit path outside
/// `log init`, and never replaced except by `custodian log rotate-key`.
struct LogOptions: ParsableArguments {
    @Option(name: .long, help: "The subject pseudonym key file (32+ bytes). Default: LOG.subject-key")
    var subjectKey: String?

    @Option(name: .long, help: "The checkpoint signing key file (Ed25519 seed). Default: LOG.signing-key")
    var signingKey: String?

    @Option(name: .long, help: "The verifier key file (public; one key a line, current last). Default: LOG.pub")
    var verifierKey: String?

    @Option(name: .long, help: "The log's name in its checkpoints. Default: the name in the verifier key file, else custodian.local/decisions")
    var origin: String?

    static let defaultOrigin = "custodian.local/decisions"

    /// Opens the store at `location`; a read-only store never writes and needs an existing log,
    /// and so does a writing one when `mustExist` (commands that add to a log but never start one).
    func store(_ location: String, readOnly: Bool = false, mustExist: Bool = false) throws -> any LogStore {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            return try PostgresStoreOpener.open(location, readOnly: readOnly)
        }
        if mustExist && !FileManager.default.fileExists(atPath: location) {
            throw CommandError("no such log: '\(location)' does not exist (a new log is made by `custodian log init` or `decide --log`)")
        }
        do {
            return try SQLiteLogStore(path: location, access: readOnly ? .readOnly : .readWrite)
        } catch {
            throw CommandError(error.message)
        }
    }

    private static func isRemote(_ location: String) -> Bool { location.contains("://") }

    /// The file a key lives in, for a log at `location`.
    private func keyPath(_ explicit: String?, _ location: String, _ suffix: String, _ option: String) throws -> String {
        if let explicit { return explicit }
        if Self.isRemote(location) {
            throw CommandError("a PostgreSQL log needs --\(option); keys do not sit beside a database server")
        }
        return location + suffix
    }

    func subjectKeyPath(for location: String) throws -> String {
        try keyPath(subjectKey, location, ".subject-key", "subject-key")
    }

    func signingKeyPath(for location: String) throws -> String {
        try keyPath(signingKey, location, ".signing-key", "signing-key")
    }

    /// The verifier key file; `nil` for a PostgreSQL log without `--verifier-key`.
    func verifierKeyPath(for location: String) -> String? {
        verifierKey ?? (Self.isRemote(location) ? nil : location + ".pub")
    }

    /// Whether the log holds nothing yet: keys may then be made for it.
    private static func isNew(_ store: any LogStore) async throws -> Bool {
        guard try await store.size() == 0 else { return false }
        return try await store.checkpoints().isEmpty
    }

    /// The subject pseudonymizer of the log; for a new, empty log at the default path, its key
    /// is created (atomically) if absent.
    func pseudonymizer(for location: String, store: any LogStore) async throws -> SubjectPseudonymizer {
        let path = try subjectKeyPath(for: location)
        let key = try await Self.loadOrCreate(
            path, explicit: subjectKey != nil, mayCreate: { try await Self.isNew(store) }, what: "subject key",
            state: "the log already holds records", consequence: "pseudonyms already in the log were made with it, and a new key would give the same person a new pseudonym"
        ) { SubjectPseudonymizer.generateKey() }
        do {
            return try SubjectPseudonymizer(key: key)
        } catch {
            throw CommandError("the subject key '\(path)' is not usable: \(error.message)")
        }
    }

    /// The checkpoint signer of the log; for a new log (no checkpoints, no verifier key file) at
    /// the default path, its key is created (atomically) if absent, and its verifier key file too.
    func signer(for location: String, store: any LogStore) async throws -> CheckpointSigner {
        let path = try signingKeyPath(for: location)
        let published = try verifierKeyPath(for: location).flatMap { try Self.verifierKeys(at: $0) } ?? []
        let origin = try self.origin(publishedKeys: published)
        let key: Data
        if published.isEmpty {
            // No checkpoint can have been signed yet if none is kept and no key was published.
            key = try await Self.loadOrCreate(
                path, explicit: signingKey != nil, mayCreate: { try await store.checkpoints().isEmpty },
                what: "signing key", state: "the log already keeps checkpoints",
                consequence: "they were signed with it"
            ) { CheckpointSigner.generateKey() }
        } else {
            key = try KeyFile.require(
                path, what: "signing key",
                hint: "the verifier key file lists a key for this log; restore the signing key, or start a new one with `custodian log rotate-key --old-key-lost`")
        }
        let signer: CheckpointSigner
        do {
            signer = try CheckpointSigner(name: origin, privateKey: key)
        } catch {
            throw CommandError("the signing key '\(path)' is not usable: \(error.message)")
        }
        try publish(signer, for: location, published: published)
        return signer
    }

    /// Writes the verifier key file if it does not exist; checks that it names `signer` if it does.
    func publish(_ signer: CheckpointSigner, for location: String, published: [String]) throws {
        guard let pubPath = verifierKeyPath(for: location) else { return }
        if let current = published.last {
            guard current == signer.verifierKey else {
                throw CommandError(
                    "the signing key does not match the verifier key file '\(pubPath)' (its current key is \(current.split(separator: "+").prefix(2).joined(separator: "+"))); refusing to sign with another key")
            }
            return
        }
        let written = try KeyFile.create(pubPath, contents: Data((signer.verifierKey + "\n").utf8), mode: 0o644)
        guard Self.keys(in: written).last == signer.verifierKey else {
            throw CommandError("another process published a different verifier key in '\(pubPath)'")
        }
    }

    /// The origin: an explicit `--origin` must match the published one.
    func origin(publishedKeys: [String]) throws -> String {
        let publishedName = publishedKeys.last.map { String($0.prefix { $0 != "+" }) }
        switch (origin, publishedName) {
        case (let explicit?, let name?) where explicit != name:
            throw CommandError("--origin \(explicit) differs from the log's origin '\(name)' in its verifier key file")
        case (let explicit?, _): return explicit
        case (nil, let name?): return name
        case (nil, nil): return Self.defaultOrigin
        }
    }

    /// The verifier keys in a file (one a line, the current one last); `nil` when it does not exist.
    static func verifierKeys(at path: String) throws -> [String]? {
        try KeyFile.read(path).map(keys(in:))
    }

    static func keys(in data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Loads the key at `path`; creates it only at a default path when `mayCreate` says the log
    /// cannot have used a key of this kind yet.
    private static func loadOrCreate(
        _ path: String, explicit: Bool, mayCreate: () async throws -> Bool, what: String, state: String,
        consequence: String, generate: () -> Data
    ) async throws -> Data {
        if let key = try KeyFile.read(path) { return key }
        if explicit {
            throw CommandError("the \(what) '\(path)' does not exist; create the log's keys with `custodian log init`")
        }
        if try await mayCreate() {
            return try KeyFile.create(path, contents: generate())
        }
        // Another process may have made it for this (then new) log in the meantime.
        if let key = try KeyFile.read(path) { return key }
        throw CommandError(
            "the \(what) '\(path)' is missing, but \(state): \(consequence). Restore the key file; a key is never made anew for a log in use")
    }
}
