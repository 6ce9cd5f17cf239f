import Custodian
public import Foundation

/// A signed statement of a log's size and root hash at a time, in the C2SP `tlog-checkpoint`
/// format inside a C2SP signed note, so that tools which already check Go sumdb or Sigstore
/// checkpoints can check it:
///
/// ```text
/// custodian.example/decisions
/// 1000
/// 3q2+7w…=
/// time 2026-11-25T23:59:00.000Z
///
/// — custodian.example/decisions Az3grl…
/// ```
public struct Checkpoint: Sendable, Hashable {
    /// The log's name (the note's origin line), also the signer's name.
    public var origin: String
    public var size: UInt64
    public var rootHash: MerkleHash
    public var time: Date

    public init(origin: String, size: UInt64, rootHash: MerkleHash, time: Date) {
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.time = CanonicalTime.truncated(time)
    }

    /// The note body that is signed.
    public var body: String {
        "\(origin)\n\(size)\n\(rootHash.bytes.base64EncodedString())\ntime \(CanonicalTime.format(time))\n"
    }

    /// Reads a note body.
    public init(body: String) throws(DecisionLogError) {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines.last == "", !lines[0].isEmpty,
            let size = UInt64(lines[1]), String(size) == lines[1],
            let rootBytes = Data(base64Encoded: String(lines[2])), let root = MerkleHash(bytes: rootBytes)
        else { throw DecisionLogError(.invalidCheckpoint, "the checkpoint body is not origin, size, root hash") }
        var time: Date?
        for line in lines[3..<(lines.count - 1)] where line.hasPrefix("time ") {
            time = CanonicalTime.parse(String(line.dropFirst(5)))
        }
        guard let time else { throw DecisionLogError(.invalidCheckpoint, "the checkpoint has no valid time line") }
        self.init(origin: String(lines[0]), size: size, rootHash: root, time: time)
    }
}

extension CanonicalTime {
    /// Reads `YYYY-MM-DDTHH:MM:SS.mmmZ` exactly (the form ``format(_:)`` writes).
    static func parse(_ text: String) -> Date? {
        let b = Array(text.utf8)
        guard b.count == 24, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x2E,
            b[23] == 0x5A
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for i in range {
                guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
                value = value * 10 + Int64(b[i] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            let milli = number(20..<23), (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
            second < 60
        else { return nil }
        guard CivilTime.isValid(year: Int(year), month: Int(month), day: Int(day)) else { return nil }
        let days = Int64(CivilTime.daysSinceEpoch(year: Int(year), month: Int(month), day: Int(day)))
        let ms = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli
        let date = Date(timeIntervalSince1970: Double(ms) / 1000)
        return format(date) == text ? date : nil
    }
}
