import Foundation

/// The lines of a file, FIFO or standard input as they arrive: a thread reads with `read(2)` and
/// hands each complete line (without its line break) to an `AsyncStream`, so that a command can
/// answer a line before the next one is written. A last line without a line break is given at
/// the end of the input.
enum LineStream {
    /// One line: its bytes and 1-based number.
    struct Line: Sendable {
        var bytes: [UInt8]
        var number: Int
    }

    /// The most bytes one line may hold (a request is a few hundred): a longer line is given
    /// cut at this length, so that it is reported as a bad line instead of filling memory.
    static let maximumLineBytes = 1 << 20

    /// Opens `path` (`nil` or `-`: standard input) and streams its lines.
    /// - Throws: ``CommandError`` when the file cannot be opened.
    static func lines(of path: String?) throws -> AsyncStream<Line> {
        let fd: Int32
        if let path, path != "-" {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw InputReader.cannotOpen(path) }
        } else {
            fd = STDIN_FILENO
        }
        let (stream, continuation) = AsyncStream.makeStream(of: Line.self, bufferingPolicy: .unbounded)
        let thread = Thread {
            defer {
                if fd != STDIN_FILENO { close(fd) }
                continuation.finish()
            }
            var pending: [UInt8] = []
            var number = 0
            var overlong = false
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                var start = 0
                for i in 0..<count where buffer[i] == 0x0A {
                    number += 1
                    if !overlong { pending.append(contentsOf: buffer[start..<i]) }
                    continuation.yield(Line(bytes: pending, number: number))
                    pending.removeAll(keepingCapacity: true)
                    overlong = false
                    start = i + 1
                }
                if !overlong { pending.append(contentsOf: buffer[start..<count]) }
                if pending.count > maximumLineBytes {
                    pending.removeLast(pending.count - maximumLineBytes)
                    overlong = true
                }
            }
            if !pending.isEmpty {
                number += 1
                continuation.yield(Line(bytes: pending, number: number))
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
        return stream
    }
}
