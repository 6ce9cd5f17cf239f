import Foundation
import GRDB

/// Moves a log's write-ahead log into its database file on a connection of its own, off the
/// path of appends.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold, so that one
/// append in every few thousand waited tens of milliseconds while pages were copied and the
/// database file synced (the tail of `decide --stream --log`). The writer turns that off
/// (`wal_autocheckpoint=0`); this runs a `PASSIVE` checkpoint, which never blocks a writer or a
/// reader, on another thread after every ``interval`` records appended. Durability is unchanged:
/// a commit is durable once its frames are synced in the write-ahead log, checkpoint or not.
final class WALCheckpointer: @unchecked Sendable {
    /// Records appended between two checkpoints (about 1 MB of write-ahead log).
    static let interval = 1_000

    private let path: String
    private let lock = NSLock()
    private var appended = 0
    private var running = false
    private var connection: DatabaseQueue?

    init(path: String) { self.path = path }

    /// Counts `count` appended records and starts a checkpoint when enough have gathered and
    /// none is running.
    func appended(_ count: Int) {
        let start: Bool = lock.withLock {
            appended += count
            guard appended >= Self.interval, !running else { return false }
            appended = 0
            running = true
            return true
        }
        guard start else { return }
        DispatchQueue.global(qos: .utility).async { [self] in
            defer { lock.withLock { running = false } }
            checkpoint()
        }
    }

    /// One passive checkpoint. A failure is harmless (the next one, or SQLite when the last
    /// connection closes, does the work), so it is not reported.
    private func checkpoint() {
        do {
            if connection == nil {
                var configuration = Configuration()
                configuration.busyMode = .timeout(1)
                connection = try DatabaseQueue(path: path, configuration: configuration)
            }
            try connection?.writeWithoutTransaction { db in
                _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)")
            }
        } catch {
            connection = nil
        }
    }
}
