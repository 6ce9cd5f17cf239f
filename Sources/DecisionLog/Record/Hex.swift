import Foundation

/// Lower-case hexadecimal, as every hash in the log is written.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    static func encode<D: Collection>(_ bytes: D, prefix: StaticString = "") -> String where D.Element == UInt8 {
        let count = bytes.count
        return String(unsafeUninitializedCapacity: prefix.utf8CodeUnitCount + 2 * count) { buffer in
            var i = 0
            for byte in prefix.utf8Start.withMemoryRebound(to: UInt8.self, capacity: prefix.utf8CodeUnitCount, {
                UnsafeBufferPointer(start: $0, count: prefix.utf8CodeUnitCount)
            }) {
                buffer[i] = byte
                i += 1
            }
            for byte in bytes {
                buffer[i] = digits[Int(byte >> 4)]
                buffer[i + 1] = digits[Int(byte & 0x0F)]
                i += 2
            }
            return i
        }
    }

    static func decode(_ text: String) -> Data? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var data = Data(capacity: utf8.count / 2)
        var i = 0
        while i < utf8.count {
            guard let high = value(utf8[i]), let low = value(utf8[i + 1]) else { return nil }
            data.append(high << 4 | low)
            i += 2
        }
        return data
    }

    private static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }
}
