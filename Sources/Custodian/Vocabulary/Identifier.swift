/// The shape every open identifier (purpose, recipient) must have: ASCII letters and digits,
/// starting with a letter, at most 64 characters. Anything else is rejected as malformed rather
/// than treated as an unnamed purpose or recipient.
enum Identifier {
    static func isWellFormed(_ value: String) -> Bool {
        let utf8 = value.utf8
        guard let first = utf8.first, utf8.count <= 64, isLetter(first) else { return false }
        return utf8.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
