import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import JobsmithCore
import JobsmithServer
import Logging
import Prometheus

/// Two organizations with a token each, so every test can check that one never sees the other's data.
struct TestOrganizations: Sendable {
    let slug: String
    let token: String
    let otherSlug: String
    let otherToken: String
    /// The application's database, for tests that change data behind the application's back.
    let database: any Database
    /// Where that database is, for tests that open it a second time, as another process would.
    let location: DatabaseLocation
}

/// Builds the real application on `database`, seeds two organizations and runs `body` against its router.
/// - Parameters:
///   - now: the server's clock; the real one when nil.
///   - publicBaseURL: the server's public address; `http://127.0.0.1:0` when nil.
///   - setup: `.live` for a real server on a loopback port (`client.port`), for tests of the HTTP layer itself.
///   - complianceRecheck: how often the server asks whether open postings are due their compliance re-check; never
///     when nil. A re-check covers every organization of the database, so tests that turn it on get a database of
///     their own.
///   - metrics: the registry the application measures into; its metrics server listens on a free loopback port.
///   - rateLimits: the API rate limits; off unless a test is about them, since tests send many requests with a token.
///   - trustedProxies: whose `X-Forwarded-For` is believed.
func withTestApp<T: Sendable>(
    _ database: TestDatabase,
    now: (@Sendable () -> Date)? = nil,
    publicBaseURL: String? = nil,
    setup: TestingSetup = .router,
    complianceRecheck: Duration? = nil,
    metrics: PrometheusCollectorRegistry? = nil,
    rateLimits: RateLimits = .off,
    trustedProxies: TrustedProxies = .none,
    _ body: @escaping @Sendable (any TestClientProtocol, TestOrganizations) async throws -> T
) async throws -> T {
    try await database.limited {
        let location = complianceRecheck == nil ? database.makeLocation() : try await database.makeScratchLocation()
        do {
            let result = try await withTestAppUnlimited(
                location, now: now, publicBaseURL: publicBaseURL, setup: setup, complianceRecheck: complianceRecheck, metrics: metrics,
                rateLimits: rateLimits, trustedProxies: trustedProxies, body)
            if complianceRecheck != nil { try await TestDatabase.dropScratch(location) }
            return result
        } catch {
            if complianceRecheck != nil { try? await TestDatabase.dropScratch(location) }
            throw error
        }
    }
}

private func withTestAppUnlimited<T: Sendable>(
    _ location: DatabaseLocation,
    now: (@Sendable () -> Date)?,
    publicBaseURL: String?,
    setup: TestingSetup,
    complianceRecheck: Duration?,
    metrics: PrometheusCollectorRegistry?,
    rateLimits: RateLimits,
    trustedProxies: TrustedProxies,
    _ body: @Sendable (any TestClientProtocol, TestOrganizations) async throws -> T
) async throws -> T {
    var logger = Logger(label: "jobsmith-test")
    logger.logLevel = .warning
    let owner = try DatabaseOwner(location: location, logger: logger)
    let organizations: TestOrganizations
    let app: any ApplicationProtocol
    do {
        try await owner.migrate()
        let directory = OrganizationDirectory(database: owner.database)
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let first = try await directory.createOrganization(slug: "acme-\(suffix)", name: "Acme <Test> & Co")
        let second = try await directory.createOrganization(slug: "globex-\(suffix)", name: "Globex")
        organizations = TestOrganizations(
            slug: first.slug,
            token: try await directory.createToken(organizationSlug: first.slug, name: "tests"),
            otherSlug: second.slug,
            otherToken: try await directory.createToken(organizationSlug: second.slug, name: "tests"),
            database: owner.database,
            location: location
        )
        var settings = ServerSettings(
            port: 0, database: location, logLevel: .warning, publicBaseURL: publicBaseURL, now: now ?? { Date() }
        )
        settings.complianceRecheckInterval = complianceRecheck
        settings.metrics = metrics.map { MetricsSettings(registry: $0, port: 0) }
        settings.rateLimits = rateLimits
        settings.trustedProxies = trustedProxies
        app = try await buildApplication(settings, databaseOwner: owner, logger: logger)
    } catch {
        // The application closes the database when it runs; until then it is this function's to close.
        await owner.close()
        throw error
    }
    return try await app.test(setup) { client in
        try await body(client, organizations)
    }
}

/// Opens and migrates a database on `database` for tests that use the stores directly, and always closes it.
func withMigratedDatabase<T: Sendable>(_ database: TestDatabase, _ body: (DatabaseOwner) async throws -> T) async throws -> T {
    var logger = Logger(label: "jobsmith-test")
    logger.logLevel = .warning
    let owner = try DatabaseOwner(location: database.makeLocation(), logger: logger)
    do {
        try await owner.migrate()
        let result = try await body(owner)
        await owner.close()
        return result
    } catch {
        await owner.close()
        throw error
    }
}
