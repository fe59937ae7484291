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
        return try await writer.write(by: Caller(organization: organization, identity: .system(label), role: .owner)) { transaction in
            try await OrganizationDirectory(database: transaction.database, clock: writer.clock).insert(organization)
            try await transaction.emit(.organizationCreated(id: organization.id))
            return organization
        }
    }

    /// The organization with `slug`, if any.
    public func organization(slug: String) async throws -> OrganizationDirectory.Organization? {
        try await directory.organization(slug: slug)
    }

    /// A caller acting for the organization `slug` as `label`, for command-line work: an owner, since whoever runs the
    /// command can open the database anyway.
    /// - Throws: ``OrganizationDirectory/Failure/unknownOrganization(_:)``.
    public func systemCaller(organizationSlug slug: String, label: String) async throws -> Caller {
        guard let organization = try await directory.organization(slug: slug) else {
            throw OrganizationDirectory.Failure.unknownOrganization(slug)
        }
        return Caller(organization: organization, identity: .system(label), role: .owner)
    }

    /// Makes a new API token of the caller's organization and returns it with its secret, which is shown only this once.
    /// - Parameter grant: what the token acts as: a service account with a role (admin at most), or a user (a
    ///   personal token for an owner needs ``Permission/manageOwners``).
    /// - Throws: ``PermissionDenied``, ``MissingObject/user``, ``TokenFailure``.
    public func createToken(name: String, grant: TokenGrant = .service(.admin), by caller: Caller) async throws -> NewToken {
        try caller.require(.manageTokens)
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count), !name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            throw TokenFailure.invalidName
        }
        return try await writer.write(by: caller) { transaction in
            let directory = OrganizationDirectory(database: transaction.database, clock: writer.clock)
            let created: (id: UUID, secret: String)
            switch grant {
            case .service(let role):
                guard role != .owner else { throw TokenFailure.ownerServiceToken }
                created = try await directory.createToken(organizationID: caller.organizationID, name: name, role: role)
            case .personal(let userID):
                let users = UserStore(database: transaction.database, clock: writer.clock)
                guard let user = try await users.find(userID, organizationID: caller.organizationID) else { throw MissingObject.user }
                guard user.isActive else { throw TokenFailure.userDeactivated }
                if user.role == .owner { try caller.require(.manageOwners) }
                created = try await directory.createToken(organizationID: caller.organizationID, name: name, role: user.role, userID: userID)
            }
            try await transaction.emit(.tokenCreated(id: created.id))
            guard let token = try await directory.token(created.id, organizationID: caller.organizationID) else { throw MissingObject.token }
            return NewToken(token: token, secret: created.secret)
        }
    }

    /// The caller's organization's tokens, newest first, revoked ones included.
    public func tokens(by caller: Caller) async throws -> [OrganizationDirectory.APIToken] {
        try caller.require(.manageTokens)
        return try await directory.tokens(organizationID: caller.organizationID)
    }

    /// Revokes the token `id`: refused at once here, and on other instances as soon as they hear of it.
    /// - Throws: ``MissingObject/token`` when the caller's organization has no such token.
    public func revokeToken(_ id: UUID, by caller: Caller) async throws {
        try caller.require(.manageTokens)
        return try await writer.write(by: caller) { transaction in
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
        guard let caller = try await directory.authenticate(token: token) else { return nil }
        caches.tokens.set(caller, for: key, readSince: generation)
        return caller
    }
}
