public import DecisionLog
import Foundation
import GRDB

/// The embedded default store: a SQLite database through GRDB, in WAL mode with
/// `synchronous=FULL`, so that an append that has returned survives a crash or power loss.
///
/// ```swift
/// let store = try SQLiteLogStore(path: "decisions.sqlite")                    // creates it if absent
/// let audit = try SQLiteLogStore(path: "decisions.sqlite", access: .readOnly) // never writes
/// ```
///
/// One process writes at a time (SQLite's own lock); readers never block it. For many service
/// instances writing one log, use the PostgreSQL store.
///
/// A Custodian log is marked with an application identifier (`PRAGMA application_id`), so that a
/// store never adds its tables to another application's database.
public final class SQLiteLogStore: LogStore {
    /// How a store opens its file.
    public enum Access: Sendable, Hashable {
        /// Reads and appends; creates the log when the file does not exist.
        case readWrite
        /// Reads an existing log and never writes a byte: no file is created, not even SQLite's
        /// `-wal` and `-shm` files when no other process has the log open. A missing file is a
        /// `.notFound` error. Works on a read-only file in a read-only directory.
        case readOnly
    }

    /// The application identifier of a Custodian decision log (`Cdlg` in ASCII).
    static let applicationID: Int32 = 0x4364_6C67

    private let database: any DatabaseWriter
    /// Whether the log keeps its interior hashes (every log does once opened for writing; a log
    /// written by an older version and opened read-only may not).
    private let keepsSubtrees: Bool
    /// The tree's right edge after this store's last append, to spare reading it again.
    private let lastFrontier = Locked<MerkleFrontier?>(nil)
    /// For a log without interior hashes: its tree, built once from the leaf hashes.
    private let legacyTree = Locked<MerkleTree?>(nil)
    /// For a writable log: the checkpoints of its write-ahead log, off the append path.
    private let checkpointer: WALCheckpointer?
    /// The database file.
    public let path: String
    /// How the store was opened.
    public let access: Access

    /// Opens the log at `path`.
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - access: `.readWrite` (the default) creates the log if the file does not exist;
    ///     `.readOnly` requires it and never writes.
    /// - Throws: `.notFound` for a missing file opened read-only; `.corrupt` for a SQLite
    ///   database that is not a Custodian log; `.unavailable` when the file cannot be opened.
    public convenience init(path: String, access: Access = .readWrite) throws(DecisionLogError) {
        try self.init(path: path, access: access, maximumPages: nil)
    }

    /// Opens the log with a cap on the database size in pages (`PRAGMA max_page_count`), for
    /// tests that need a full disk.
    package init(path: String, access: Access = .readWrite, maximumPages: Int?) throws(DecisionLogError) {
        self.path = path
        self.access = access
        do {
            switch access {
            case .readWrite:
                database = try Self.retryingWhileBusy { try Self.openForWriting(path, maximumPages: maximumPages) }
                checkpointer = WALCheckpointer(path: path)
                keepsSubtrees = true
            case .readOnly:
                guard FileManager.default.fileExists(atPath: path) else {
                    throw DecisionLogError(.notFound, "no such log: '\(path)' does not exist")
                }
                var configuration = Configuration()
                configuration.readonly = true
                configuration.busyMode = .timeout(10)
                let queue = try DatabaseQueue(path: Self.readOnlyLocation(path), configuration: configuration)
                keepsSubtrees = try queue.read { db in
                    try Self.checkIsLog(db, path: path)
                    return try db.tableExists("nodes")
                }
                database = queue
                checkpointer = nil
            }
        } catch let error as DecisionLogError {
            throw error
        } catch {
            throw Self.logError(error, doing: "open the log '\(path)'")
        }
    }

    /// Opens (or creates) the log for appending.
    private static func openForWriting(_ path: String, maximumPages: Int?) throws -> DatabasePool {
        try refuseForeignDatabase(at: path)
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Checkpoints run apart from appends (WALCheckpointer).
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            if let maximumPages { try db.execute(sql: "PRAGMA max_page_count = \(maximumPages)") }
        }
        configuration.busyMode = .timeout(10)
        let pool = try DatabasePool(path: path, configuration: configuration)
        // Marked before any table is made, so that a process opening the log while this
        // one creates it never sees tables without the mark.
        try pool.write { db in
            if try Int32.fetchOne(db, sql: "PRAGMA application_id") != Self.applicationID {
                try Self.checkIsLog(db, path: path)
                try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)")
            }
        }
        do {
            try Self.migrator.migrate(pool)
        } catch {
            // Another process creating the same new log at the same moment may have run
            // the migration between this one's check and its own: then the log is ready.
            guard try pool.read({ try Self.migrator.hasCompletedMigrations($0) }) else { throw error }
        }
        return pool
    }

    /// Runs `open` again while SQLite answers "busy" at once — as it can when several processes
    /// open or create one log together (switching to WAL mode, recovering a WAL), before its busy
    /// handler applies — for up to ten seconds.
    private static func retryingWhileBusy<T>(_ open: () throws -> T) throws -> T {
        let deadline = ContinuousClock.now + .seconds(10)
        var delay = Duration.milliseconds(5)
        while true {
            do {
                return try open()
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && ContinuousClock.now < deadline
            {
                Thread.sleep(forTimeInterval: Double(delay.components.attoseconds) / 1e18)
                delay = min(delay * 2, .milliseconds(200))
            }
        }
    }

    /// A SQLite URI that opens `path` without writing. While a writer has the log open, its
    /// `-wal` file exists and is read through SQLite's shared memory (read-only); otherwise the
    /// file is opened as immutable, so that SQLite creates no `-wal` or `-shm` file beside it.
    private static func readOnlyLocation(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        let writerActive = FileManager.default.fileExists(atPath: path + "-wal")
        return "file:\(escaped)?mode=ro" + (writerActive ? "" : "&immutable=1")
    }

    /// Refuses, before anything is written, a SQLite database that another application made.
    private static func refuseForeignDatabase(at path: String) throws {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            (attributes[.size] as? NSNumber)?.intValue ?? 0 > 0
        else { return }  // absent or empty: a new log
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.read { db in try checkIsLog(db, path: path) }
        try queue.close()
    }

    /// Whether the open database is a Custodian log: marked with its application identifier, or
    /// (logs written before the marker) exactly the tables of one.
    private static func checkIsLog(_ db: Database, path: String) throws {
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID { return }
        let tables = Set(
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        if tables.isEmpty { return }  // an empty database becomes a log
        let migrations = tables.contains("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        guard tables == ["entries", "checkpoints", "grdb_migrations"], migrations == ["v1"] else {
            throw DecisionLogError(
                .corrupt,
                "'\(path)' is a SQLite database but not a Custodian decision log (it has other tables); refusing to change it")
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
        // The hash of every complete subtree of level 1 and above, so that roots and proofs read
        // O(log n) rows; a log written before is given them from its stored leaf hashes.
        migrator.registerMigration("v2-subtrees") { db in
            try db.execute(
                sql: """
                    CREATE TABLE nodes (
                        key INTEGER PRIMARY KEY,
                        hash BLOB NOT NULL
                    );
                    """)
            var frontier = MerkleFrontier()
            let insert = try db.makeStatement(sql: "INSERT INTO nodes (key, hash) VALUES (?, ?)")
            let leaves = try Row.fetchCursor(db, sql: "SELECT idx, leaf_hash FROM entries ORDER BY idx")
            while let row = try leaves.next() {
                let index: Int64 = row[0]
                guard index == Int64(frontier.size), let hash = MerkleHash(bytes: row[1] ?? Data()) else {
                    throw DecisionLogError(.corrupt, "record \(index) has no valid position or stored hash; verify the log")
                }
                var failure: (any Error)?
                frontier.append(hash) { address, hash in
                    do {
                        try insert.execute(arguments: [address.storageKey, hash.bytes])
                    } catch { failure = failure ?? error }
                }
                if let failure { throw failure }
            }
        }
        return migrator
    }

    public func append(_ records: [EncodedRecord]) async throws(DecisionLogError) -> [LogEntry] {
        defer { checkpointer?.appended(records.count) }
        let lastFrontier = self.lastFrontier
        do {
            let group = try await database.write { db in
                let next = UInt64(try Int64.fetchOne(db, sql: "SELECT coalesce(max(idx) + 1, 0) FROM entries") ?? 0)
                let known = lastFrontier.value
                let frontier = known?.size == next ? known! : try Self.frontier(db, size: next)
                let group = LogAppend(records, after: frontier)
                let insert = try db.cachedStatement(
                    sql: "INSERT INTO entries (idx, leaf, leaf_hash, decision_id) VALUES (?, ?, ?, ?)")
                for entry in group.entries {
                    try insert.execute(arguments: [
                        Int64(entry.index), Data(entry.leaf), entry.leafHash.bytes, entry.decisionID,
                    ])
                }
                let insertNode = try db.cachedStatement(sql: "INSERT INTO nodes (key, hash) VALUES (?, ?)")
                for (address, hash) in group.subtrees {
                    try insertNode.execute(arguments: [address.storageKey, hash.bytes])
                }
                return group
            }
            // Only once committed: an append that failed leaves the edge to be read again.
            lastFrontier.value = group.frontier
            return group.entries
        } catch let error as DecisionLogError {
            throw error
        } catch {
            throw Self.logError(error, doing: "append")
        }
    }

    /// The tree's right edge at `size`, from the stored hashes.
    private static func frontier(_ db: Database, size: UInt64) throws -> MerkleFrontier {
        let hashes = try SubtreeAddress.decomposition(ofTreeOf: size).map { try subtreeHash(db, $0) }
        return MerkleFrontier(size: size, hashes: hashes)!
    }

    /// One stored subtree hash: a leaf hash at level 0, an interior hash above.
    private static func subtreeHash(_ db: Database, _ address: SubtreeAddress) throws -> MerkleHash {
        let data =
            address.level == 0
            ? try Data.fetchOne(db, sql: "SELECT leaf_hash FROM entries WHERE idx = ?", arguments: [Int64(address.index)])
            : try Data.fetchOne(db, sql: "SELECT hash FROM nodes WHERE key = ?", arguments: [address.storageKey])
        guard let data, let hash = MerkleHash(bytes: data) else {
            throw DecisionLogError(.corrupt, "the log keeps no valid hash of \(address); verify the log")
        }
        return hash
    }

    public func subtreeHashes(_ addresses: [SubtreeAddress]) async throws(DecisionLogError) -> [MerkleHash] {
        if !keepsSubtrees { return try await legacySubtreeHashes(addresses) }
        do {
            return try await database.read { db in try addresses.map { try Self.subtreeHash(db, $0) } }
        } catch let error as DecisionLogError {
            throw error
        } catch {
            throw Self.logError(error, doing: "read the tree")
        }
    }

    /// For a log written before interior hashes were kept: its tree, built once from every leaf hash.
    private func legacySubtreeHashes(_ addresses: [SubtreeAddress]) async throws(DecisionLogError) -> [MerkleHash] {
        if let tree = legacyTree.value { return try tree.subtreeHashes(addresses) }
        let tree = try await MerkleTree.ofLeafHashes(in: self)
        legacyTree.value = tree
        return try tree.subtreeHashes(addresses)
    }

    public func storedSubtrees(completedBy leaves: Range<UInt64>) async throws(DecisionLogError)
        -> [(key: Int64, hash: MerkleHash)]?
    {
        guard keepsSubtrees else { return nil }
        let keys = SubtreeAddress.storageKeys(completedBy: leaves)
        do {
            return try await database.read { db in
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT key, hash FROM nodes WHERE key >= ? AND key < ? ORDER BY key",
                    arguments: [keys.lowerBound, keys.upperBound])
                var found: [(key: Int64, hash: MerkleHash)] = []
                while let row = try rows.next() {
                    let key: Int64 = row[0]
                    guard let hash = MerkleHash(bytes: row[1] ?? Data()) else {
                        throw DecisionLogError(.corrupt, "the stored subtree hash under key \(key) is not a hash")
                    }
                    found.append((key, hash))
                }
                return found
            }
        } catch let error as DecisionLogError {
            throw error
        } catch {
            throw Self.logError(error, doing: "read the tree")
        }
    }

    /// The position after the last entry.
    public func size() async throws(DecisionLogError) -> UInt64 {
        do {
            return try await database.read { db in
                UInt64(try Int64.fetchOne(db, sql: "SELECT coalesce(max(idx) + 1, 0) FROM entries") ?? 0)
            }
        } catch {
            throw Self.logError(error, doing: "count the records")
        }
    }

    public func entries(in range: Range<UInt64>) async throws(DecisionLogError) -> [LogEntry] {
        do {
            return try await database.read { db in
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
            return try await database.read { db in
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

    public func positions(of decisionIDs: [String]) async throws(DecisionLogError) -> [String: UInt64] {
        do {
            return try await database.read { db in
                let statement = try db.cachedStatement(sql: "SELECT min(idx) FROM entries WHERE decision_id = ?")
                var positions: [String: UInt64] = [:]
                for id in decisionIDs {
                    if let index = try Int64.fetchOne(statement, arguments: [id]), index >= 0 { positions[id] = UInt64(index) }
                }
                return positions
            }
        } catch {
            throw Self.logError(error, doing: "find records")
        }
    }

    public func saveCheckpoint(_ note: String, size: UInt64) async throws(DecisionLogError) {
        do {
            try await database.write { db in
                try db.execute(sql: "INSERT INTO checkpoints (size, note) VALUES (?, ?)", arguments: [Int64(size), note])
            }
        } catch {
            throw Self.logError(error, doing: "keep a checkpoint")
        }
    }

    public func checkpoints() async throws(DecisionLogError) -> [String] {
        do {
            return try await database.read { db in try String.fetchAll(db, sql: "SELECT note FROM checkpoints ORDER BY id") }
        } catch {
            throw Self.logError(error, doing: "read checkpoints")
        }
    }

    /// Runs SQL against the database, bypassing the log: for tamper tests and repairs by hand.
    /// Arguments are `Int64`, `Int`, `String` or `Data`.
    package func unsafeExecute(_ sql: String, arguments: [any Sendable] = []) throws {
        let values: [(any DatabaseValueConvertible)?] = arguments.map { value in
            switch value {
            case let value as Int64: value
            case let value as Int: value
            case let value as String: value
            case let value as Data: value
            default: nil
            }
        }
        try database.write { db in try db.execute(sql: sql, arguments: StatementArguments(values)) }
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
