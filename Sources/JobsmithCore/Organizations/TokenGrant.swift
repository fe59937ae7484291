import Foundation

/// What a new API token acts as.
public enum TokenGrant: Sendable, Equatable {
    /// A service account with its own role (admin at most).
    case service(Role)
    /// A user: the token acts with that user's current role, and ends when the user is deactivated.
    case personal(userID: UUID)
}

/// A token just made: what lists show of it, and its secret, shown only this once.
public struct NewToken: Sendable, Equatable {
    public let token: OrganizationDirectory.APIToken
    public let secret: String
}

/// Why a token could not be made; each message is one line for people.
public enum TokenFailure: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidName
    case ownerServiceToken
    case userDeactivated
    case roleAndUser

    public var description: String {
        switch self {
        case .invalidName: "the token name must be 1–100 characters"
        case .ownerServiceToken: "a service token's role is admin at most; owners act through personal tokens"
        case .userDeactivated: "the user is deactivated; reactivate them before making them a token"
        case .roleAndUser: "give either a role (a service token) or a user (a personal token), not both"
        }
    }
}
