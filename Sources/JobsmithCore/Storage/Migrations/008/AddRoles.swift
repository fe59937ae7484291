import FluentKit
import SQLKit

/// Roles: every user gets one, and every existing user becomes an owner so set-ups made before roles keep working;
/// users can be deactivated. API tokens get a role too (existing ones become admin service tokens, which can do
/// everything they could before) and may act as a user (personal tokens). `revert` drops the columns, and with them
/// every role and deactivation given since.
struct AddRoles: JobsmithMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UserModel.schema)
            .field("role", .string, .required, .custom(SQLColumnConstraintAlgorithm.default(Role.owner.rawValue)))
            .update()
        try await database.schema(UserModel.schema)
            .field("deactivated_at", .datetime)
            .update()
        try await database.schema(APITokenModel.schema)
            .field("role", .string, .required, .custom(SQLColumnConstraintAlgorithm.default(Role.admin.rawValue)))
            .update()
        try await database.schema(APITokenModel.schema)
            .field("user_id", .uuid, .references(UserModel.schema, .id, onDelete: .cascade))
            .update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(APITokenModel.schema).deleteField("user_id").update()
        try await database.schema(APITokenModel.schema).deleteField("role").update()
        try await database.schema(UserModel.schema).deleteField("deactivated_at").update()
        try await database.schema(UserModel.schema).deleteField("role").update()
    }
}
