import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import JobsmithCore
import JobsmithDomain
import Logging

@testable import JobsmithServer

/// Two organizations with a user and an API token each, for web-app route tests.
struct WebTestApp: Sendable {
    static let password = "correct horse battery"

    let owner: DatabaseOwner
    let organizationID: UUID
    let slug: String
    let otherOrganizationID: UUID
    let email: String
    let otherEmail: String
    let token: String
    let otherToken: String

    var database: any Database { owner.database }

    /// Creates a job description for the first organization directly in the store.
    func createJob(_ title: String = "Backend Developer", responsibilities: [String] = ["Design and build REST APIs", "Write tests", "Review code"])
        async throws -> StoredJobDescription
    {
        try await JobDescriptionStore(database: database).create(
            .init(title: title, summary: "Build our services.", responsibilities: responsibilities), organizationID: organizationID,
            author: "Seed <seed@example.com>"
        )
    }
}

extension WebTestApp {
    /// Creates two organizations on `owner`, each with an API token and (unless `users` is false) a user.
    static func seed(_ owner: DatabaseOwner, users: Bool) async throws -> WebTestApp {
        let directory = OrganizationDirectory(database: owner.database)
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let first = try await directory.createOrganization(slug: "acme-\(suffix)", name: "Acme <Test> & Co")
        let second = try await directory.createOrganization(slug: "globex-\(suffix)", name: "Globex")
        let store = UserStore(database: owner.database, hasher: PasswordHasher(cost: 4))
        let app = WebTestApp(
            owner: owner, organizationID: first.id, slug: first.slug, otherOrganizationID: second.id, email: "ada-\(suffix)@acme.test",
            otherEmail: "grace-\(suffix)@globex.test",
            token: try await directory.createToken(organizationSlug: first.slug, name: "tests"),
            otherToken: try await directory.createToken(organizationSlug: second.slug, name: "tests")
        )
        if users {
            _ = try await store.create(email: app.email, name: "Ada <Lovelace>", password: WebTestApp.password, organizationID: first.id)
            _ = try await store.create(email: app.otherEmail, name: "Grace Hopper", password: WebTestApp.password, organizationID: second.id)
        }
        return app
    }
}

/// Builds the real application on `database` with two organizations, each with a user, and runs `body` with its client.
/// - Parameter users: false for a database without users (first-run setup); on PostgreSQL it then gets a scratch database.
func withWebTestApp<T: Sendable>(
    _ database: TestDatabase, users: Bool = true, _ body: @escaping @Sendable (any TestClientProtocol, WebTestApp) async throws -> T
) async throws -> T {
    try await database.limited { try await withWebTestAppUnlimited(database, users: users, body) }
}

private func withWebTestAppUnlimited<T: Sendable>(
    _ database: TestDatabase, users: Bool = true, _ body: @Sendable (any TestClientProtocol, WebTestApp) async throws -> T
) async throws -> T {
    var logger = Logger(label: "jobsmith-test")
    logger.logLevel = .warning
    let location = users ? database.makeLocation() : try await database.makeScratchLocation()
    let owner = try DatabaseOwner(location: location, logger: logger)
    let app: WebTestApp
    let application: any ApplicationProtocol
    do {
        try await owner.migrate()
        app = try await WebTestApp.seed(owner, users: users)
        var settings = ServerSettings(port: 0, database: location, logLevel: .warning)
        settings.passwordHashCost = 4
        // Many requests with one browser's session; the rate-limit tests turn the limits on themselves.
        settings.rateLimits = .off
        // A re-check covers every organization of the shared test database; the compliance tests run it themselves.
        settings.complianceRecheckInterval = nil
        application = try await buildApplication(settings, databaseOwner: owner, logger: logger)
    } catch {
        // The application closes the database when it runs; until then it is this function's to close.
        await owner.close()
        throw error
    }
    let result = try await application.test(.router) { client in
        try await body(client, app)
    }
    if !users { try await TestDatabase.dropScratch(location) }
    return result
}
