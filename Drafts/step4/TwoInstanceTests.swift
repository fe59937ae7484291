import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JobsmithCore
import JobsmithServer
import Logging
import Testing

/// Two instances of the application in one process on one PostgreSQL database, as when several stateless instances
/// run behind a load balancer.
@Suite("Several instances on one PostgreSQL database", .enabled(if: TestDatabase.postgresURL != nil))
struct TwoInstanceTests {
    /// How soon a change made through one instance must be served by the other.
    static let propagation: Duration = .milliseconds(200)

    @Test("a write through one instance is served, checked and published by the other")
    func writeThroughOne() async throws {
        try await withTwoInstances { first, second, app in
            let id = try await first.createJobDescription(token: app.token)
            let path = "/api/v1/job-descriptions/\(id)"
            // The second instance reads (and caches) version 1.
            #expect(try await second.send(.get, path, token: app.token).headers[.eTag] == "\"v1\"")
            let patch: HTTPFields = [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            #expect(try await first.send(.patch, path, token: app.token, body: #"{"title": "Changed on the first"}"#, headers: patch).status == .ok)
            let served = try await Self.eventually {
                try await second.send(.get, path, token: app.token).headers[.eTag] == "\"v2\""
            }
            #expect(served, "the second instance still served version 1 after \(Self.propagation)")
            // The current version is never refused, and If-Match: * means the stored version, on either instance.
            let next: HTTPFields = [.ifMatch: "\"v2\"", .contentType: "application/merge-patch+json"]
            #expect(try await second.send(.patch, path, token: app.token, body: #"{"summary": "Second"}"#, headers: next).headers[.eTag] == "\"v3\"")
            let any: HTTPFields = [.ifMatch: "*", .contentType: "application/merge-patch+json"]
            #expect(try await first.send(.patch, path, token: app.token, body: #"{"summary": "Fourth"}"#, headers: any).headers[.eTag] == "\"v4\"")
            // Publishing right after an edit on the other instance publishes that edit.
            let published = try await second.send(
                .post, "\(path)/publish", token: app.token, json: ["applyUrl": "https://acme.example/jobs", "force": true]
            )
            #expect(published.status == .ok)
            #expect(published.json["version"] as? Int == 4)
            #expect(try await second.send(.get, path, token: app.token).json["summary"] as? String == "Fourth")
        }
    }

    @Test("a token revoked on one instance stops working on the other")
    func revokedToken() async throws {
        try await withTwoInstances { first, second, app in
            #expect(try await second.send(.get, "/api/v1/job-descriptions", token: app.token).status == .ok)
            let token = try #require(try await OrganizationDirectory(database: app.database).tokens(organizationID: app.organizationID).first)
            let browser = try await Browser.signedIn(first, as: app.email)
            #expect(try await browser.post("/settings/tokens/\(token.id.uuidString.lowercased())/revoke").status == .seeOther)
            let refused = try await Self.eventually {
                try await second.send(.get, "/api/v1/job-descriptions", token: app.token).status == .unauthorized
            }
            #expect(refused, "the second instance still accepted the revoked token after \(Self.propagation)")
        }
    }

    /// Whether `condition` holds within ``propagation``, asking every few milliseconds.
    static func eventually(_ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + propagation
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(5))
        }
        return try await condition()
    }
}

/// Runs `body` with the router clients of two applications built on the same PostgreSQL database, seeded like
/// ``withWebTestApp(_:users:_:)``.
func withTwoInstances(_ body: @escaping @Sendable (any TestClientProtocol, any TestClientProtocol, WebTestApp) async throws -> Void) async throws {
    try await TestDatabase.postgres.limited {
        try await TestDatabase.postgres.limited {
            var logger = Logger(label: "jobsmith-test")
            logger.logLevel = .warning
            let location = TestDatabase.postgres.makeLocation()
            var settings = ServerSettings(port: 0, database: location, logLevel: .warning)
            settings.passwordHashCost = 4
            let firstOwner = try DatabaseOwner(location: location, logger: logger)
            let seeded: WebTestApp
            let first: any ApplicationProtocol
            let second: any ApplicationProtocol
            do {
                try await firstOwner.migrate()
                seeded = try await WebTestApp.seed(firstOwner, users: true)
                first = try await buildApplication(settings, databaseOwner: firstOwner, logger: logger)
                second = try await buildApplication(settings, logger: logger)
            } catch {
                await firstOwner.close()
                throw error
            }
            try await first.test(.router) { firstClient in
                try await second.test(.router) { secondClient in
                    try await body(firstClient, secondClient, seeded)
                }
            }
        }
    }
}
