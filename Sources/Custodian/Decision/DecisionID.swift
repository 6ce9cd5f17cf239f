public import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// The identifier of one decision: a random (version 4) UUID, unique across instances.
public struct DecisionID: Sendable, Hashable, CustomStringConvertible {
    public let uuid: UUID

    public init(_ uuid: UUID) { self.uuid = uuid }

    /// A new random identifier. Its 122 random bits come from the operating system's generator,
    /// drawn 4 KiB at a time, so that identifying a decision costs no system call of its own.
    public init() { uuid = RandomPool.shared.uuid() }

    public var description: String { uuid.uuidString.lowercased() }
}

/// Random bytes from the system, buffered.
final class RandomPool: Sendable {
    static let shared = RandomPool()

    private struct State {
        var bytes = [UInt8](repeating: 0, count: 4096)
        var next = 4096
    }

    private let state = Mutex(State())

    func uuid() -> UUID {
        var raw = state.withLock { state -> uuid_t in
            if state.next + 16 > state.bytes.count {
                Self.fill(&state.bytes)
                state.next = 0
            }
            defer { state.next += 16 }
            return state.bytes.withUnsafeBytes { buffer in
                buffer.loadUnaligned(fromByteOffset: state.next, as: uuid_t.self)
            }
        }
        raw.6 = (raw.6 & 0x0F) | 0x40  // version 4
        raw.8 = (raw.8 & 0x3F) | 0x80  // RFC 4122 variant
        return UUID(uuid: raw)
    }

    private static func fill(_ bytes: inout [UInt8]) {
        #if canImport(Glibc)
        let descriptor = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            defer { close(descriptor) }
            let count = bytes.count
            let filled = bytes.withUnsafeMutableBytes { buffer in
                var done = 0
                while done < count {
                    let n = read(descriptor, buffer.baseAddress! + done, count - done)
                    if n <= 0 { return false }
                    done += n
                }
                return true
            }
            if filled { return }
        }
        #endif
        var generator = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = UInt8.random(in: 0...255, using: &generator) }
    }
}
