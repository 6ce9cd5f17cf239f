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
    ///     trees are not checked again.
    public func verify(
        _ store: any LogStore, against external: [String] = [], since trusted: String? = nil, chunk: UInt64 = 65_536
    ) async throws(DecisionLogError) -> VerificationReport {
        var report = VerificationReport()
        let size = try await store.size()
        // Checkpoints first: a valid one is checked when the tree reaches its size.
        var pending: [(source: String, checkpoint: Checkpoint)] = []
        for (source, notes) in [("kept in the log", try await store.checkpoints()), ("given", external)] {
            for note in notes {
                if let checkpoint = authenticate(note, source: source, report: &report) { pending.append((source, checkpoint)) }
            }
        }
        var frontier = MerkleFrontier()
        var trustedCheckpoint: Checkpoint?
        if let trusted {
            guard let checkpoint = authenticate(trusted, source: "given as the starting point", report: &report) else { return report }
            report.checkpointsChecked -= 1
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
        while start < size || start == 0 {
            let entries = try await store.entries(in: start..<(start + chunk))
            if entries.isEmpty { break }
            let computed = Self.leafHashes(of: entries)
            let first = frontier.size
            var completed: [SubtreeAddress: MerkleHash] = [:]
            for (entry, hash) in zip(entries, computed) {
                if entry.index != expected {
                    report.add(
                        .init(
                            index: expected,
                            message: entry.index > expected
                                ? "records \(expected)..<\(entry.index) are missing (deleted)"
                                : "record \(entry.index) appears again after record \(expected - 1) (duplicated or reordered)"))
                    expected = entry.index
                }
                if hash != entry.leafHash {
                    report.add(.init(index: entry.index, message: "its bytes do not match its stored hash (changed)"))
                }
                switch CanonicalPrefix(entry.leaf) {
                case .some(let prefix):
                    if prefix.index != entry.index {
                        report.add(
                            .init(
                                index: entry.index,
                                message: "it holds the record written at position \(prefix.index) (moved, copied or reordered)"))
                    }
                    if prefix.id != entry.decisionID {
                        report.add(.init(index: entry.index, message: "its decision identifier column was changed"))
                    }
                case .none:
                    report.add(.init(index: entry.index, message: "its bytes are not a canonical record"))
                }
                if !seen.insert(entry.decisionID) {
                    report.add(.init(index: entry.index, message: "decision \(entry.decisionID) is recorded twice"))
                } else if trustedCheckpoint != nil, let earlier = try await store.entry(for: entry.decisionID),
                    earlier.index < first && earlier.index < entry.index
                {
                    report.add(.init(index: entry.index, message: "decision \(entry.decisionID) is recorded twice"))
                }
                frontier.append(hash) { completed[$0] = $1 }
                expected += 1
                checkCheckpoints(&report)
            }
            if keepsSubtrees {
                keepsSubtrees = try await compareSubtrees(
                    of: store, leaves: first..<frontier.size, computed: completed, report: &report)
            }
            start += chunk
        }
        if keepsSubtrees {
            // Nothing stored beyond the tree.
            for level in 1..<64 {
                let beyond = try await store.storedSubtrees(atLevel: level, in: (frontier.size >> UInt64(level))..<UInt64.max)
                if let extra = beyond?.first {
                    report.add(
                        .init(
                            index: nil,
                            message: "the log keeps a hash of subtree \(extra.index) of level \(level), beyond its \(frontier.size) records (inserted)"))
                }
            }
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

    /// Leaf hashes of a chunk, on every core.
    private static func leafHashes(of entries: [LogEntry]) -> [MerkleHash] {
        var hashes = [MerkleHash](repeating: .empty, count: entries.count)
        let parts = entries.count >= 256 ? 2 : 1
        hashes.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let target = buffer
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                for i in (entries.count * part / parts)..<(entries.count * (part + 1) / parts) {
                    target[i] = .leaf(entries[i].leaf)
                }
            }
        }
        return hashes
    }

    /// Compares the interior hashes stored for the subtrees completed by `leaves` with the ones
    /// computed; returns `false` when the store keeps none.
    private func compareSubtrees(
        of store: any LogStore, leaves: Range<UInt64>, computed: [SubtreeAddress: MerkleHash], report: inout VerificationReport
    ) async throws(DecisionLogError) -> Bool {
        guard !leaves.isEmpty else { return true }
        let top = UInt64.bitWidth - leaves.upperBound.leadingZeroBitCount
        for level in 1..<max(1, top) {
            let shift = UInt64(level)
            let indices = (leaves.lowerBound >> shift)..<(leaves.upperBound >> shift)
            if indices.isEmpty { continue }
            guard let stored = try await store.storedSubtrees(atLevel: level, in: indices) else { return false }
            var found = Set<UInt64>()
            for (index, hash) in stored {
                found.insert(index)
                let address = SubtreeAddress(level: level, index: index)
                if let expected = computed[address], expected != hash {
                    report.add(
                        .init(
                            index: address.firstLeaf,
                            message: "the stored hash of \(address) does not match the records under it (changed)"))
                }
            }
            for index in indices where !found.contains(index) {
                let address = SubtreeAddress(level: level, index: index)
                report.add(.init(index: address.firstLeaf, message: "the log keeps no hash of \(address) (deleted)"))
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
        report.checkpointsChecked += 1
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
    var id: String

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
        id = String(decoding: bytes[i..<end], as: UTF8.self)
    }
}
