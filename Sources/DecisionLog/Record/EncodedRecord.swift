/// A record's canonical bytes without its position: everything after `{"v":1,"index":N`. Made by
/// the task that decided, in parallel with every other; only joining it to its position
/// (``LogAppend``) waits for the log's order.
public struct EncodedRecord: Sendable, Hashable {
    /// The decision identifier, as the store indexes it.
    public let decisionID: String
    /// The canonical bytes from `,"id":` to the closing brace.
    public let body: [UInt8]

    /// The bytes every canonical record starts with, before its position.
    static let head: [UInt8] = Array("{\"v\":\(DecisionRecord.canonicalVersion),\"index\":".utf8)

    init(decisionID: String, body: [UInt8]) {
        self.decisionID = decisionID
        self.body = body
    }

    /// The canonical bytes of the record at position `index`.
    public func leaf(at index: UInt64) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.head.count + 20 + body.count)
        bytes.append(contentsOf: Self.head)
        Self.appendDecimal(index, to: &bytes)
        bytes.append(contentsOf: body)
        return bytes
    }

    static func appendDecimal(_ value: UInt64, to bytes: inout [UInt8]) {
        guard value > 0 else { return bytes.append(UInt8(ascii: "0")) }
        var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)  // 32 bytes: room for 20 digits
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }
}
