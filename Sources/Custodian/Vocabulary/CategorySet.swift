/// A set of leaf categories, such as the fields a personal-information value holds.
public struct CategorySet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
    private var members: Set<Category>

    public init() { members = [] }
    /// The set holding one category.
    public init(_ category: Category) { members = [category] }
    /// The set holding the given categories.
    public init<S: Sequence>(_ categories: S) where S.Element == Category { members = Set(categories) }
    public init(arrayLiteral categories: Category...) { members = Set(categories) }

    public func contains(_ category: Category) -> Bool { members.contains(category) }
    public mutating func insert(_ category: Category) { members.insert(category) }
    public mutating func insert(_ other: CategorySet) { members.formUnion(other.members) }
    public mutating func formUnion(_ other: CategorySet) { members.formUnion(other.members) }
    public func union(_ other: CategorySet) -> CategorySet { CategorySet(members.union(other.members)) }
    public func intersection(_ other: CategorySet) -> CategorySet { CategorySet(members.intersection(other.members)) }
    public func subtracting(_ other: CategorySet) -> CategorySet { CategorySet(members.subtracting(other.members)) }
    public func isSubset(of other: CategorySet) -> Bool { members.isSubset(of: other.members) }
    public var isEmpty: Bool { members.isEmpty }
    /// The number of categories in the set.
    public var count: Int { members.count }
    public func makeIterator() -> Set<Category>.Iterator { members.makeIterator() }

    /// The categories in the set, sorted by identifier.
    public var categories: [Category] { members.sorted() }
}

extension CategorySet: CustomStringConvertible {
    public var description: String { "[" + categories.map(\.rawValue).joined(separator: ", ") + "]" }
}
