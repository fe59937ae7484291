import Foundation

/// Organizations and their API tokens for every front door, and the bearer-token check of the API.
public struct OrganizationService: Sendable {
    let writer: Writer
    let directory: OrganizationDirectory
    let caches: ReadCaches

    package init(writer: Writer, caches: ReadCaches) {
        self.writer = writer
        directory = OrganizationDirectory(database: writer.owner.database, clock: writer.clock)
        self.caches = caches
    }

    /// Creates an organization with a unique URL-safe `slug`.
    /// - Parameter label: who creates it, recorded with the event (such as `jobsmith org create`).
    /// - Throws: ``OrganizationDirectory/Failure``.
    public func createOrganization(slug: String, name: String, by label: String) async throws -> OrganizationDirectory.Organization {
        let organization = try OrganizationDirectory.validatedOrganization(slug: slug, name: name)
        return try await writer.write(by: Caller(organization: organization, identity: .system(label))) { transaction in
            try await OrganizationDirectory(database: transaction.database, clock: writer.clock).insert(organization)
            try await transaction.emit(.organizationCreated(id: organization.id))
            return organization
        }
    }

    /// The organization with `slug`, if any.
    public func organization(slug: String) async throws -> OrganizationDirectory.Organization? {
        try await directory.organization(slug: slug)
    }

    /// A caller acting for the organization `slug` as `label`, for command-line work.
    /// - Throws: ``OrganizationDirectory/Failure/unknownOrganization(_:)``.
    public func systemCaller(organizationSlug slug: String, label: String) async throws -> Caller {
        guard let organization = try await directory.organization(slug: slug) else {
            throw OrganizationDirectory.Failure.unknownOrganization(slug)
        }
        return Caller(organization: organization, identity: .system(label))
    }

    /// Makes a new API token of the caller's organization and returns its secret, which is shown only this once.
    public func createToken(name: String, by caller: Caller) async throws -> String {
        try await writer.write(by: caller) { transaction in
            let token = try await OrganizationDirectory(database: transaction.database, clock: writer.clock)
                .createToken(organizationID: caller.organizationID, name: name)
            try await transaction.emit(.tokenCreated(id: token.id))
            return token.secret
        }
    }

    /// The caller's organization's tokens, newest first, revoked ones included.
    public func tokens(by caller: Caller) async throws -> [OrganizationDirectory.APIToken] {
        try await directory.tokens(organizationID: caller.organizationID)
    }

    /// Revokes the token `id`: refused at once here, and on other instances as soon as they hear of it.
    /// - Throws: ``StoreError/notFound`` when the caller's organization has no such token.
    public func revokeToken(_ id: UUID, by caller: Caller) async throws {
        try await writer.write(by: caller) { transaction in
            let hash = try await OrganizationDirectory(database: transaction.database, clock: writer.clock)
                .revokeToken(id, organizationID: caller.organizationID)
            try await transaction.emit(.tokenRevoked(id: id, hash: hash))
        }
    }

    /// The caller a presented bearer token acts as, or nil for an unknown or revoked token. Recently seen tokens are
    /// answered from memory.
    public func authenticate(token: String) async throws -> Caller? {
        let key = OrganizationDirectory.hash(token)
        if let cached = caches.tokens.value(for: key) { return cached }
        let generation = caches.tokens.generation
        guard let found = try await directory.authenticate(token: token) else { return nil }
        let caller = Caller(organization: found.organization, identity: .token(id: found.tokenID, name: found.tokenName))
        caches.tokens.set(caller, for: key, readSince: generation)
        return caller
    }
}
