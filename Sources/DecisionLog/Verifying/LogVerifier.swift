import Dispatch
/// Checks a whole log: every record's bytes against its hash and position, the order and
/// uniqueness of records, and the tree against signed checkpoints — the ones the store keeps and
/// any kept elsewhere. It trusts nothing but the verifier keys.
///
/// ```swift
/// let report = try await LogVerifier(key: verifier).verify(store, against: [exportedNote])
/// if let problem = report.problems.first { print(problem) }   // names the first bad record
/// ```
public struct LogVerifier: Sendable {
    /// The log's verifier keys: the current one and those retired by key rotations, each
    /// still good for the checkpoints it signed.
    public let keys: [CheckpointVerifier]

    /// - Parameter key: the log's verifier key; without one, checkpoints cannot be trusted and
    ///   any checkpoint given is a problem.
    public init(key: CheckpointVerifier?) { keys = key.map { [$0] } ?? [] }

    /// - Parameter keys: the log's verifier keys, current and retired; a checkpoint is valid when
    ///   one of them signed it.
    public init(keys: [CheckpointVerifier]) { self.keys = keys }

    /// Verifies `store`, streaming its entries in chunks: every record's bytes against its leaf
    /// hash and position, every stored interior hash against the records under it, the order and
    /// uniqueness of records, and every signed checkpoint against the tree. Memory stays
    /// O(log n) for the tree, plus 16 bytes a record for the identifiers seen.
    /// - Parameters:
    ///   - external: signed checkpoints kept outside the store (they catch a cut tail).
    ///   - trusted: a signed checkpoint verified before. Only the records after it are read;
    ///     the tree's right edge at its size is read from the stored hashes and must give its root,
    ///     and a consistency proof from it to the log's tree must hold. Checkpoints of smaller
    ///     trees are not checked again, nor are the records before it and their stored hashes
    ///     (beyond the right edge at its size): a change to them is found by a full verification.
    public func verify(
        _ store: any LogStore, against external: [String] = [], since trusted: String? = nil, chunk: UInt64 = 65_536
    ) async throws(DecisionLogError) -> VerificationReport {
        var report = VerificationReport()
        let size = try await store.size()
        // Checkpoints first: a valid one is checked when the tree reaches its size.
        var pending: [(source: String, checkpoint: Checkpoint)] = []
        for (source, notes) in [("kept in the log", try await store.checkpoints()), ("given", external)] {
            for note in notes {
                if let checkpoint = authenticate(note, source: source, report: &report) {
                    pending.append((source, checkpoint))
                    report.checkpointsChecked += 1
                }
            }
        }
        var frontier = MerkleFrontier()
        var trustedCheckpoint: Checkpoint?
        if let trusted {
            guard let checkpoint = authenticate(trusted, source: "given as the starting point", report: &report) else { return report }
            trustedCheckpoint = checkpoint
            guard checkpoint.size <= size else {
                report.add(
                    .init(
                        index: size,
                        message:
                            "the checkpoint verified before vouches for \(checkpoint.size) records but the log has \(size): records \(size)..<\(checkpoint.size) were cut off"
                    ))
                return report
            }
            let edge = try await store.subtreeHashes(SubtreeAddress.decomposition(ofTreeOf: checkpoint.size))
            guard let start = MerkleFrontier(size: checkpoint.size, hashes: edge), start.rootHash == checkpoint.rootHash else {
                report.add(
                    .init(
                        index: nil,
                        message:
                            "the log's first \(checkpoint.size) records no longer give the root of the checkpoint verified before (rewritten)"))
                return report
            }
            frontier = start
            pending.removeAll { $0.checkpoint.size < checkpoint.size }
        }
        report.firstChecked = frontier.size
        pending.sort { $0.checkpoint.size < $1.checkpoint.size }
        var nextCheckpoint = 0
        func checkCheckpoints(_ report: inout VerificationReport) {
            while nextCheckpoint < pending.count, pending[nextCheckpoint].checkpoint.size == frontier.size {
                let (source, checkpoint) = pending[nextCheckpoint]
                if frontier.rootHash != checkpoint.rootHash {
                    report.add(
                        .init(
                            index: nil,
                            message:
                                "a checkpoint \(source) of \(checkpoint.size) records does not match the log's first \(checkpoint.size) records (rewritten)"
                        ))
                }
                nextCheckpoint += 1
            }
        }
        checkCheckpoints(&report)

        var seen = SeenIdentifiers()
        var expected = frontier.size
        var keepsSubtrees = true
        var start = frontier.size
        // Read by position; a missing position shows as a gap, a repeated one as a duplicate.
        // The next chunk is read while this one is checked.
        // Up to the size read at the start: records appended while verifying are for the next run.
        var entries = try await Self.read(store, start..<min(size, start + chunk)).get()
        while !entries.isEmpty {
            let ahead = min(size, start + chunk)..<min(size, start + 2 * chunk)
            async let upcoming = Self.read(store, ahead)
            let checks = Self.check(entries)
            let first = frontier.size
            // Since a checkpoint, the records before it are not read: ask the store whether
            // these decisions appear there.
            let earlier = trustedCheckpoint == nil ? [:] : try await store.positions(of: entries.map(\.decisionID))
            var completed: [(key: Int64, hash: MerkleHash)] = []
            for (entry, check) in zip(entries, checks) {
                if entry.index != expected {
                    report.add(
                        .init(
                            index: expected,
                            message: entry.index > expected
                                ? "records \(expected)..<\(entry.index) are missing (deleted)"
                                : "record \(entry.index) appears again after record \(expected - 1) (duplicated or reordered)"))
                    expected = entry.index
                }
                if check.hash != entry.leafHash {
                    report.add(.init(index: entry.index, message: "its bytes do not match its stored hash (changed)"))
                }
                if let position = check.position {
                    if position != entry.index {
                        report.add(
                            .init(
                                index: entry.index,
                                message: "it holds the record written at position \(position) (moved, copied or reordered)"))
                    }
                    if !check.identifierMatches {
                        report.add(.init(index: entry.index, message: "its decision identifier column was changed"))
                    }
                } else {
                    report.add(.init(index: entry.index, message: "its bytes are not a canonical record"))
                }
                if !seen.insert(entry.decisionID, uuid: check.uuid) {
                    report.add(.init(index: entry.index, message: "decision \(entry.decisionID) is recorded twice"))
                } else if let position = earlier[entry.decisionID], position < first, position < entry.index {
                    report.add(.init(index: entry.index, message: "decision \(entry.decisionID) is recorded twice"))
                }
                frontier.append(check.hash) { completed.append(($0.storageKey, $1)) }
                expected += 1
                checkCheckpoints(&report)
            }
            if keepsSubtrees {
                keepsSubtrees = try await compareSubtrees(
                    of: store, leaves: first..<frontier.size, computed: completed, report: &report)
            }
            start += chunk
            entries = try await upcoming.get()
        }
        // Hashes completed by no record of the log: beyond its size now (a live log may have grown).
        let sizeNow = max(try await store.size(), frontier.size)
        if keepsSubtrees, let beyond = try await store.storedSubtrees(completedBy: sizeNow..<UInt64.max), let extra = beyond.first {
            // Nothing stored beyond the tree.
            report.add(
                .init(
                    index: nil,
                    message: "the log keeps a hash under key \(extra.key), beyond its \(frontier.size) records (inserted)"))
        }
        report.size = frontier.size
        report.rootHash = frontier.rootHash
        if report.size != size {
            report.add(.init(index: nil, message: "the store counts \(size) records but holds \(report.size)"))
        }
        for (source, checkpoint) in pending[nextCheckpoint...] where checkpoint.size > frontier.size {
            report.add(
                .init(
                    index: frontier.size,
                    message:
                        "a checkpoint \(source) vouches for \(checkpoint.size) records but the log has \(frontier.size): records \(frontier.size)..<\(checkpoint.size) were cut off"
                ))
        }
        if let trustedCheckpoint, report.isValid {
            // The proof an auditor would be given, from the stored hashes: it must hold.
            let (oldRoot, path) = try await StoredTree(store: store, size: frontier.size).consistencyProof(from: trustedCheckpoint.size)
            if oldRoot != trustedCheckpoint.rootHash
                || !MerkleProof.verifyConsistency(
                    from: Int(trustedCheckpoint.size), trustedCheckpoint.rootHash, to: Int(frontier.size), frontier.rootHash,
                    proof: path)
            {
                report.add(
                    .init(
                        index: nil,
                        message: "the log's consistency proof from the checkpoint verified before does not hold (its stored tree was changed)"))
            } else {
                report.consistencyChecked = true
            }
        }
        return report
    }

    /// Reads a chunk, as a result (for reading ahead with `async let`).
    private static func read(_ store: any LogStore, _ range: Range<UInt64>) async -> Result<[LogEntry], DecisionLogError> {
        do throws(DecisionLogError) {
            return .success(try await store.entries(in: range))
        } catch {
            return .failure(error)
        }
    }

    /// What is checked of each entry on its own, on every core: its leaf hash, the position and
    /// identifier its bytes start with, and its identifier as a UUID.
    private struct EntryCheck: Sendable {
        var hash: MerkleHash
        /// `nil` when the bytes do not start as a canonical record.
        var position: UInt64?
        var identifierMatches: Bool
        var uuid: SeenIdentifiers.UUIDBits?
    }

    private static func check(_ entries: [LogEntry]) -> [EntryCheck] {
        ParallelChunks.map(count: entries.count, chunks: entries.count >= 256 ? ParallelChunks.defaultChunks : 1) { range in
            range.map { i in
                let entry = entries[i]
                let prefix = CanonicalPrefix(entry.leaf)
                var id = entry.decisionID
                let matches = prefix.map { prefix in id.withUTF8 { $0.elementsEqual(entry.leaf[prefix.id]) } } ?? false
                return EntryCheck(
                    hash: .leaf(entry.leaf), position: prefix?.index, identifierMatches: matches,
                    uuid: SeenIdentifiers.uuid(id))
            }
        }.flatMap { $0 }
    }

    /// Compares the interior hashes stored for the subtrees completed by `leaves` with the ones
    /// computed (in completion order, which is storage-key order); returns `false` when the store
    /// keeps none.
    private func compareSubtrees(
        of store: any LogStore, leaves: Range<UInt64>, computed: [(key: Int64, hash: MerkleHash)],
        report: inout VerificationReport
    ) async throws(DecisionLogError) -> Bool {
        guard !leaves.isEmpty else { return true }
        guard let stored = try await store.storedSubtrees(completedBy: leaves) else { return false }
        var i = 0
        var j = 0
        while i < computed.count || j < stored.count {
            if j == stored.count || (i < computed.count && computed[i].key < stored[j].key) {
                let address = SubtreeAddress(storageKey: computed[i].key)!
                report.add(.init(index: address.firstLeaf, message: "the log keeps no hash of \(address) (deleted)"))
                i += 1
            } else if i == computed.count || stored[j].key < computed[i].key {
                report.add(
                    .init(
                        index: nil,
                        message: "the log keeps a hash under key \(stored[j].key), which is no subtree of its records (inserted)"))
                j += 1
            } else {
                if computed[i].hash != stored[j].hash {
                    let address = SubtreeAddress(storageKey: computed[i].key)!
                    report.add(
                        .init(
                            index: address.firstLeaf,
                            message: "the stored hash of \(address) does not match the records under it (changed)"))
                }
                i += 1
                j += 1
            }
        }
        return true
    }

    /// Authenticates a note with the verifier keys; a problem when it is not valid.
    private func authenticate(_ note: String, source: String, report: inout VerificationReport) -> Checkpoint? {
        guard !keys.isEmpty else {
            report.add(.init(index: nil, message: "a checkpoint \(source) cannot be checked without the verifier key"))
            return nil
        }
        var verified: Checkpoint?
        var failure: DecisionLogError?
        for key in keys {
            do {
                verified = try key.verify(note)
                break
            } catch {
                // The first key's reason, unless another key finds a bad signature, which says more.
                if failure == nil || error.message.contains("does not verify") { failure = error }
            }
        }
        guard let checkpoint = verified else {
            report.add(.init(index: nil, message: "a checkpoint \(source) is not valid: \(failure?.message ?? "no signature by a known key")"))
            return nil
        }
        return checkpoint
    }
}

/// What a verification found.
public struct VerificationReport: Sendable, Hashable {
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The position of the record at fault, when there is one.
        public var index: UInt64?
        public var message: String
        public var description: String { index.map { "record \($0): \(message)" } ?? message }
    }

    public var size: UInt64 = 0
    public var rootHash: MerkleHash = .empty
    public var checkpointsChecked = 0
    /// The first position whose record was read (the size of the checkpoint given with `since`).
    public var firstChecked: UInt64 = 0
    /// Whether the consistency proof from the checkpoint given with `since` was checked and held.
    public var consistencyChecked = false
    /// Every problem, in log order; the first names the first bad record.
    public var problems: [Problem] = []
    public var isValid: Bool { problems.isEmpty }

    mutating func add(_ problem: Problem) {
        if problems.count < 1000 { problems.append(problem) }
    }
}

/// The `{"v":1,"index":N,"id":"…"` prefix every canonical record starts with, read without
/// parsing the rest.
struct CanonicalPrefix {
    var index: UInt64
    /// Where the identifier's bytes are.
    var id: Range<Int>

    private static let head = Array("{\"v\":1,\"index\":".utf8)
    private static let idHead = Array(",\"id\":\"".utf8)

    init?(_ bytes: [UInt8]) {
        let head = Self.head
        guard bytes.count > head.count + 10, bytes.starts(with: head) else { return nil }
        var i = head.count
        var value: UInt64 = 0
        let digitsStart = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, i - digitsStart < 19 {
            value = value * 10 + UInt64(bytes[i] - 0x30)
            i += 1
        }
        guard i > digitsStart, !(bytes[digitsStart] == 0x30 && i - digitsStart > 1) else { return nil }
        let idHead = Self.idHead
        guard bytes.count > i + idHead.count, bytes[i..<(i + idHead.count)].elementsEqual(idHead) else { return nil }
        i += idHead.count
        guard let end = bytes[i...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
        index = value
        id = i..<end
    }
}
