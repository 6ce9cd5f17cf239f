extension Jurisdiction {
    /// The member states of the European Economic Area: the EU's 27 and Iceland, Liechtenstein
    /// and Norway (GDPR applies through the EEA Agreement), as ISO 3166-1 alpha-2 codes.
    public static let europeanEconomicArea: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "IE", "IT", "LV", "LT", "LU", "MT",
        "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ]

    /// The countries whose law is the jurisdiction's own: a `destinationCountry` outside them is a
    /// transfer abroad (the derived fact ``Fact/destinationAbroad``). Empty for `none`.
    public var territory: Set<String> {
        switch self {
        case .eu: Self.europeanEconomicArea
        case .kr: ["KR"]
        case .jp: ["JP"]
        case .id: ["ID"]
        case .us: ["US"]
        case .none: []
        }
    }

    /// The countries the jurisdiction's law recognises as protecting personal information
    /// adequately, so that a transfer there needs no further ground (the derived fact
    /// ``Fact/destinationAdequate``).
    ///
    /// - `EU`: the countries with a Commission adequacy decision under GDPR Art. 45 (Andorra,
    ///   Argentina, Brazil (Decision (EU) 2026/179), Canada, the Faroe Islands, Guernsey, Israel, the Isle of Man, Japan, Jersey,
    ///   New Zealand, the Republic of Korea, Switzerland, the United Kingdom, Uruguay). The United
    ///   States' decision (the EU-US Data Privacy Framework) covers certified organisations only,
    ///   so it is a safeguard of the recipient (`transferSafeguards`), not of the country; Canada's
    ///   covers commercial organisations under PIPEDA.
    /// - `JP`: the countries designated under APPI Art. 28(1) (the EEA and the United Kingdom).
    /// - `KR`, `ID`, `US`: none modelled (PIPA Art. 28-8(1)5 recognitions and UU PDP Art. 56's
    ///   "equal or higher" level are stated per transfer by `transferSafeguards` where a pack
    ///   accepts it; HIPAA has no transfer rule).
    public var adequateDestinations: Set<String> {
        switch self {
        case .eu: ["AD", "AR", "BR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY"]
        case .jp: Self.europeanEconomicArea.union(["GB"])
        case .kr, .id, .us, .none: []
        }
    }
}
