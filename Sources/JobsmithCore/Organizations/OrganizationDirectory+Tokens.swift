import FluentKit
import Foundation

extension OrganizationDirectory {
    /// An API token as the settings page lists it; the secret itself is never shown again.
    public struct APIToken: Sendable, Equatable {
        public let id: UUID
        public let name: String
        /// A service token's role; a personal token acts with its user's current role instead.
        public let role: Role
        /// The user a personal token acts as; nil for a service token.
        public let userID: UUID?
        public let createdAt: Date?
        public let revokedAt: Date?
    }

    /// Makes a new API token for the organization `organizationID` and returns its id and secret, shown only this once.
    /// - Parameters:
    ///   - role: what a service token may do (a personal token's row keeps its user's role at creation, for lists).
    ///   - userID: the user a personal token acts as; nil for a service token.
    package func createToken(organizationID: UUID, name: String, role: Role = .admin, userID: UUID? = nil) async throws -> (
        id: UUID, secret: String
    ) {
        let secret = Self.newSecret()
        let model = APITokenModel(organizationID: organizationID, name: name, tokenHash: Self.hash(secret), role: role, userID: userID)
        try await model.create(on: database)
        return (try model.requireID(), secret)
    }

    /// The organization's tokens, newest first, revoked ones included.
    package func tokens(organizationID: UUID) async throws -> [APIToken] {
        try await APITokenModel.query(on: database).filter(\.$organizationID == organizationID)
            .sort(\.$createdAt, .descending).all()
            .map(Self.token)
    }

    /// The organization's token `id`, if it has one.
    package func token(_ id: UUID, organizationID: UUID) async throws -> APIToken? {
        try await APITokenModel.query(on: database).filter(\.$id == id).filter(\.$organizationID == organizationID).first().map(Self.token)
    }

    /// Revokes every live personal token of `userID` (the user was deactivated) and returns their hashes, so caches of
    /// valid tokens can forget them.
    package func revokeTokens(userID: UUID) async throws -> [String] {
        let live = try await APITokenModel.query(on: database).filter(\.$userID == userID).filter(\.$revokedAt == nil).all()
        for token in live {
            token.revokedAt = clock.now()
            try await token.update(on: database)
        }
        return live.map(\.tokenHash)
    }

    /// The hashes of every personal token of `userID`, whose cached callers carry the user's role.
    package func tokenHashes(userID: UUID) async throws -> [String] {
        try await APITokenModel.query(on: database).filter(\.$userID == userID).all().map(\.tokenHash)
    }

    private static func token(_ model: APITokenModel) throws -> APIToken {
        APIToken(
            id: try model.requireID(), name: model.name, role: Role(rawValue: model.role) ?? .viewer, userID: model.userID,
            createdAt: model.createdAt, revokedAt: model.revokedAt
        )
    }

    /// Revokes the organization's token `id` and returns its hash, so caches of valid tokens can forget it. Revoking
    /// twice keeps the first time.
    /// - Throws: ``MissingObject/token`` when the organization has no such token.
    @discardableResult
    package func revokeToken(_ id: UUID, organizationID: UUID) async throws -> String {
        guard let token = try await APITokenModel.query(on: database).filter(\.$id == id).filter(\.$organizationID == organizationID).first()
        else { throw MissingObject.token }
        guard token.revokedAt == nil else { return token.tokenHash }
        token.revokedAt = clock.now()
        try await token.update(on: database)
        return token.tokenHash
    }

    /// The organization `id`, if it exists.
    package func organization(id: UUID) async throws -> Organization? {
        try await OrganizationModel.find(id, on: database).map { Organization(id: try $0.requireID(), slug: $0.slug, name: $0.name) }
    }

    /// A slug made from an organization name: lowercase ASCII letters and digits, other runs become one hyphen.
    public static func slug(from name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        while let first = slug.unicodeScalars.first, !("a"..."z").contains(first) { slug.removeFirst() }
        if slug.count < 2 { slug = "org" + (slug.isEmpty ? "" : "-" + slug) }
        return String(slug.prefix(63)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}
