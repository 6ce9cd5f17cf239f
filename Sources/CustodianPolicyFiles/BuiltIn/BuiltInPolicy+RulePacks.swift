public import Custodian

extension BuiltInPolicy {
    /// The jurisdiction rule packs that ship with Custodian, one per jurisdiction: GDPR (`EU`),
    /// PIPA (`KR`), APPI (`JP`), UU PDP (`ID`) and HIPAA (`US`).
    public static let rulePacks: [BuiltInPolicy] = [.europePack, .koreaPack, .japanPack, .indonesiaPack, .unitedStatesPack]

    /// The built-in rule pack a reference names (`custodian:pack/KR`, or the file name
    /// `pack-kr.yaml`), if any.
    public static func rulePack(named reference: String) -> BuiltInPolicy? {
        let prefix = BuiltInVocabulary.importPrefix + "pack/"
        if reference.hasPrefix(prefix) {
            let code = reference.dropFirst(prefix.count).lowercased()
            return rulePacks.first { $0.name == "pack-\(code).yaml" }
        }
        return rulePacks.first { $0.name == reference }
    }

    /// The built-in rule packs' documents, read once per process.
    /// - Throws: ``PolicyFileError`` (never for the shipped documents: a test reads each).
    public static func rulePackDocuments() throws -> [Policy] {
        try packDocuments.get()
    }

    private static let packDocuments = Result { try rulePacks.map { try $0.policy() } }
}
