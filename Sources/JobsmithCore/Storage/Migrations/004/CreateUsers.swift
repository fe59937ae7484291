import FluentKit

/// Web-app accounts: one organization each, a unique (lowercased) email and a bcrypt password hash.
struct CreateUsers: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references(OrganizationModel.schema, .id, onDelete: .cascade))
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("password_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_sign_in_at", .datetime)
            .unique(on: "email")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UserModel.schema).delete()
    }
}
