import ArgumentParser
import DecisionLog

#if Postgres
import DecisionLogPostgres
#endif

/// Opens a PostgreSQL log when the package was built with the `Postgres` trait.
enum PostgresStoreOpener {
    static func open(_ url: String, readOnly: Bool) throws -> any LogStore {
        #if Postgres
        do {
            return try PostgresLogStore(url: url, access: readOnly ? .readOnly : .readWrite)
        } catch {
            throw CommandError(error.message)
        }
        #else
        throw CommandError(
            "this custodian was built without PostgreSQL support; build it with `swift build --traits Postgres`")
        #endif
    }
}
