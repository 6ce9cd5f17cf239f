public import Custodian
public import CustodianWire
import DecisionLog
import Foundation

/// The requests of an input: one JSON object, or one per line (JSON Lines). Every line is read
/// before anything is decided, so that a bad line yields errors and no decision at all.
public struct RequestBatch: Sendable {
    public var requests: [Request]

    /// Reads `text`, on every core, with the identifiers of `vocabulary`.
    /// - Throws: ``RequestBatchError`` listing every bad line.
    public init(reading text: String, vocabulary: WireVocabulary) throws(RequestBatchError) {
        let lines = Self.lines(of: text)
        if lines.count > 1, text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) == 0x7B,
            !Self.isJSONLines(lines.map(\.text))
        {
            // One object written over several lines.
            do {
                requests = [try RequestReader.read(Substring(text), vocabulary: vocabulary)]
            } catch {
                throw RequestBatchError(errors: [error])
            }
            return
        }
        let chunks = ParallelChunks.map(count: lines.count, chunks: ParallelChunks.defaultChunks) {
            range -> (requests: [Request], errors: [WireError]) in
            var requests: [Request] = []
            var errors: [WireError] = []
            requests.reserveCapacity(range.count)
            for line in lines[range] where !line.text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                do throws(WireError) {
                    requests.append(try RequestReader.read(line.text, line: line.number, vocabulary: vocabulary))
                } catch {
                    errors.append(error)
                }
            }
            return (requests, errors)
        }
        let errors = chunks.flatMap { $0.errors }
        guard errors.isEmpty else { throw RequestBatchError(errors: errors) }
        requests = chunks.flatMap { $0.requests }
    }

    /// The lines of `text` when it is JSON Lines, `nil` when it is one object written over
    /// several lines. Input is JSON Lines when its first non-blank line is a whole object on its
    /// own (it starts with `{` and ends with `}`): then every line is read as a request, and a
    /// broken line is an error that names its own line.
    public static func jsonLines(of text: String) -> [(text: Substring, number: Int)]? {
        let lines = lines(of: text)
        return lines.count > 1 && !isJSONLines(lines.map(\.text)) ? nil : lines
    }

    /// Whether a line holds only white space.
    public static func isBlank(_ line: Substring) -> Bool {
        line.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// The lines of `text` with their 1-based numbers, split on bytes.
    public static func lines(of text: String) -> [(text: Substring, number: Int)] {
        var text = text
        text.makeContiguousUTF8()
        // Byte offsets of the line breaks, found on the contiguous bytes.
        let breaks: [Int] = text.withUTF8 { bytes in
            var breaks: [Int] = []
            breaks.reserveCapacity(bytes.count / 200)
            for i in 0..<bytes.count where bytes[i] == 0x0A { breaks.append(i) }
            return breaks
        }
        let utf8 = text.utf8
        var lines: [(text: Substring, number: Int)] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        var previous = 0
        for (number, offset) in breaks.enumerated() {
            let end = utf8.index(start, offsetBy: offset - previous)
            lines.append((Substring(utf8[start..<end]), number + 1))
            start = utf8.index(after: end)
            previous = offset + 1
        }
        if start != utf8.endIndex { lines.append((Substring(utf8[start..<utf8.endIndex]), breaks.count + 1)) }
        return lines
    }

    /// Whether the first non-blank line is a whole object on its own (it starts with `{` and ends
    /// with `}`, white space aside); one object written over several lines never is.
    private static func isJSONLines(_ lines: [Substring]) -> Bool {
        guard let first = lines.first(where: { !isBlank($0) }) else { return true }
        return [first].allSatisfy { line in
            let bytes = line.utf8
            let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return true }
            let last = bytes.lastIndex(where: { !isSpace($0) })!
            return bytes[first] == 0x7B && bytes[last] == 0x7D
        }
    }
}

/// The input lines that could not be read as requests.
public struct RequestBatchError: Error, Sendable, CustomStringConvertible {
    public var errors: [WireError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
