/// A fixed-width bit set of `words` × 64 bits, held inline: the compiled engine's categories,
/// facts and obligations, indexed densely by a policy's vocabulary. The width is chosen when a
/// policy is compiled (the smallest of 64, 128, 256, 512 or 1,024 bits that holds its
/// vocabulary), and every operation is a loop the compiler unrolls for it.
struct Bits<let words: Int>: Sendable {
    var storage: InlineArray<words, UInt64>

    @inline(__always) init() { storage = InlineArray(repeating: 0) }

    @inline(__always) init<S: Sequence>(_ indices: S) where S.Element == Int {
        self.init()
        for index in indices { insert(index) }
    }

    @inline(__always) mutating func insert(_ index: Int) {
        storage[index >> 6] |= 1 << UInt64(index & 63)
    }

    @inline(__always) func contains(_ index: Int) -> Bool {
        storage[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    @inline(__always) var isEmpty: Bool {
        var any: UInt64 = 0
        for word in 0..<words { any |= storage[word] }
        return any == 0
    }

    @inline(__always) func intersects(_ other: Self) -> Bool {
        var any: UInt64 = 0
        for word in 0..<words { any |= storage[word] & other.storage[word] }
        return any != 0
    }

    @inline(__always) func isSubset(of other: Self) -> Bool {
        var outside: UInt64 = 0
        for word in 0..<words { outside |= storage[word] & ~other.storage[word] }
        return outside == 0
    }

    @inline(__always) func intersection(_ other: Self) -> Self {
        var result = self
        for word in 0..<words { result.storage[word] &= other.storage[word] }
        return result
    }

    @inline(__always) func subtracting(_ other: Self) -> Self {
        var result = self
        for word in 0..<words { result.storage[word] &= ~other.storage[word] }
        return result
    }

    @inline(__always) mutating func formUnion(_ other: Self) {
        for word in 0..<words { storage[word] |= other.storage[word] }
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        var differ: UInt64 = 0
        for word in 0..<words { differ |= lhs.storage[word] ^ rhs.storage[word] }
        return differ == 0
    }

    /// Calls `body` with each index in the set, in increasing order.
    @inline(__always) func forEach(_ body: (Int) -> Void) {
        for word in 0..<words {
            var remaining = storage[word]
            while remaining != 0 {
                body(word * 64 + remaining.trailingZeroBitCount)
                remaining &= remaining - 1
            }
        }
    }

    /// The indices in the set, in increasing order.
    var indices: [Int] {
        var result: [Int] = []
        forEach { result.append($0) }
        return result
    }
}
