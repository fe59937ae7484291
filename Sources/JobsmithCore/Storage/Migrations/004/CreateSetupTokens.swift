import FluentKit

/// One-time first-run links (hashed); all are removed once the first organization and user exist.
struct CreateSetupTokens: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SetupTokenModel.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SetupTokenModel.schema).delete()
    }
}
