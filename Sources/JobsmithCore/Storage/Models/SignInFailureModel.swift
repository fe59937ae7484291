import FluentKit
import Foundation

/// One failed sign-in, filed under `email:ADDRESS` and `ip:ADDRESS` keys.
final class SignInFailureModel: Model, @unchecked Sendable {
    static let schema = "sign_in_failures"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(key: String, createdAt: Date) {
        self.key = key
        self.createdAt = createdAt
    }
}
