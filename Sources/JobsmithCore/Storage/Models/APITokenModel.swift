import FluentKit
import Foundation

/// An API token; only the SHA-256 hash of the secret is stored.
final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    /// A ``Role`` raw value: what a service token may do. A personal token acts with its user's current role instead.
    @Field(key: "role") var role: String
    /// The user a personal token acts as; nil for a service token.
    @OptionalField(key: "user_id") var userID: UUID?

    init() {}

    init(organizationID: UUID, name: String, tokenHash: String, role: Role, userID: UUID?) {
        self.organizationID = organizationID
        self.name = name
        self.tokenHash = tokenHash
        self.role = role.rawValue
        self.userID = userID
    }
}
