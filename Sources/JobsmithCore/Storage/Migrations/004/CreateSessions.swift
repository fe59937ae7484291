import FluentKit
import SQLKit

/// Signed-in browser sessions, shared by every instance; only the SHA-256 hash of the cookie's token is stored.
struct CreateSessions: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionModel.schema)
            .id()
            .field("user_id", .uuid, .required, .references(UserModel.schema, .id, onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("renewed_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        // Removing expired sessions.
        try await (database as! any SQLDatabase).create(index: "sessions_expires").on(SessionModel.schema).column("expires_at").run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionModel.schema).delete()
    }
}
