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

    /// Verifies `store`, streaming its entries in chunks.
    /// - Parameter external: signed checkpoints kept outside the store (they catch a cut tail).
    public func verify(
        _ store: any LogStore, against external: [String] = [], chunk: UInt64 = 50_000
    ) async throws(DecisionLogError) -> VerificationReport {
        var report = VerificationReport()
        let size = try await store.size()
        var tree = MerkleTree()
        var seenIDs = Set<String>()
        var expected: UInt64 = 0
        var start: UInt64 = 0
        // Read by position; a missing position shows as a gap, a repeated one as a duplicate.
        while start < size || start == 0 {
            let entries = try await store.entries(in: start..<(start + chunk))
            if entries.isEmpty { break }
            for entry in entries {
                if entry.index != expected {
                    report.add(
                        .init(
                            index: expected,
                            message: entry.index > expected
                                ? "records \(expected)..<\(entry.index) are missing (deleted)"
                                : "record \(entry.index) appears again after record \(expected - 1) (duplicated or reordered)"))
                    expected = entry.index
                }
                let computed = MerkleHash.leaf(entry.leaf)
                if computed != entry.leafHash {
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
                if !seenIDs.insert(entry.decisionID).inserted {
                    report.add(.init(index: entry.index, message: "decision \(entry.decisionID) is recorded twice"))
                }
                tree.append(computed)
                expected += 1
            }
            start += chunk
        }
        report.size = UInt64(tree.size)
        report.rootHash = tree.rootHash()
        if report.size != size {
            report.add(.init(index: nil, message: "the store counts \(size) records but holds \(report.size)"))
        }
        for (source, notes) in [("kept in the log", try await store.checkpoints()), ("given", external)] {
            for note in notes { check(note, source: source, tree: tree, report: &report) }
        }
        return report
    }

    private func check(_ note: String, source: String, tree: MerkleTree, report: inout VerificationReport) {
        guard !keys.isEmpty else {
            report.add(.init(index: nil, message: "a checkpoint \(source) cannot be checked without the verifier key"))
            return
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
            return
        }
        report.checkpointsChecked += 1
        guard checkpoint.size <= UInt64(tree.size) else {
            report.add(
                .init(
                    index: UInt64(tree.size),
                    message:
                        "a checkpoint \(source) vouches for \(checkpoint.size) records but the log has \(tree.size): records \(tree.size)..<\(checkpoint.size) were cut off"
                ))
            return
        }
        if tree.rootHash(treeSize: Int(checkpoint.size)) != checkpoint.rootHash {
            report.add(
                .init(
                    index: nil,
                    message: "a checkpoint \(source) of \(checkpoint.size) records does not match the log's first \(checkpoint.size) records (rewritten)"))
        }
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
