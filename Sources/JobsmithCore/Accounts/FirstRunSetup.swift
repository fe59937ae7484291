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

    /// A setup request checked, with its password hashed, ready for ``complete(token:with:organization:)``; hashing
    /// takes a while (bcrypt), so it happens before any transaction.
    package struct Prepared: Sendable {
        let email: String
        let name: String
        let passwordHash: String
        /// The organization's slug, made from its name when the form left it empty.
        package let slug: String
        /// The name of the organization setup creates when none has the slug yet.
        package let organizationName: String
    }

    /// Checks `request` and hashes its password.
    /// - Throws: ``OrganizationDirectory/Failure`` or ``UserStore/Failure`` for bad input.
    package func prepare(_ request: Request) async throws -> Prepared {
        let email = try UserStore.validEmail(request.email)
        try UserStore.checkPassword(request.password)
        let name = try UserStore.validName(request.name, email: email)
        let slug =
            request.organizationSlug.trimmingCharacters(in: .whitespaces).isEmpty
            ? OrganizationDirectory.slug(from: request.organizationName) : request.organizationSlug.trimmingCharacters(in: .whitespaces)
        guard OrganizationDirectory.isValidSlug(slug) else { throw OrganizationDirectory.Failure.invalidSlug(slug) }
        return Prepared(
            email: email, name: name, passwordHash: try await hasher.hash(request.password), slug: slug, organizationName: request.organizationName
        )
    }

    /// Uses `token` up and creates the first user in `organization`, its owner, creating the organization too unless it exists
    /// (made earlier with `jobsmith org create`). Runs inside the caller's write transaction, so nothing is created
    /// when anything fails and the token stays valid.
    /// - Throws: ``Failure/unavailable`` when the token is unknown or used or a user exists;
    ///   ``OrganizationDirectory/Failure`` when the organization's slug was taken meanwhile.
    package func complete(token: String, with prepared: Prepared, organization: OrganizationDirectory.Organization) async throws -> UserStore.User {
        let sql = database as! any SQLDatabase
        // Every token goes in one statement that locks the rows in one order: parallel setups (with the same or
        // different tokens) then wait for each other instead of deadlocking, and the ones after the first find no
        // token left. Only a request that brought one of them goes on.
        let hash = OrganizationDirectory.hash(token)
        let used = try await sql.delete(from: SetupTokenModel.schema).returning("token_hash").all()
        guard try used.contains(where: { try $0.decode(column: "token_hash", as: String.self) == hash }),
            try await UserModel.query(on: database).count() == 0
        else { throw Failure.unavailable }
        let directory = OrganizationDirectory(database: database, clock: clock)
        if try await directory.organization(id: organization.id) == nil { try await directory.insert(organization) }
        return try await UserStore(database: database, clock: clock)
            .insert(
                .init(email: prepared.email, name: prepared.name, passwordHash: prepared.passwordHash, organizationID: organization.id, role: .owner)
            )
    }
}
