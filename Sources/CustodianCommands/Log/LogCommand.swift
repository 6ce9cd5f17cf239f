import ArgumentParser
import DecisionLog
import Foundation

/// `custodian log`: verify, checkpoint, prove, tail and export a decision log.
struct LogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Create, verify, checkpoint, prove, read and export a decision log.",
        discussion: """
            verify, prove, consistency, tail and export only read: they open the log read-only, \
            write nothing (not even SQLite's -wal and -shm files when no process has the log open) \
            and fail with "no such log" on a missing path.
            """,
        subcommands: [
            Init.self, Verify.self, MakeCheckpoint.self, RotateKey.self, Prove.self, Consistency.self, Tail.self,
            Export.self,
        ])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check every record, the order, and the tree against signed checkpoints; name the first bad record.",
            discussion: "Exit status 0 when the log verifies, 1 when it does not.")

        @Argument(help: "The log (a SQLite path or a postgres:// URL).") var log: String
        @Option(name: .long, help: "A signed checkpoint kept elsewhere (repeatable).") var checkpoint: [String] = []
        @Option(
            name: .long,
            help: ArgumentHelp(
                "A signed checkpoint file verified before: check only the records after it, and the consistency proof from it (the records before it are not read again).",
                valueName: "checkpoint")) var since: String?
        @Option(name: .long, help: "The verifier key file (same as --verifier-key). Default: LOG.pub") var key: String?
        @OptionGroup var options: LogOptions

        func run() async throws {
            let store = try options.store(log, readOnly: true)
            let keyPath = key ?? options.verifierKeyPath(for: log)
            var verifiers: [CheckpointVerifier] = []
            if let keyPath {
                guard let lines = try LogOptions.verifierKeys(at: keyPath) else {
                    if key != nil || options.verifierKey != nil {
                        throw CommandError("the verifier key file '\(keyPath)' does not exist")
                    }
                    // No published key: the records are still checked; checkpoints cannot be.
                    guard since == nil else { throw CommandError("--since needs the verifier key (--key)") }
                    return try await report(LogVerifier(keys: []).verify(store, against: notes()))
                }
                for (number, line) in lines.enumerated() {
                    do {
                        verifiers.append(try CheckpointVerifier(verifierKey: line))
                    } catch {
                        throw CommandError("\(keyPath):\(number + 1): \(error.message)")
                    }
                }
            }
            try await report(LogVerifier(keys: verifiers).verify(store, against: notes(), since: since.map(Self.note(at:))))
        }

        private func notes() throws -> [String] { try checkpoint.map(Self.note(at:)) }

        private static func note(at path: String) throws -> String {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError("cannot read the checkpoint '\(path)'")
            }
            return String(decoding: data, as: UTF8.self)
        }

        private func report(_ report: VerificationReport) throws {
            Output.print("records: \(report.size), root: \(report.rootHash.hex), checkpoints checked: \(report.checkpointsChecked)")
            if let since {
                Output.print(
                    "since the checkpoint in '\(since)': records \(report.firstChecked)..<\(report.size) read, consistency proof "
                        + (report.consistencyChecked ? "holds" : "not checked"))
            }
            if report.isValid {
                Output.print("ok")
            } else {
                Output.print("FAILED: \(report.problems.count) problem(s)")
                for problem in report.problems.prefix(20) { Output.print("  \(problem)") }
                throw ExitCode(1)
            }
        }
    }

    struct MakeCheckpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "checkpoint", abstract: "Sign a checkpoint of the log, keep it in the log and print it.")

        @Argument(help: "The log.") var log: String
        @Option(name: .long, help: "Also write the checkpoint to this file.") var out: String?
        @OptionGroup var options: LogOptions

        func run() async throws {
            let store = try options.store(self.log, mustExist: true)
            let log = DecisionLog(store: store, signer: try await options.signer(for: self.log, store: store))
            let note = try await log.checkpoint()
            if let out { try note.write(toFile: out, atomically: true, encoding: .utf8) }
            Output.print(note, terminator: "")
        }
    }

    struct Prove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prove", abstract: "Print an inclusion proof (JSON) for a decision.")

        @Argument(help: "The log.") var log: String
        @Argument(help: "The decision identifier.") var decisionID: String
        @Option(name: .long, help: "Prove against the tree of this many records (a checkpoint's size).") var size: UInt64?
        @OptionGroup var options: LogOptions

        func run() async throws {
            let log = DecisionLog(store: try options.store(self.log, readOnly: true))
            let proof = try await log.prove(decisionID: decisionID.lowercased(), treeSize: size)
            Output.print(proof.json)
        }
    }

    struct Consistency: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "consistency",
            abstract: "Print a consistency proof (JSON) that the log's first N records are a prefix of its first M.")

        @Argument(help: "The log.") var log: String
        @Option(name: .long, help: "The earlier size (an older checkpoint's).") var from: UInt64
        @Option(name: .long, help: "The later size. Default: the whole log.") var to: UInt64?
        @OptionGroup var options: LogOptions

        func run() async throws {
            let log = DecisionLog(store: try options.store(self.log, readOnly: true))
            let proof = try await log.consistencyProof(from: from, to: to)
            Output.print(
                "{\"oldSize\":\(from),\"oldRoot\":\"\(proof.oldRoot.hex)\",\"newSize\":\(proof.newSize),"
                    + "\"newRoot\":\"\(proof.newRoot.hex)\",\"path\":[\(proof.path.map { "\"\($0.hex)\"" }.joined(separator: ","))]}")
        }
    }

    struct Tail: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tail", abstract: "Print the last records, one canonical JSON record a line.")

        @Argument(help: "The log.") var log: String
        @Option(name: [.customShort("n"), .long], help: "How many records.") var count: UInt64 = 10
        @OptionGroup var options: LogOptions

        func run() async throws {
            let store = try options.store(log, readOnly: true)
            let size = try await store.size()
            for entry in try await store.entries(in: (size - min(size, count))..<size) {
                Output.print(String(decoding: entry.leaf, as: UTF8.self))
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print every record as JSON Lines: each line is a record's canonical bytes, whose SHA-256 with a 0x00 prefix is its leaf hash.")

        @Argument(help: "The log.") var log: String
        @OptionGroup var options: LogOptions

        func run() async throws {
            let store = try options.store(log, readOnly: true)
            let size = try await store.size()
            var start: UInt64 = 0
            while start < size {
                var chunk = Data()
                for entry in try await store.entries(in: start..<min(size, start + 10_000)) {
                    chunk.append(contentsOf: entry.leaf)
                    chunk.append(0x0A)
                }
                Output.write(chunk)
                start += 10_000
            }
        }
    }
}
