/// A set of leaf categories, stored as a 64-bit mask: unions and containment checks cost one
/// machine instruction and never allocate.
public struct CategorySet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The set holding one category.
    public init(_ category: Category) { rawValue = 1 << UInt64(category.index) }

    /// The set holding every leaf of `group`.
    public init(_ group: Category.Group) { self = group.leaves }

    /// The set holding the given categories.
    public init<S: Sequence>(_ categories: S) where S.Element == Category {
        var raw: UInt64 = 0
        for category in categories { raw |= 1 << UInt64(category.index) }
        rawValue = raw
    }

    /// Every category of the vocabulary.
    public static let all = CategorySet(Category.ordered)

    /// The categories in the set, in vocabulary order.
    /// - Complexity: O(number of categories in the set).
    public var categories: [Category] {
        var result: [Category] = []
        result.reserveCapacity(count)
        var bits = rawValue
        while bits != 0 {
            result.append(Category.at(bits.trailingZeroBitCount))
            bits &= bits - 1
        }
        return result
    }

    /// The number of categories in the set.
    public var count: Int { rawValue.nonzeroBitCount }
}

extension CategorySet: CustomStringConvertible {
    public var description: String { "[" + categories.map(\.rawValue).joined(separator: ", ") + "]" }
}
