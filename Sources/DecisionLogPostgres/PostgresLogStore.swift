#if Postgres
public import DecisionLog
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The store for many service instances writing one log: PostgreSQL through postgres-nio.
///
/// Appenders take a transaction-scoped advisory lock, so that concurrent processes append in one
/// gap-free order; a commit returns only when PostgreSQL has made it durable (the server's
/// `synchronous_commit`, on by default). Built only with the `Postgres` package trait.
///
/// ```swift
/// let store = try PostgresLogStore(url: "postgres://custodian@127.0.0.1:5432/custodian")
/// ```
public final class PostgresLogStore: LogStore {
    /// How a store uses the database.
    public enum Access: Sendable, Hashable {
        /// Reads and appends; creates the log's schema and tables if they are missing.
        case readWrite
        /// Reads an existing log in read-only transactions and creates nothing; a missing log is
        /// a `.notFound` error.
        case readOnly
    }

    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let schema: String
    private let logger: Logger
    private let ready: Task<Void, any Error>
    private let operationTimeout: Duration
    /// The tree's right edge after this store's last append, to spare reading it again.
    private let lastFrontier = Locked<MerkleFrontier?>(nil)
    /// Whether the log keeps interior hashes (known after the first read that needs them): a log
    /// written before they were kept, opened read-only, does not.
    private let keepsSubtrees = Locked<Bool?>(nil)
    /// For a log without interior hashes: its tree, built once from the leaf hashes.
    private let legacyTree = Locked<MerkleTree?>(nil)

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database[?schema=NAME]`); for
    /// `.readWrite` access (the default) it creates the log's tables in the schema (default
    /// `custodian`) if they are missing, for `.readOnly` it only checks that they exist.
    /// - Parameter operationTimeout: how long an operation may wait for the database before it
    ///   fails with `.unavailable` (an append that fails this way is not acknowledged; it may
    ///   still be committed later, so the log can hold more than was acknowledged, never less).
    /// - Parameter logger: the caller's logger, for the store and its PostgreSQL client; by
    ///   default nothing is logged.
    public init(
        url: String, schema explicitSchema: String? = nil, access: Access = .readWrite,
        operationTimeout: Duration = .seconds(10),
        logger: Logger = Logger(label: "custodian.decision-log.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    ) throws(DecisionLogError) {
        guard let components = URLComponents(string: url), let host = components.host, let user = components.user,
            ["postgres", "postgresql"].contains(components.scheme)
        else { throw DecisionLogError(.unavailable, "not a postgres:// URL with a user and a host") }
        let schema =
            explicitSchema ?? components.queryItems?.first(where: { $0.name == "schema" })?.value ?? "custodian"
        guard schema.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }), !schema.isEmpty else {
            throw DecisionLogError(.invalidKey, "a schema name is letters, digits and '_'")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : nil
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: user, password: components.password,
            database: database?.isEmpty == false ? database : nil, tls: .disable)
        configuration.options.connectTimeout = .seconds(2)
        self.operationTimeout = operationTimeout
        self.logger = logger
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.schema = schema
        runner = Task { await client.run() }
        let logger = self.logger
        if access == .readOnly {
            ready = Task {
                let rows = try await client.query(
                    PostgresQuery(
                        unsafeSQL: "SELECT to_regclass('\(schema).entries') IS NOT NULL AND to_regclass('\(schema).checkpoints') IS NOT NULL"),
                    logger: logger)
                var exists = false
                for try await value in rows.decode(Bool.self) { exists = value }
                guard exists else {
                    throw DecisionLogError(.notFound, "no such log: the database has no decision log in schema '\(schema)'")
                }
            }
            return
        }
        ready = Task {
            // One process creates the tables; the others wait on the same lock.
            try await client.withTransaction(logger: logger) { connection in
                try await Self.execute(connection, "SELECT pg_advisory_xact_lock(7231001)", logger: logger)
                // Appenders are held off too, before any table is locked: a log written before
                // interior hashes were kept is given them below while no one appends (and an
                // appender holding its lock never waits on a lock this transaction holds).
                try await Self.execute(connection, "SELECT pg_advisory_xact_lock(7231002)", logger: logger)
                try await Self.execute(connection, PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
                try await Self.execute(connection, 
                    PostgresQuery(
                        unsafeSQL: """
                            CREATE TABLE IF NOT EXISTS \(schema).entries (
                                idx BIGINT PRIMARY KEY, leaf BYTEA NOT NULL, leaf_hash BYTEA NOT NULL,
                                decision_id TEXT NOT NULL)
                            """), logger: logger)
                try await Self.execute(connection, 
                    PostgresQuery(
                        unsafeSQL: "CREATE INDEX IF NOT EXISTS entries_decision_id ON \(schema).entries (decision_id)"),
                    logger: logger)
                try await Self.execute(connection, 
                    PostgresQuery(
                        unsafeSQL: """
                            CREATE TABLE IF NOT EXISTS \(schema).checkpoints (
                                id BIGSERIAL PRIMARY KEY, size BIGINT NOT NULL, note TEXT NOT NULL)
                            """), logger: logger)
                // The hash of every complete subtree of level 1 and above; a log written before
                // they were kept is given them from its stored leaf hashes.
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT to_regclass('\(schema).nodes') IS NOT NULL"), logger: logger)
                var hasNodes = false
                for try await value in rows.decode(Bool.self) { hasNodes = value }
                if !hasNodes {
                    try await Self.execute(connection, 
                        PostgresQuery(
                            unsafeSQL: """
                                CREATE TABLE \(schema).nodes (key BIGINT PRIMARY KEY, hash BYTEA NOT NULL)
                                """), logger: logger)
                    try await Self.backfillSubtrees(connection, schema: schema, logger: logger)
                }
            }
        }
    }

    deinit {
        runner.cancel()
    }

    /// Ties the PostgreSQL client's connection loop, which starts with the store, to the caller
    /// (``DecisionLog``'s service): returns when the loop ends, and ends it when cancelled.
    public func run() async throws {
        let runner = self.runner
        await withTaskCancellationHandler {
            await runner.value
        } onCancel: {
            runner.cancel()
        }
    }

    @discardableResult
    private func run<T: Sendable>(_ what: String, _ body: @escaping @Sendable () async throws -> T) async throws(DecisionLogError) -> T {
        let (ready, timeout) = (self.ready, operationTimeout)
        do {
            return try await Deadline.race(timeout) {
                try await ready.value
                return try await body()
            }
        } catch {
            throw Self.logError(error, doing: what)
        }
    }

    public func append(_ records: [EncodedRecord]) async throws(DecisionLogError) -> [LogEntry] {
        let (client, logger, schema, lastFrontier) = (self.client, self.logger, self.schema, self.lastFrontier)
        let group = try await run("append") {
            try await client.withTransaction(logger: logger) { connection in
                try await Self.execute(connection, "SELECT pg_advisory_xact_lock(7231002)", logger: logger)
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT coalesce(max(idx) + 1, 0) FROM \(schema).entries"), logger: logger)
                var next: Int64 = 0
                for try await value in rows.decode(Int64.self) { next = value }
                let known = lastFrontier.value
                let frontier =
                    known?.size == UInt64(next)
                    ? known! : try await Self.frontier(connection, schema: schema, size: UInt64(next), logger: logger)
                let group = LogAppend(records, after: frontier)
                // At most 10,000 rows a statement: a statement takes at most 65,535 parameters.
                var start = 0
                while start < group.entries.count {
                    let part = group.entries[start..<min(group.entries.count, start + 10_000)]
                    var bindings = PostgresBindings()
                    var values: [String] = []
                    for (i, entry) in part.enumerated() {
                        bindings.append(Int64(entry.index))
                        try bindings.append(Data(entry.leaf))
                        try bindings.append(entry.leafHash.bytes)
                        bindings.append(entry.decisionID)
                        values.append("($\(4 * i + 1), $\(4 * i + 2), $\(4 * i + 3), $\(4 * i + 4))")
                    }
                    try await Self.execute(connection, 
                        PostgresQuery(
                            unsafeSQL: "INSERT INTO \(schema).entries (idx, leaf, leaf_hash, decision_id) VALUES "
                                + values.joined(separator: ", "), binds: bindings), logger: logger)
                    start += part.count
                }
                try await Self.insert(group.subtrees, connection, schema: schema, logger: logger)
                return group
            }
        }
        // Only once committed: an append that failed leaves the edge to be read again.
        lastFrontier.value = group.frontier
        return group.entries
    }

    /// Stores interior hashes, in statements of at most 10,000.
    private static func insert(
        _ subtrees: [(address: SubtreeAddress, hash: MerkleHash)], _ connection: PostgresConnection, schema: String,
        logger: Logger
    ) async throws {
        var start = 0
        while start < subtrees.count {
            let part = subtrees[start..<min(subtrees.count, start + 10_000)]
            var bindings = PostgresBindings()
            var values: [String] = []
            for (i, (address, hash)) in part.enumerated() {
                bindings.append(address.storageKey)
                try bindings.append(hash.bytes)
                values.append("($\(2 * i + 1), $\(2 * i + 2))")
            }
            try await Self.execute(connection, 
                PostgresQuery(
                    unsafeSQL: "INSERT INTO \(schema).nodes (key, hash) VALUES " + values.joined(separator: ", "),
                    binds: bindings), logger: logger)
            start += part.count
        }
    }

    /// Gives a log written before interior hashes were kept every one of them.
    private static func backfillSubtrees(_ connection: PostgresConnection, schema: String, logger: Logger) async throws {
        let rows = try await connection.query(
            PostgresQuery(unsafeSQL: "SELECT idx, leaf_hash FROM \(schema).entries ORDER BY idx"), logger: logger)
        var frontier = MerkleFrontier()
        var subtrees: [(address: SubtreeAddress, hash: MerkleHash)] = []
        for try await (index, data) in rows.decode((Int64, Data).self) {
            guard index == Int64(frontier.size), let hash = MerkleHash(bytes: data) else {
                throw DecisionLogError(.corrupt, "record \(index) has no valid position or stored hash; verify the log")
            }
            frontier.append(hash) { subtrees.append(($0, $1)) }
        }
        try await insert(subtrees, connection, schema: schema, logger: logger)
    }

    /// The tree's right edge at `size`, from the stored hashes.
    private static func frontier(_ connection: PostgresConnection, schema: String, size: UInt64, logger: Logger)
        async throws -> MerkleFrontier
    {
        let hashes = try await subtreeHashes(
            SubtreeAddress.decomposition(ofTreeOf: size), schema: schema, logger: logger
        ) { query in try await connection.query(query, logger: logger) }
        return MerkleFrontier(size: size, hashes: hashes)!
    }

    /// Stored subtree hashes, in the order asked, in one query.
    private static func subtreeHashes(
        _ addresses: [SubtreeAddress], schema: String, logger: Logger,
        _ query: (PostgresQuery) async throws -> PostgresRowSequence
    ) async throws -> [MerkleHash] {
        guard !addresses.isEmpty else { return [] }
        var bindings = PostgresBindings()
        var parts: [String] = []
        for (i, address) in addresses.enumerated() {
            bindings.append(address.level == 0 ? Int64(address.index) : address.storageKey)
            parts.append(
                address.level == 0
                    ? "SELECT \(i) AS k, leaf_hash AS h FROM \(schema).entries WHERE idx = $\(i + 1)"
                    : "SELECT \(i) AS k, hash AS h FROM \(schema).nodes WHERE key = $\(i + 1)")
        }
        let rows = try await query(PostgresQuery(unsafeSQL: parts.joined(separator: " UNION ALL "), binds: bindings))
        var found = [MerkleHash?](repeating: nil, count: addresses.count)
        for try await (k, data) in rows.decode((Int, Data).self) {
            guard addresses.indices.contains(k) else { continue }
            found[k] = MerkleHash(bytes: data)
        }
        return try found.enumerated().map { i, hash in
            guard let hash else {
                throw DecisionLogError(.corrupt, "the log keeps no valid hash of \(addresses[i]); verify the log")
            }
            return hash
        }
    }

    /// Whether the log has its table of interior hashes.
    private func hasSubtrees() async throws(DecisionLogError) -> Bool {
        if let known = keepsSubtrees.value { return known }
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        let exists = try await run("read the tree") {
            let rows = try await client.query(
                PostgresQuery(unsafeSQL: "SELECT to_regclass('\(schema).nodes') IS NOT NULL"), logger: logger)
            var exists = false
            for try await value in rows.decode(Bool.self) { exists = value }
            return exists
        }
        keepsSubtrees.value = exists
        return exists
    }

    public func subtreeHashes(_ addresses: [SubtreeAddress]) async throws(DecisionLogError) -> [MerkleHash] {
        guard try await hasSubtrees() else {
            if let tree = legacyTree.value { return try tree.subtreeHashes(addresses) }
            let tree = try await MerkleTree.ofLeafHashes(in: self)
            legacyTree.value = tree
            return try tree.subtreeHashes(addresses)
        }
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        return try await run("read the tree") {
            try await Self.subtreeHashes(addresses, schema: schema, logger: logger) { query in
                try await client.query(query, logger: logger)
            }
        }
    }

    public func storedSubtrees(completedBy leaves: Range<UInt64>) async throws(DecisionLogError)
        -> [(key: Int64, hash: MerkleHash)]?
    {
        guard try await hasSubtrees() else { return nil }
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        let keys = SubtreeAddress.storageKeys(completedBy: leaves)
        return try await run("read the tree") {
            var bindings = PostgresBindings()
            bindings.append(keys.lowerBound)
            bindings.append(keys.upperBound)
            let rows = try await client.query(
                PostgresQuery(
                    unsafeSQL: "SELECT key, hash FROM \(schema).nodes WHERE key >= $1 AND key < $2 ORDER BY key",
                    binds: bindings), logger: logger)
            var found: [(key: Int64, hash: MerkleHash)] = []
            for try await (key, data) in rows.decode((Int64, Data).self) {
                guard let hash = MerkleHash(bytes: data) else {
                    throw DecisionLogError(.corrupt, "the stored subtree hash under key \(key) is not a hash")
                }
                found.append((key, hash))
            }
            return found
        }
    }

    /// The position after the last entry.
    public func size() async throws(DecisionLogError) -> UInt64 {
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        return try await run("count the records") {
            let rows = try await client.query(
                PostgresQuery(unsafeSQL: "SELECT coalesce(max(idx) + 1, 0) FROM \(schema).entries"), logger: logger)
            var size: Int64 = 0
            for try await value in rows.decode(Int64.self) { size = value }
            return UInt64(size)
        }
    }

    public func entries(in range: Range<UInt64>) async throws(DecisionLogError) -> [LogEntry] {
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        let lower = Int64(clamping: range.lowerBound)
        let upper = Int64(clamping: range.upperBound)
        return try await run("read records") {
            let rows = try await client.query(
                PostgresQuery(
                    unsafeSQL: "SELECT idx, leaf, leaf_hash, decision_id FROM \(schema).entries WHERE idx >= $1 AND idx < $2 ORDER BY idx",
                    binds: Self.bindings(lower, upper)), logger: logger)
            var entries: [LogEntry] = []
            for try await (index, leaf, hash, id) in rows.decode((Int64, Data, Data, String).self) {
                entries.append(try Self.entry(index, leaf, hash, id))
            }
            return entries
        }
    }

    public func entry(for decisionID: String) async throws(DecisionLogError) -> LogEntry? {
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        return try await run("find a record") {
            var bindings = PostgresBindings()
            bindings.append(decisionID)
            let rows = try await client.query(
                PostgresQuery(
                    unsafeSQL: "SELECT idx, leaf, leaf_hash, decision_id FROM \(schema).entries WHERE decision_id = $1 ORDER BY idx LIMIT 1",
                    binds: bindings), logger: logger)
            for try await (index, leaf, hash, id) in rows.decode((Int64, Data, Data, String).self) {
                return try Self.entry(index, leaf, hash, id)
            }
            return nil
        }
    }

    public func positions(of decisionIDs: [String]) async throws(DecisionLogError) -> [String: UInt64] {
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        guard !decisionIDs.isEmpty else { return [:] }
        return try await run("find records") {
            var bindings = PostgresBindings()
            bindings.append(decisionIDs)
            let rows = try await client.query(
                PostgresQuery(
                    unsafeSQL:
                        "SELECT decision_id, min(idx) FROM \(schema).entries WHERE decision_id = ANY($1) GROUP BY decision_id",
                    binds: bindings), logger: logger)
            var positions: [String: UInt64] = [:]
            for try await (id, index) in rows.decode((String, Int64).self) where index >= 0 { positions[id] = UInt64(index) }
            return positions
        }
    }

    public func saveCheckpoint(_ note: String, size: UInt64) async throws(DecisionLogError) {
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        try await run("keep a checkpoint") {
            var bindings = PostgresBindings()
            bindings.append(Int64(size))
            bindings.append(note)
            try await Self.execute(client, 
                PostgresQuery(unsafeSQL: "INSERT INTO \(schema).checkpoints (size, note) VALUES ($1, $2)", binds: bindings),
                logger: logger)
        }
    }

    public func checkpoints() async throws(DecisionLogError) -> [String] {
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        return try await run("read checkpoints") {
            let rows = try await client.query(
                PostgresQuery(unsafeSQL: "SELECT note FROM \(schema).checkpoints ORDER BY id"), logger: logger)
            var notes: [String] = []
            for try await note in rows.decode(String.self) { notes.append(note) }
            return notes
        }
    }

    /// Drops the log's schema and everything in it (for tests).
    package func dropEverything() async throws(DecisionLogError) {
        let (client, logger, schema) = (self.client, self.logger, self.schema)
        try await run("drop the log") {
            try await Self.execute(client, PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(schema) CASCADE"), logger: logger)
        }
    }

    // MARK: - Rows and errors

    /// Runs a statement and reads its answer to the end: an error the server sends after the
    /// statement started (a deadlock, a lock timeout) is thrown here, not by the next statement.
    private static func execute(_ connection: PostgresConnection, _ query: PostgresQuery, logger: Logger) async throws {
        for try await _ in try await connection.query(query, logger: logger) {}
    }

    private static func execute(_ client: PostgresClient, _ query: PostgresQuery, logger: Logger) async throws {
        for try await _ in try await client.query(query, logger: logger) {}
    }

    private static func bindings(_ values: Int64...) -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { bindings.append(value) }
        return bindings
    }

    private static func entry(_ index: Int64, _ leaf: Data, _ hash: Data, _ id: String) throws -> LogEntry {
        guard index >= 0, let leafHash = MerkleHash(bytes: hash) else {
            throw DecisionLogError(.corrupt, "record \(index) has no valid position or stored hash")
        }
        return LogEntry(index: UInt64(index), leaf: [UInt8](leaf), leafHash: leafHash, decisionID: id)
    }

    /// A ``DecisionLogError`` from a PostgreSQL error, naming what failed but nothing of the records.
    static func logError(_ error: any Error, doing what: String) -> DecisionLogError {
        if let error = error as? DecisionLogError { return error }
        if let error = error as? PostgresTransactionError,
            let cause = error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError
        {
            // The error inside the transaction, not the wrapper postgres-nio puts around it.
            return logError(cause, doing: what)
        }
        guard let error = error as? PSQLError else { return DecisionLogError(.unavailable, "could not \(what)") }
        if error.code == .server, let state = error.serverInfo?[.sqlState] {
            if state == "53100" { return DecisionLogError(.diskFull, "could not \(what): the database disk is full") }
            if state.hasPrefix("08") || state.hasPrefix("57") {
                return DecisionLogError(.unavailable, "could not \(what): the database is unavailable (\(state))")
            }
            return DecisionLogError(.ioError, "could not \(what): PostgreSQL error \(state)")
        }
        return DecisionLogError(.unavailable, "could not \(what): the database is unreachable (\(error.code))")
    }
}

/// Runs work with a deadline, without waiting for the work to notice it was cancelled (a client
/// that keeps retrying a dead server must not hold the caller).
enum Deadline {
    private final class Once<T: Sendable>: Sendable {
        let continuation = Mutex<CheckedContinuation<T, any Error>?>(nil)
        func resume(_ result: Result<T, any Error>) {
            continuation.withLock { stored in
                stored?.resume(with: result)
                stored = nil
            }
        }
    }

    static func race<T: Sendable>(_ timeout: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
        let once = Once<T>()
        return try await withCheckedThrowingContinuation { continuation in
            once.continuation.withLock { $0 = continuation }
            let task = Task {
                do { once.resume(.success(try await work())) } catch { once.resume(.failure(error)) }
            }
            let timer = Task {
                try await Task.sleep(for: timeout)
                task.cancel()
                once.resume(.failure(DecisionLogError(.unavailable, "no answer from the database in \(timeout)")))
            }
            Task {
                _ = await task.result
                timer.cancel()
            }
        }
    }
}
#endif
