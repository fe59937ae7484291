import FluentKit
import Foundation
import SQLKit

/// The first-run setup link: while no user exists, `jobsmith serve` prints a one-time link whose page creates the
/// first organization and its first user. Tokens are stored hashed; once a user exists, setup is gone for good.
public struct FirstRunSetup: Sendable {
    let database: any Database
    let hasher: PasswordHasher
    let clock: WallClock

    package init(database: any Database, hasher: PasswordHasher = PasswordHasher(), clock: WallClock = .system) {
        self.database = database
        self.hasher = hasher
        self.clock = clock
    }

    /// What the setup form asks for.
    public struct Request: Sendable {
        public var organizationName: String
        /// Made from the organization name when empty.
        public var organizationSlug: String
        public var name: String
        public var email: String
        public var password: String

        public init(organizationName: String, organizationSlug: String, name: String, email: String, password: String) {
            self.organizationName = organizationName
            self.organizationSlug = organizationSlug
            self.name = name
            self.email = email
            self.password = password
        }
    }

    /// Lets one first-run setup at a time into the database in this process: SQLite (one process by nature) would
    /// answer a second writing transaction at once with "database is locked"; PostgreSQL's row locks already order
    /// the setups of several instances.
    private static let oneAtATime = WriteGate()

    /// Why setup did not happen.
    public enum Failure: Error, Equatable {
        /// The token is unknown or used, or a user already exists.
        case unavailable
    }

    /// Whether no user exists yet.
    package func isNeeded() async throws -> Bool {
        try await UserModel.query(on: database).count() == 0
    }

    /// A new setup token, or nil when setup is no longer needed. Earlier unused tokens stay valid until setup is done.
    package func makeToken() async throws -> String? {
        guard try await isNeeded() else { return nil }
        let token = SecretToken.make()
        let model = SetupTokenModel()
        model.id = UUID()
        model.tokenHash = OrganizationDirectory.hash(token)
        model.createdAt = clock.now()
        try await model.create(on: database)
        return token
    }

    /// Whether `token` would be accepted now.
    package func isValid(token: String) async throws -> Bool {
        guard (20...200).contains(token.utf8.count), try await isNeeded() else { return false }
        return try await SetupTokenModel.query(on: database).filter(\.$tokenHash == OrganizationDirectory.hash(token)).first() != nil
    }

    /// Uses `token` up, creating the organization and its first user together; nothing is created when anything fails.
    /// - Throws: ``Failure/unavailable``, ``OrganizationDirectory/Failure`` or ``UserStore/Failure`` for bad input
    ///   (the token is then still valid).
    package func complete(token: String, with request: Request) async throws -> (OrganizationDirectory.Organization, UserStore.User) {
        let email = try UserStore.validEmail(request.email)
        try UserStore.checkPassword(request.password)
        _ = try UserStore.validName(request.name, email: email)
        let slug =
            request.organizationSlug.trimmingCharacters(in: .whitespaces).isEmpty
            ? OrganizationDirectory.slug(from: request.organizationName) : request.organizationSlug.trimmingCharacters(in: .whitespaces)
        guard OrganizationDirectory.isValidSlug(slug) else { throw OrganizationDirectory.Failure.invalidSlug(slug) }
        // bcrypt takes a while: hash before the transaction, not inside it.
        let passwordHash = try await hasher.hash(request.password)
        let name = try UserStore.validName(request.name, email: email)
        let database = database
        let clock = clock
        return try await Self.oneAtATime.withWrite {
            try await Self.complete(
                token: token, with: request, email: email, name: name, passwordHash: passwordHash, slug: slug, clock: clock, on: database
            )
        }
    }

    private static func complete(
        token: String, with request: Request, email: String, name: String, passwordHash: String, slug: String, clock: WallClock,
        on database: any Database
    ) async throws -> (OrganizationDirectory.Organization, UserStore.User) {
        try await database.transaction { database in
            let sql = database as! any SQLDatabase
            // Every token goes in one statement that locks the rows in one order: parallel setups (with the same or
            // different tokens) then wait for each other instead of deadlocking, and the ones after the first find
            // no token left. Only a request that brought one of them goes on.
            let hash = OrganizationDirectory.hash(token)
            let used = try await sql.delete(from: SetupTokenModel.schema).returning("token_hash").all()
            guard try used.contains(where: { try $0.decode(column: "token_hash", as: String.self) == hash }),
                try await UserModel.query(on: database).count() == 0
            else { throw Failure.unavailable }
            // An organization made earlier with `jobsmith org create` gets its first user; otherwise it is created.
            let directory = OrganizationDirectory(database: database)
            let existing = try await directory.organization(slug: slug)
            let organization: OrganizationDirectory.Organization
            if let existing {
                organization = existing
            } else {
                organization = try OrganizationDirectory.validatedOrganization(slug: slug, name: request.organizationName)
                try await directory.insert(organization)
            }
            let user = try await UserStore(database: database, clock: clock)
                .insert(.init(email: email, name: name, passwordHash: passwordHash, organizationID: organization.id))
            return (organization, user)
        }
    }
}
