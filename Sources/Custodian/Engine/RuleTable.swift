/// Compiled rules bucketed by action, recipient and purpose, stored contiguously.
///
/// A rule for listed purposes sits in the bucket of each (action, recipient, purpose) it names;
/// a rule for any purpose sits once in the purpose-independent bucket of each (action,
/// recipient), so that a policy of thousands of purposes does not copy its any-purpose rules into
/// every one of them. A lookup reads both buckets: bucket `b` holds `entries[offsets[b] ..<
/// offsets[b + 1]]`.
struct RuleTable<let words: Int>: Sendable {
    let shape: RuleTableShape
    let offsets: [Int32]
    let entries: ContiguousArray<CompiledRule<words>>
    let generalOffsets: [Int32]
    let generalEntries: ContiguousArray<CompiledRule<words>>
    /// Whether any rule sits in a purpose-independent bucket (else only ``rules(for:)`` matters).
    let hasGeneral: Bool

    /// - Parameters:
    ///   - entries: rules for listed purposes, by bucket.
    ///   - general: rules for any purpose, by purpose-independent bucket.
    init(shape: RuleTableShape, entries unsorted: [(Int, CompiledRule<words>)], general: [(Int, CompiledRule<words>)]) {
        self.shape = shape
        (offsets, entries) = Self.layOut(unsorted, buckets: shape.buckets)
        (generalOffsets, generalEntries) = Self.layOut(general, buckets: shape.generalBuckets)
        hasGeneral = !general.isEmpty
    }

    /// Counting sort of the rules into contiguous buckets.
    private static func layOut(_ unsorted: [(Int, CompiledRule<words>)], buckets: Int) -> ([Int32], ContiguousArray<CompiledRule<words>>) {
        var counts = [Int32](repeating: 0, count: buckets + 1)
        for (bucket, _) in unsorted { counts[bucket + 1] += 1 }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var next = counts
        var entries = ContiguousArray<CompiledRule<words>>(repeating: .empty, count: unsorted.count)
        for (bucket, rule) in unsorted {
            entries[Int(next[bucket])] = rule
            next[bucket] += 1
        }
        return (counts, entries)
    }

    /// The rules for the request's purpose that can apply to `request`; with ``hasGeneral``, the
    /// rules of ``generalRules(for:)`` apply too.
    @inline(__always)
    func rules(for request: PreparedRequest<words>) -> ArraySlice<CompiledRule<words>> {
        rules(action: request.action, recipient: request.recipient, purpose: request.purpose)
    }

    @inline(__always)
    func rules(action: Int, recipient: Int, purpose: Int) -> ArraySlice<CompiledRule<words>> {
        let bucket = shape.bucket(action: action, recipient: recipient, purpose: purpose)
        return entries[Int(offsets[bucket])..<Int(offsets[bucket + 1])]
    }

    /// The rules for any purpose that can apply to `request` (empty unless ``hasGeneral``).
    @inline(__always)
    func generalRules(for request: PreparedRequest<words>) -> ArraySlice<CompiledRule<words>> {
        generalRules(action: request.action, recipient: request.recipient)
    }

    @inline(__always)
    func generalRules(action: Int, recipient: Int) -> ArraySlice<CompiledRule<words>> {
        let bucket = shape.generalBucket(action: action, recipient: recipient)
        return generalEntries[Int(generalOffsets[bucket])..<Int(generalOffsets[bucket + 1])]
    }

    /// Calls `body` with every rule that can apply to `request`, both kinds, without allocating.
    @inline(__always)
    func forEachRule(for request: PreparedRequest<words>, _ body: (CompiledRule<words>) -> Void) {
        for rule in rules(for: request) { body(rule) }
        if hasGeneral {
            for rule in generalRules(for: request) { body(rule) }
        }
    }

    /// Every rule that can apply to `request`, both kinds (for explanations, not the hot path).
    func allRules(for request: PreparedRequest<words>) -> [CompiledRule<words>] {
        Array(rules(for: request)) + (hasGeneral ? Array(generalRules(for: request)) : [])
    }

    /// The bytes the table takes.
    var bytes: Int {
        (entries.count + generalEntries.count) * MemoryLayout<CompiledRule<words>>.stride
            + (offsets.count + generalOffsets.count) * MemoryLayout<Int32>.stride
    }
}

struct RuleTableShape: Sendable {
    var recipients: Int
    var purposes: Int
    var buckets: Int { Action.allCases.count * recipients * purposes }
    var generalBuckets: Int { Action.allCases.count * recipients }

    @inline(__always)
    func bucket(action: Int, recipient: Int, purpose: Int) -> Int {
        (action * recipients + recipient) * purposes + purpose
    }

    @inline(__always)
    func generalBucket(action: Int, recipient: Int) -> Int {
        action * recipients + recipient
    }
}
