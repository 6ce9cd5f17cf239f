import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and standard error for the commands, with write errors reported rather than
/// crashed on: a full disk (`ENOSPC`, `/dev/full`), a closed pipe (`EPIPE`; `SIGPIPE` is ignored
/// so that the error can be reported) or any other failure ends the process with a message on
/// standard error and exit status 74 (`EX_IOERR`).
enum Output {
    /// The exit status of a failed write.
    static let writeFailureStatus: Int32 = 74

    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Writes `bytes` to standard output, whole.
    static func write<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// Prints `text` to standard output, like `Swift.print`.
    static func print(_ text: String, terminator: String = "\n") {
        write(Array((text + terminator).utf8))
    }

    /// Prints a line to standard error.
    static func error(_ text: String) {
        write(Array((text + "\n").utf8), to: STDERR_FILENO)
    }

    private static func write<Bytes: Collection<UInt8>>(_ bytes: Bytes, to fd: Int32) {
        _ = ignoreBrokenPipes
        let done: Bool? = bytes.withContiguousStorageIfAvailable { buffer in writeAll(buffer, to: fd) }
        if let done {
            if !done { fail(fd) }
        } else if !Array(bytes).withUnsafeBufferPointer({ writeAll($0, to: fd) }) {
            fail(fd)
        }
    }

    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to fd: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    private static func fail(_ fd: Int32) -> Never {
        let reason = String(cString: strerror(errno))
        if fd != STDERR_FILENO {
            let message = Array("custodian: cannot write the output: \(reason)\n".utf8)
            _ = message.withUnsafeBufferPointer { writeAll($0, to: STDERR_FILENO) }
        }
        exit(writeFailureStatus)
    }
}
