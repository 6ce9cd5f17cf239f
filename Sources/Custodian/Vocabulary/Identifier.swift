/// The shape every open identifier (purpose, recipient) must have: ASCII letters and digits,
/// starting with a letter, at most 64 characters. Anything else is rejected as malformed rather
/// than treated as an unnamed purpose or recipient.
package enum Identifier {
    package static func isWellFormed(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { bytes in
            guard let first = bytes.first, bytes.count <= 64, isLetter(first) else { return false }
            for byte in bytes where !(isLetter(byte) || (byte >= 0x30 && byte <= 0x39)) { return false }
            return true
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
