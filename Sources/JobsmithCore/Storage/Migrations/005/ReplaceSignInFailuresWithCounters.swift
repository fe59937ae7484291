import FluentKit

/// One counter row per throttled key (`email:…`, `ip:…`) instead of one row per failure: a single upsert counts an
/// attempt and reads the count under the row's lock, so parallel guesses cannot all pass the check. The failures
/// counted until now are dropped (they expire within 15 minutes anyway); `revert` brings back the empty old table.
struct ReplaceSignInFailuresWithCounters: JobsmithMigration {
    static let schema = "sign_in_attempts"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .field("key", .string, .required)
            .field("window_started_at", .datetime, .required)
            .field("attempts", .int, .required)
            // The conflict target of the counting upsert.
            .unique(on: "key")
            .create()
        try await database.schema(CreateSignInFailures.schema).delete()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
        try await CreateSignInFailures().prepare(on: database)
    }
}
