/// Compiled rules bucketed by action, recipient and purpose, stored contiguously.
///
/// A rule for listed purposes sits in the bucket of each (action, recipient, purpose) it names;
/// a rule for any purpose sits once in the purpose-independent bucket of each (action,
/// recipient), so that a policy of thousands of purposes does not copy its any-purpose rules into
/// every one of them. A lookup reads both buckets: bucket `b` holds `entries[offsets[b] ..<
/// offsets[b + 1]]`.
struct RuleTable: Sendable {
    struct Shape: Sendable {
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

    let shape: Shape
    let offsets: [Int32]
    let entries: ContiguousArray<CompiledRule>
    let generalOffsets: [Int32]
    let generalEntries: ContiguousArray<CompiledRule>
    /// Whether any rule sits in a purpose-independent bucket (else only ``rules(for:)`` matters).
    let hasGeneral: Bool

    /// - Parameters:
    ///   - entries: rules for listed purposes, by bucket.
    ///   - general: rules for any purpose, by purpose-independent bucket.
    init(shape: Shape, entries unsorted: [(Int, CompiledRule)], general: [(Int, CompiledRule)]) {
        self.shape = shape
        (offsets, entries) = Self.layOut(unsorted, buckets: shape.buckets)
        (generalOffsets, generalEntries) = Self.layOut(general, buckets: shape.generalBuckets)
        hasGeneral = !general.isEmpty
    }

    /// Counting sort of the rules into contiguous buckets.
    private static func layOut(_ unsorted: [(Int, CompiledRule)], buckets: Int) -> ([Int32], ContiguousArray<CompiledRule>) {
        var counts = [Int32](repeating: 0, count: buckets + 1)
        for (bucket, _) in unsorted { counts[bucket + 1] += 1 }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var next = counts
        var entries = ContiguousArray<CompiledRule>(
            repeating: CompiledRule(
                index: 0, categories: [], usableForPurpose: false, legalBases: 0, all: 0, any: 0, none: 0,
                media: 0, methods: 0, obligations: 0),
            count: unsorted.count)
        for (bucket, rule) in unsorted {
            entries[Int(next[bucket])] = rule
            next[bucket] += 1
        }
        return (counts, entries)
    }

    /// The rules for the request's purpose that can apply to `request`; with ``hasGeneral``, the
    /// rules of ``generalRules(for:)`` apply too.
    @inline(__always)
    func rules(for request: PreparedRequest) -> ArraySlice<CompiledRule> {
        rules(action: request.action, recipient: request.recipient, purpose: request.purpose)
    }

    @inline(__always)
    func rules(action: Int, recipient: Int, purpose: Int) -> ArraySlice<CompiledRule> {
        let bucket = shape.bucket(action: action, recipient: recipient, purpose: purpose)
        return entries[Int(offsets[bucket])..<Int(offsets[bucket + 1])]
    }

    /// The rules for any purpose that can apply to `request` (empty unless ``hasGeneral``).
    @inline(__always)
    func generalRules(for request: PreparedRequest) -> ArraySlice<CompiledRule> {
        generalRules(action: request.action, recipient: request.recipient)
    }

    @inline(__always)
    func generalRules(action: Int, recipient: Int) -> ArraySlice<CompiledRule> {
        let bucket = shape.generalBucket(action: action, recipient: recipient)
        return generalEntries[Int(generalOffsets[bucket])..<Int(generalOffsets[bucket + 1])]
    }

    /// Calls `body` with every rule that can apply to `request`, both kinds, without allocating.
    @inline(__always)
    func forEachRule(for request: PreparedRequest, _ body: (CompiledRule) -> Void) {
        for rule in rules(for: request) { body(rule) }
        if hasGeneral {
            for rule in generalRules(for: request) { body(rule) }
        }
    }

    /// Every rule that can apply to `request`, both kinds (for explanations, not the hot path).
    func allRules(for request: PreparedRequest) -> [CompiledRule] {
        Array(rules(for: request)) + (hasGeneral ? Array(generalRules(for: request)) : [])
    }

    /// The bytes the table takes.
    var bytes: Int {
        (entries.count + generalEntries.count) * MemoryLayout<CompiledRule>.stride
            + (offsets.count + generalOffsets.count) * MemoryLayout<Int32>.stride
    }
}
