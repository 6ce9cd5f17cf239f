/// Compiled rules bucketed by action, recipient and purpose, stored contiguously: bucket `b`
/// holds `entries[offsets[b] ..< offsets[b + 1]]`.
struct RuleTable: Sendable {
    struct Shape: Sendable {
        var recipients: Int
        var purposes: Int
        var buckets: Int { Action.allCases.count * recipients * purposes }

        @inline(__always)
        func bucket(action: Int, recipient: Int, purpose: Int) -> Int {
            (action * recipients + recipient) * purposes + purpose
        }
    }

    let shape: Shape
    let offsets: [Int32]
    let entries: ContiguousArray<CompiledRule>

    init(shape: Shape, entries unsorted: [(Int, CompiledRule)]) {
        self.shape = shape
        var counts = [Int32](repeating: 0, count: shape.buckets + 1)
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
        offsets = counts
        self.entries = entries
    }

    /// The rules that can apply to `request`.
    @inline(__always)
    func rules(for request: PreparedRequest) -> ArraySlice<CompiledRule> {
        rules(action: request.action, recipient: request.recipient, purpose: request.purpose)
    }

    @inline(__always)
    func rules(action: Int, recipient: Int, purpose: Int) -> ArraySlice<CompiledRule> {
        let bucket = shape.bucket(action: action, recipient: recipient, purpose: purpose)
        return entries[Int(offsets[bucket])..<Int(offsets[bucket + 1])]
    }
}
