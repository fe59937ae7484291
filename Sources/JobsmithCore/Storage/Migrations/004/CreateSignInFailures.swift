import FluentKit
import SQLKit

/// Failed sign-ins, by email and by client address, so every instance throttles the same guesses. Replaced by
/// ``ReplaceSignInFailuresWithCounters`` in 005.
struct CreateSignInFailures: JobsmithMigration {
    static let schema = "sign_in_failures"

    func prepare(on database: any Database) async throws {
        try await database.schema(Self.schema)
            .id()
            .field("key", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        // Counting one key's recent failures.
        try await (database as! any SQLDatabase).create(index: "sign_in_failures_key_created")
            .on(Self.schema).column("key").column("created_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Self.schema).delete()
    }
}
