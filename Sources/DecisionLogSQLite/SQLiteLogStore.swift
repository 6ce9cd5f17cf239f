public import DecisionLog
import Foundation
import GRDB

/// The embedded default store: a SQLite database through GRDB, in WAL mode with
/// `synchronous=FULL`, so that an append that has returned survives a crash or power loss.
///
/// ```swift
/// let store = try SQLiteLogStore(path: "decisions.sqlite")
/// let log = DecisionLog(store: store, signer: signer)
/// ```
///
/// One process writes at a time (SQLite's own lock); readers never block it. For many service
/// instances writing one log, use the PostgreSQL store.
public final class SQLiteLogStore: LogStore {
    private let pool: DatabasePool
    public let path: String

    /// Opens (or creates) the log at `path`.
    /// - Parameter maximumPages: a cap on the database size in pages (`PRAGMA max_page_count`),
    ///   for tests that need a full disk.
    public init(path: String, maximumPages: Int? = nil) throws(DecisionLogError) {
        self.path = path
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            if let maximumPages { try db.execute(sql: "PRAGMA max_page_count = \(maximumPages)") }
        }
        configuration.busyMode = .timeout(10)
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw Self.logError(error, doing: "open the log")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE entries (
                        idx INTEGER PRIMARY KEY,
                        leaf BLOB NOT NULL,
                        leaf_hash BLOB NOT NULL,
                        decision_id TEXT NOT NULL
                    );
                    CREATE INDEX entries_decision_id ON entries (decision_id);
                    CREATE TABLE checkpoints (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        size INTEGER NOT NULL,
                        note TEXT NOT NULL
                    );
                    """)
        }
        return migrator
    }

    public func append(_ records: [DecisionRecord]) async throws(DecisionLogError) -> [LogEntry] {
        do {
            return try await pool.write { db in
                let next = try Int64.fetchOne(db, sql: "SELECT coalesce(max(idx) + 1, 0) FROM entries") ?? 0
                let entries = records.enumerated().map { LogEntry($1, at: UInt64(next) + UInt64($0)) }
                let insert = try db.cachedStatement(
                    sql: "INSERT INTO entries (idx, leaf, leaf_hash, decision_id) VALUES (?, ?, ?, ?)")
                for entry in entries {
                    try insert.execute(arguments: [
                        Int64(entry.index), Data(entry.leaf), entry.leafHash.bytes, entry.decisionID,
                    ])
                }
                return entries
            }
        } catch {
            throw Self.logError(error, doing: "append")
        }
    }

    /// The position after the last entry.
    public func size() async throws(DecisionLogError) -> UInt64 {
        do {
            return try await pool.read { db in
                UInt64(try Int64.fetchOne(db, sql: "SELECT coalesce(max(idx) + 1, 0) FROM entries") ?? 0)
            }
        } catch {
            throw Self.logError(error, doing: "count the records")
        }
    }

    public func entries(in range: Range<UInt64>) async throws(DecisionLogError) -> [LogEntry] {
        do {
            return try await pool.read { db in
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT idx, leaf, leaf_hash, decision_id FROM entries WHERE idx >= ? AND idx < ? ORDER BY idx",
                    arguments: [Int64(clamping: range.lowerBound), Int64(clamping: range.upperBound)])
                var entries: [LogEntry] = []
                while let row = try rows.next() { entries.append(try Self.entry(row)) }
                return entries
            }
        } catch let error as DecisionLogError {
            throw error
        } catch {
            throw Self.logError(error, doing: "read records")
        }
    }

    public func entry(for decisionID: String) async throws(DecisionLogError) -> LogEntry? {
        do {
            return try await pool.read { db in
                try Row.fetchOne(
                    db, sql: "SELECT idx, leaf, leaf_hash, decision_id FROM entries WHERE decision_id = ? ORDER BY idx LIMIT 1",
                    arguments: [decisionID]
                ).map(Self.entry)
            }
        } catch let error as DecisionLogError {
            throw error
        } catch {
            throw Self.logError(error, doing: "find a record")
        }
    }

    public func saveCheckpoint(_ note: String, size: UInt64) async throws(DecisionLogError) {
        do {
            try await pool.write { db in
                try db.execute(sql: "INSERT INTO checkpoints (size, note) VALUES (?, ?)", arguments: [Int64(size), note])
            }
        } catch {
            throw Self.logError(error, doing: "keep a checkpoint")
        }
    }

    public func checkpoints() async throws(DecisionLogError) -> [String] {
        do {
            return try await pool.read { db in try String.fetchAll(db, sql: "SELECT note FROM checkpoints ORDER BY id") }
        } catch {
            throw Self.logError(error, doing: "read checkpoints")
        }
    }

    /// Runs SQL against the database, bypassing the log: for tamper tests and repairs by hand.
    /// Arguments are `Int64`, `Int`, `String` or `Data`.
    public func unsafeExecute(_ sql: String, arguments: [any Sendable] = []) throws {
        let values: [(any DatabaseValueConvertible)?] = arguments.map { value in
            switch value {
            case let value as Int64: value
            case let value as Int: value
            case let value as String: value
            case let value as Data: value
            default: nil
            }
        }
        try pool.write { db in try db.execute(sql: sql, arguments: StatementArguments(values)) }
    }

    // MARK: - Rows and errors

    private static func entry(_ row: Row) throws -> LogEntry {
        let index: Int64 = row["idx"]
        let leaf: Data = row["leaf"] ?? Data()
        let hash: Data = row["leaf_hash"] ?? Data()
        guard index >= 0, let leafHash = MerkleHash(bytes: hash) else {
            throw DecisionLogError(.corrupt, "record \(index) has no valid position or stored hash")
        }
        return LogEntry(index: UInt64(index), leaf: [UInt8](leaf), leafHash: leafHash, decisionID: row["decision_id"] ?? "")
    }

    /// A ``DecisionLogError`` from a SQLite error, saying what failed but nothing of the records.
    static func logError(_ error: any Error, doing what: String) -> DecisionLogError {
        guard let error = error as? DatabaseError else {
            return DecisionLogError(.ioError, "could not \(what)")
        }
        switch error.resultCode {
        case .SQLITE_FULL: return DecisionLogError(.diskFull, "could not \(what): the disk or database is full")
        case .SQLITE_CANTOPEN, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return DecisionLogError(.unavailable, "could not \(what): the database is unavailable (\(error.resultCode))")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return DecisionLogError(.corrupt, "could not \(what): the database file is damaged (\(error.resultCode))")
        default: return DecisionLogError(.ioError, "could not \(what): \(error.resultCode)")
        }
    }
}
