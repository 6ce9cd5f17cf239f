public import Custodian
import Foundation

/// The requests of an input: one JSON object, or one per line (JSON Lines). Every line is read
/// before anything is decided, so that a bad line yields errors and no decision at all.
public struct RequestBatch: Sendable {
    public var requests: [Request]

    /// Reads `text`, on every core.
    /// - Throws: ``RequestBatchError`` listing every bad line.
    public init(reading text: String) throws(RequestBatchError) {
        let lines = Self.lines(of: text)
        if lines.count > 1, text.utf8.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }) == 0x7B,
            !Self.isJSONLines(lines.map(\.text))
        {
            // One object written over several lines.
            do {
                requests = [try RequestReader.read(Substring(text))]
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
                    requests.append(try RequestReader.read(line.text, line: line.number))
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

    /// The lines of `text` with their 1-based numbers, split on bytes.
    static func lines(of text: String) -> [(text: Substring, number: Int)] {
        var lines: [(text: Substring, number: Int)] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var number = 1
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append((Substring(text[start..<index]), number))
                number += 1
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { lines.append((Substring(text[start..<utf8.endIndex]), number)) }
        return lines
    }

    /// Whether every non-blank line is a whole object on its own.
    private static func isJSONLines(_ lines: [Substring]) -> Bool {
        lines.allSatisfy { line in
            let content = line.trimmingCharacters(in: .whitespaces)
            return content.isEmpty || (content.hasPrefix("{") && content.hasSuffix("}"))
        }
    }
}

/// The input lines that could not be read as requests.
public struct RequestBatchError: Error, Sendable, CustomStringConvertible {
    public var errors: [WireError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
