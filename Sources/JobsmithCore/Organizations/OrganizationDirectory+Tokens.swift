import FluentKit
import Foundation

extension OrganizationDirectory {
    /// An API token as the settings page lists it; the secret itself is never shown again.
    public struct APIToken: Sendable, Equatable {
        public let id: UUID
        public let name: String
        public let createdAt: Date?
        public let revokedAt: Date?
    }

    /// Makes a new API token for the organization `organizationID` and returns its id and secret, shown only this once.
    package func createToken(organizationID: UUID, name: String) async throws -> (id: UUID, secret: String) {
        let secret = Self.newSecret()
        let model = APITokenModel(organizationID: organizationID, name: name, tokenHash: Self.hash(secret))
        try await model.create(on: database)
        return (try model.requireID(), secret)
    }

    /// The organization's tokens, newest first, revoked ones included.
    package func tokens(organizationID: UUID) async throws -> [APIToken] {
        try await APITokenModel.query(on: database).filter(\.$organizationID == organizationID)
            .sort(\.$createdAt, .descending).all()
            .map { APIToken(id: try $0.requireID(), name: $0.name, createdAt: $0.createdAt, revokedAt: $0.revokedAt) }
    }

    /// Revokes the organization's token `id` and returns its hash, so caches of valid tokens can forget it. Revoking
    /// twice keeps the first time.
    /// - Throws: ``StoreError/notFound`` when the organization has no such token.
    @discardableResult
    package func revokeToken(_ id: UUID, organizationID: UUID) async throws -> String {
        guard let token = try await APITokenModel.query(on: database).filter(\.$id == id).filter(\.$organizationID == organizationID).first()
        else { throw StoreError.notFound }
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
