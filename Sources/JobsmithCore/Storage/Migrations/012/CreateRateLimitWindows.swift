import FluentKit

/// The API rate limits' shared counts: one row per limited key (`token:…`, `ip:…`) with the start of its current
/// one-minute window and the requests counted in it, so every instance on one database counts the same requests.
struct CreateRateLimitWindows: JobsmithMigration {
    static let schema = "rate_limit_windows"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("key", .string, .required)
            // Seconds since 1970 at the window's start.
            .field("window_start", .int64, .required)
            .field("hits", .int64, .required)
            // The conflict target of the counting upsert.
            .unique(on: "key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
