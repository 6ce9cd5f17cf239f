public import Custodian
import Foundation

/// The requests of an input: one JSON object, or one per line (JSON Lines). Every line is read
/// before anything is decided, so that a bad line yields errors and no decision at all.
public struct RequestBatch: Sendable {
    public var requests: [Request]

    /// Reads `text`.
    /// - Throws: ``RequestBatchError`` listing every bad line.
    public init(reading text: String) throws(RequestBatchError) {
        var requests: [Request] = []
        var errors: [WireError] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = text.drop { $0.isWhitespace }
        if lines.count > 1, trimmed.hasPrefix("{"), !Self.isJSONLines(lines) {
            // One object written over several lines.
            do { requests.append(try WireRequest.decode(Substring(text))) } catch { errors.append(error) }
        } else {
            for (number, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
                do { requests.append(try WireRequest.decode(line, line: number + 1)) } catch { errors.append(error) }
            }
        }
        guard errors.isEmpty else { throw RequestBatchError(errors: errors) }
        self.requests = requests
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
