/// The facts a rule needs.
///
/// Every part must hold: all of ``all``, at least one of ``any`` (when it lists some), none of
/// ``none``, and the medium and destruction method among those listed (when listed).
public struct Condition: Sendable, Hashable, Codable {
    public var all: [Fact]
    public var any: [Fact]
    public var none: [Fact]
    public var medium: [Medium]
    public var destructionMethod: [DestructionMethod]

    public init(all: [Fact] = [], any: [Fact] = [], none: [Fact] = [], medium: [Medium] = [], destructionMethod: [DestructionMethod] = []) {
        self.all = all
        self.any = any
        self.none = none
        self.medium = medium
        self.destructionMethod = destructionMethod
    }

    /// A condition that always holds.
    public static let always = Condition()

    enum CodingKeys: String, CodingKey, CaseIterable {
        case all, any, none, medium, destructionMethod
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        all = try container.decodeIfPresent([Fact].self, forKey: .all) ?? []
        any = try container.decodeIfPresent([Fact].self, forKey: .any) ?? []
        none = try container.decodeIfPresent([Fact].self, forKey: .none) ?? []
        medium = try container.decodeIfPresent([Medium].self, forKey: .medium) ?? []
        destructionMethod = try container.decodeIfPresent([DestructionMethod].self, forKey: .destructionMethod) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !all.isEmpty { try container.encode(all, forKey: .all) }
        if !any.isEmpty { try container.encode(any, forKey: .any) }
        if !none.isEmpty { try container.encode(none, forKey: .none) }
        if !medium.isEmpty { try container.encode(medium, forKey: .medium) }
        if !destructionMethod.isEmpty { try container.encode(destructionMethod, forKey: .destructionMethod) }
    }
}
