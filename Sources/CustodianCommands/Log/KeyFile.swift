import ArgumentParser
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Key files: created once, atomically, with owner-only permissions and synced to disk before
/// use; never replaced as a side effect.
///
/// A key is written to a temporary file in the same folder (`O_CREAT | O_EXCL`, mode 0600),
/// synced, then linked to its name with `link(2)`, which fails if the name exists. Of several
/// processes creating the same key at once, exactly one key appears; the others read it.
enum KeyFile {
    /// An error about a key file, naming it.
    static func error(_ message: String) -> CommandError { CommandError(message) }

    /// The key at `path`, or `nil` when there is no file there.
    /// - Throws: when the file exists but cannot be read.
    static func read(_ path: String) throws -> Data? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw error("cannot read the key file '\(path)' (permissions?)")
        }
        return data
    }

    /// The key at `path`; a missing file is an error that says what to do.
    static func require(_ path: String, what: String, hint: String) throws -> Data {
        guard let data = try read(path) else {
            throw error("the \(what) '\(path)' does not exist; \(hint)")
        }
        return data
    }

    /// Creates the key file at `path` with `contents` unless it exists; returns what the file
    /// holds afterwards (another process's key if it made one first).
    /// - Parameter exclusive: throw if the file exists already, instead of reading it.
    static func create(_ path: String, contents: Data, mode: mode_t = 0o600, exclusive: Bool = false) throws -> Data {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeNew(contents, to: temporary, mode: mode)
        defer { unlink(temporary) }
        if link(temporary, path) != 0 {
            let code = errno
            guard code == EEXIST else {
                throw error("cannot create the key file '\(path)': \(String(cString: strerror(code)))")
            }
            if exclusive { throw error("the key file '\(path)' exists already; a key is never replaced") }
            guard let existing = try read(path) else { throw error("cannot read the key file '\(path)'") }
            return existing
        }
        syncDirectory(of: path)
        return contents
    }

    /// Replaces the file at `path` atomically (write, sync, rename), for an explicit rotation.
    static func replace(_ path: String, contents: Data, mode: mode_t) throws {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try writeNew(contents, to: temporary, mode: mode)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw error("cannot replace '\(path)': \(String(cString: strerror(code)))")
        }
        syncDirectory(of: path)
    }

    /// Writes a new file (it must not exist) and syncs it.
    private static func writeNew(_ contents: Data, to path: String, mode: mode_t) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw error("cannot create '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let written = contents.withUnsafeBytes { buffer -> Int in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return -1
                }
                offset += n
            }
            return offset
        }
        guard written == contents.count, fsync(fd) == 0 else {
            let code = errno
            unlink(path)
            throw error("cannot write '\(path)': \(String(cString: strerror(code)))")
        }
    }

    /// Syncs the folder holding `path`, so that a new name survives a crash.
    private static func syncDirectory(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let fd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
