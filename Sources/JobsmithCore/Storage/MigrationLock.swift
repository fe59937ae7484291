import FluentKit
import SQLKit

/// Serializes migrations between processes that share a PostgreSQL database, so several instances can start together.
enum MigrationLock {
    // Any constant works; it only has to be the same in every Jobsmith process.
    private static let key = 7_205_311_842

    static func withLock(on database: any Database, _ body: @escaping @Sendable () async throws -> Void) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "postgresql" else {
            try await body()
            return
        }
        try await database.withConnection { connection in
            let locked = connection as! any SQLDatabase
            try await locked.raw("SELECT pg_advisory_lock(\(literal: key))").run()
            do {
                try await body()
            } catch {
                try? await locked.raw("SELECT pg_advisory_unlock(\(literal: key))").run()
                throw error
            }
            try await locked.raw("SELECT pg_advisory_unlock(\(literal: key))").run()
        }
    }
}
