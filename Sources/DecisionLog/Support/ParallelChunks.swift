import Dispatch
import Synchronization

/// Splits `0..<count` into chunks worked on by every core, and gathers the results in order.
package enum ParallelChunks {
    private final class Results<T: Sendable>: Sendable {
        let slots: Mutex<[T?]>
        init(_ count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }
    }

    package static func map<T: Sendable>(count: Int, chunks requested: Int, _ body: @Sendable (Range<Int>) -> T) -> [T] {
        let chunks = max(1, min(requested, count))
        let results = Results<T>(chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            let result = body(range)
            results.slots.withLock { $0[chunk] = result }
        }
        return results.slots.withLock { $0.map { $0! } }
    }

    /// Chunks for the cores of this machine: a few per core, so that an uneven chunk does not
    /// leave a core idle.
    package static var defaultChunks: Int { System.cores * 4 }
}

package enum System {
    package static let cores: Int = {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 4
        #endif
    }()
}

#if canImport(Glibc)
import Glibc
#endif
