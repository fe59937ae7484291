import FluentKit
import Foundation

/// A signed-in browser session. The cookie holds a random token; only its SHA-256 hash is stored here.
final class SessionModel: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "user_id") var userID: UUID
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "renewed_at") var renewedAt: Date
    @Field(key: "expires_at") var expiresAt: Date

    init() {}
}
