import FluentKit
import Foundation

/// A first-run setup link's token, stored as its SHA-256 hash.
final class SetupTokenModel: Model, @unchecked Sendable {
    static let schema = "setup_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}
