import FluentKit
import Foundation

/// A web-app user; the password is kept only as a bcrypt hash.
final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_sign_in_at") var lastSignInAt: Date?
    /// A ``Role`` raw value.
    @Field(key: "role") var role: String
    /// Set while the user is deactivated: they cannot sign in and have no sessions or personal tokens.
    @OptionalField(key: "deactivated_at") var deactivatedAt: Date?

    init() {}
}
