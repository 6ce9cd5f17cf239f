import ArgumentParser
import DecisionLog

#if Postgres
import DecisionLogPostgres
#endif

/// Opens a PostgreSQL log when the package was built with the `Postgres` trait.
enum PostgresStoreOpener {
    static func open(_ url: String) throws -> any LogStore {
        #if Postgres
        return try PostgresLogStore(url: url)
        #else
        throw ValidationError(
            "this custodian was built without PostgreSQL support; build it with `swift build --traits Postgres`")
        #endif
    }
}
