import ArgumentParser
import DecisionLog
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension LogCommand {
    /// `custodian log init`: creates a log and its keys, explicitly, once.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create a new decision log and its keys (subject key, signing key, verifier key).",
            discussion: """
                Each key file is created atomically with mode 0600 (the verifier key 0644) and synced \
                before use; an existing key file is never replaced, and a log that already holds \
                records or checkpoints gets no new keys. Keep the two secret keys away from the log \
                in production (--subject-key, --signing-key).
                """)

        @Argument(help: "The log (a SQLite path or a postgres:// URL).") var log: String
        @OptionGroup var options: LogOptions

        func run() async throws {
            let store = try options.store(log)
            let size = try await store.size()
            guard size == 0, try await store.checkpoints().isEmpty else {
                throw CommandError("the log '\(log)' already holds \(size) records or checkpoints; init makes keys only for a new log")
            }
            let subjectPath = try options.subjectKeyPath(for: log)
            let signingPath = try options.signingKeyPath(for: log)
            let pubPath = options.verifierKeyPath(for: log)
            for path in [subjectPath, signingPath] + (pubPath.map { [$0] } ?? []) where FileManager.default.fileExists(atPath: path) {
                throw CommandError("the key file '\(path)' exists already; a key is never replaced")
            }
            let signer = try CheckpointSigner(
                name: try options.origin(publishedKeys: []),
                privateKey: try KeyFile.create(signingPath, contents: CheckpointSigner.generateKey(), exclusive: true))
            _ = try KeyFile.create(subjectPath, contents: SubjectPseudonymizer.generateKey(), exclusive: true)
            if let pubPath {
                _ = try KeyFile.create(pubPath, contents: Data((signer.verifierKey + "\n").utf8), mode: 0o644, exclusive: true)
            }
            Output.print("created the log \(log)")
            Output.print("  subject key:  \(subjectPath) (secret, mode 0600)")
            Output.print("  signing key:  \(signingPath) (secret, mode 0600)")
            Output.print("  verifier key: \(pubPath ?? "(not written: give --verifier-key)") (publish it)")
            Output.print(signer.verifierKey)
        }
    }

    /// `custodian log rotate-key`: replaces the checkpoint signing key, recorded in the log.
    struct RotateKey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-key",
            abstract: "Replace the log's checkpoint signing key; the change is recorded in the log.",
            discussion: """
                Makes a new signing key, keeps in the log a checkpoint signed by both the new and the \
                old key (the old key vouches for the new one), adds the new verifier key to the \
                verifier key file (the old ones stay, for the checkpoints they signed) and replaces \
                the signing key file. An interrupted rotation is completed by running it again. \
                With --old-key-lost the transition checkpoint is signed by the new key alone. The \
                subject key is not rotated: pseudonyms must stay recomputable for the log's life.
                """)

        @Argument(help: "The log.") var log: String
        @Flag(name: .long, help: "The old signing key is lost: start a new one without its signature.")
        var oldKeyLost = false
        @OptionGroup var options: LogOptions

        func run() async throws {
            let store = try options.store(log, mustExist: true)
            guard let pubPath = options.verifierKeyPath(for: log) else {
                throw CommandError("a PostgreSQL log needs --verifier-key to rotate its key")
            }
            guard var published = try LogOptions.verifierKeys(at: pubPath), let current = published.last else {
                throw CommandError("the verifier key file '\(pubPath)' does not exist; a log without keys is set up with `custodian log init`")
            }
            let origin = try options.origin(publishedKeys: published)
            let signingPath = try options.signingKeyPath(for: log)
            let lock = try FileLock(path: signingPath + ".lock")
            defer { lock.unlock() }

            let nextPath = signingPath + ".next"
            let next = try CheckpointSigner(
                name: origin, privateKey: try KeyFile.create(nextPath, contents: CheckpointSigner.generateKey()))
            if current != next.verifierKey {
                var cosigners: [CheckpointSigner] = []
                if !oldKeyLost {
                    let old = try CheckpointSigner(
                        name: origin,
                        privateKey: try KeyFile.require(
                            signingPath, what: "signing key", hint: "if it is lost, rotate with --old-key-lost"))
                    guard old.verifierKey == current else {
                        throw CommandError("the signing key '\(signingPath)' does not match the current key in '\(pubPath)'")
                    }
                    cosigners = [old]
                }
                let note = try await DecisionLog(store: store, signer: next).checkpoint(alsoSignedBy: cosigners)
                published.append(next.verifierKey)
                try KeyFile.replace(pubPath, contents: Data((published.joined(separator: "\n") + "\n").utf8), mode: 0o644)
                Output.print(note, terminator: "")
            }
            try KeyFile.replace(signingPath, contents: try KeyFile.require(nextPath, what: "new signing key", hint: ""), mode: 0o600)
            unlink(nextPath)
            Output.print("new verifier key (added to \(pubPath)): \(next.verifierKey)")
        }
    }
}

/// An exclusive advisory lock on a file (`flock`), held until ``unlock()``.
struct FileLock {
    private let fd: Int32

    init(path: String) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CommandError("cannot open the lock file '\(path)': \(String(cString: strerror(errno)))") }
        guard flock(fd, LOCK_EX) == 0 else {
            close(fd)
            throw CommandError("cannot lock '\(path)': \(String(cString: strerror(errno)))")
        }
    }

    func unlock() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
