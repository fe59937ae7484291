import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JobsmithCore
import Logging
import SQLKit
import Testing

@testable import JobsmithServer

/// Two instances of the application in one process on one PostgreSQL database, as when several stateless instances
/// run behind a load balancer: what one writes, the other serves, checks and publishes.
@Suite("Several instances on one PostgreSQL database", .enabled(if: TestDatabase.postgresURL != nil))
struct TwoInstanceTests {
    /// How soon a change made through one instance must be served by the other.
    static let propagation: Duration = .milliseconds(200)

    @Test("a write through one instance is served, checked and published by the other")
    func writeThroughOne() async throws {
        try await withTwoInstances { first, second, app in
            let id = try await first.client.createJobDescription(token: app.token)
            let path = "/api/v1/job-descriptions/\(id)"
            // The second instance reads (and caches) version 1.
            #expect(try await second.client.send(.get, path, token: app.token).headers[.eTag] == "\"v1\"")
            let patch: HTTPFields = [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            let edited = try await first.client.send(.patch, path, token: app.token, body: #"{"title": "Changed on the first"}"#, headers: patch)
            #expect(edited.status == .ok)
            #expect(try await Self.within(Self.propagation) { try await second.client.send(.get, path, token: app.token).headers[.eTag] == "\"v2\"" })
            #expect(try await second.client.send(.get, path, token: app.token).json["title"] as? String == "Changed on the first")
            // The current version is never refused, and If-Match: * means the stored version, on either instance.
            let next: HTTPFields = [.ifMatch: "\"v2\"", .contentType: "application/merge-patch+json"]
            let second3 = try await second.client.send(.patch, path, token: app.token, body: #"{"summary": "Second"}"#, headers: next)
            #expect(second3.headers[.eTag] == "\"v3\"")
            let any: HTTPFields = [.ifMatch: "*", .contentType: "application/merge-patch+json"]
            let first4 = try await first.client.send(.patch, path, token: app.token, body: #"{"summary": "Fourth"}"#, headers: any)
            #expect(first4.headers[.eTag] == "\"v4\"")
            // Publishing right after an edit on the other instance publishes that edit.
            let posting = try await second.client.publish(id, token: app.token, ["force": true])
            #expect(posting["version"] as? Int == 4)
            let board = "/boards/\(app.slug)/jobs/\(try #require(posting["id"] as? String))"
            #expect(try await second.client.page(board).body.contains("Fourth"))
            // Unpublishing through the first takes the posting off the second's public board.
            #expect(try await first.client.send(.post, "\(path)/unpublish", token: app.token).status == .noContent)
            #expect(try await Self.within(Self.propagation) { try await second.client.page(board).status == .notFound })
        }
    }

    @Test("a template added, changed or deleted through one instance is searched accordingly on the other")
    func templateChanges() async throws {
        try await withTwoInstances { first, second, app in
            func titles(_ query: String) async throws -> [String] {
                let found = try await second.client.send(.get, "/api/v1/templates?q=\(query)", token: app.token)
                return (found.json["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
            }
            // The second instance builds its catalog before the change.
            #expect(try await titles("quasarwrangler").isEmpty)
            func template(_ title: String) -> [String: Any] {
                [
                    "slug": "quasar-wrangler", "department": "science", "level": "mid", "tags": ["quasarwrangler"],
                    "document": ["title": title, "summary": "Keeps quasars in line.", "responsibilities": ["Wrangle quasars"]],
                ]
            }
            let created = try await first.client.send(.post, "/api/v1/templates", token: app.token, json: template("Quasar Wrangler"))
            #expect(created.status == .created)
            #expect(try await Self.within(Self.propagation) { try await titles("quasarwrangler") == ["Quasar Wrangler"] })
            let replaced = try await first.client.send(.put, "/api/v1/templates/quasar-wrangler", token: app.token, json: template("Pulsar Wrangler"))
            #expect(replaced.status == .ok)
            #expect(try await Self.within(Self.propagation) { try await titles("quasarwrangler") == ["Pulsar Wrangler"] })
            #expect(try await first.client.send(.delete, "/api/v1/templates/quasar-wrangler", token: app.token).status == .noContent)
            #expect(try await Self.within(Self.propagation) { try await titles("quasarwrangler").isEmpty })
        }
    }

    @Test("a token revoked through one instance stops working on the other")
    func revokedToken() async throws {
        try await withTwoInstances { first, second, app in
            #expect(try await second.client.send(.get, "/api/v1/job-descriptions", token: app.token).status == .ok)
            let token = try #require(try await OrganizationDirectory(database: app.database).tokens(organizationID: app.organizationID).first)
            let browser = try await Browser.signedIn(first.client, as: app.email)
            #expect(try await browser.post("/settings/tokens/\(token.id.uuidString.lowercased())/revoke").status == .seeOther)
            #expect(
                try await Self.within(Self.propagation) {
                    try await second.client.send(.get, "/api/v1/job-descriptions", token: app.token).status == .unauthorized
                })
        }
    }

    @Test("while one instance writes and the other reads all the time, no stale read outlasts the propagation bound")
    func noLastingStaleRead() async throws {
        try await withTwoInstances { first, second, app in
            let id = try await first.client.createJobDescription(token: app.token)
            let path = "/api/v1/job-descriptions/\(id)"
            let readers = Task {
                // Reads racing the writes below, so a value read just before a change could be cached just after it.
                while !Task.isCancelled {
                    _ = try await second.client.send(.get, path, token: app.token)
                }
            }
            defer { readers.cancel() }
            for version in 2...11 {
                let headers: HTTPFields = [.ifMatch: "\"v\(version - 1)\"", .contentType: "application/merge-patch+json"]
                let edited = try await first.client.send(.patch, path, token: app.token, body: #"{"summary": "Edit \#(version)"}"#, headers: headers)
                #expect(edited.headers[.eTag] == "\"v\(version)\"")
                let current = try await Self.within(Self.propagation) {
                    try await second.client.send(.get, path, token: app.token).headers[.eTag] == "\"v\(version)\""
                }
                #expect(current, "the second instance still served an older version than v\(version)")
            }
            // And once current, it stays current: no racing read put an old version back.
            var served: Set<String> = []
            let deadline = ContinuousClock.now + .milliseconds(300)
            while ContinuousClock.now < deadline {
                served.insert(try await second.client.send(.get, path, token: app.token).headers[.eTag] ?? "none")
            }
            #expect(served == ["\"v11\""])
        }
    }

    @Test("after its listening connection drops, an instance reconnects and forgets what it may have missed")
    func reconnects() async throws {
        try await withTwoInstances { first, second, app in
            let id = try await first.client.createJobDescription(token: app.token)
            let path = "/api/v1/job-descriptions/\(id)"
            #expect(try await second.client.send(.get, path, token: app.token).headers[.eTag] == "\"v1\"")
            // The database ends the second instance's listening connection, as a restart would.
            let database = app.database as! any SQLDatabase
            let name = ChangeListener.applicationName(of: second.instance)
            let terminated = try await database.raw(
                "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = \(bind: name)"
            ).all()
            #expect(terminated.count == 1)
            // Announced while (or just before) the second was not listening: only the reconnect's eviction can show it.
            let headers: HTTPFields = [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            _ = try await first.client.send(.patch, path, token: app.token, body: #"{"summary": "Missed"}"#, headers: headers)
            #expect(try await Self.within(.seconds(1)) { try await second.client.send(.get, path, token: app.token).headers[.eTag] == "\"v2\"" })
            let listening = try await Self.within(.seconds(2)) {
                try await database.raw("SELECT pid FROM pg_stat_activity WHERE application_name = \(bind: name)").all().count == 1
            }
            #expect(listening, "the second instance did not listen again")
            // Listening again, it hears of the next change at once.
            #expect(try await second.client.send(.get, path, token: app.token).headers[.eTag] == "\"v2\"")
            let again: HTTPFields = [.ifMatch: "\"v2\"", .contentType: "application/merge-patch+json"]
            _ = try await first.client.send(.patch, path, token: app.token, body: #"{"summary": "Heard"}"#, headers: again)
            #expect(try await Self.within(Self.propagation) { try await second.client.send(.get, path, token: app.token).headers[.eTag] == "\"v3\"" })
        }
    }

    /// Whether `condition` holds within `bound`, asking every few milliseconds.
    static func within(_ bound: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + bound
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(5))
        }
        return try await condition()
    }
}

/// One of the instances: its router client and the name it listens under.
struct TestInstance: Sendable {
    let client: any TestClientProtocol
    let instance: UUID
}

/// Runs `body` with two applications built on the same PostgreSQL database, seeded like ``withWebTestApp(_:users:_:)``.
/// - Parameters:
///   - rateLimits: the API rate limits of both; off unless a test is about them.
///   - now: both servers' clock; the real one when nil.
func withTwoInstances(
    rateLimits: RateLimits = .off, now: (@Sendable () -> Date)? = nil,
    _ body: @escaping @Sendable (TestInstance, TestInstance, WebTestApp) async throws -> Void
) async throws {
    try await TestDatabase.postgres.limited(permits: 2) {
        var logger = Logger(label: "jobsmith-test")
        logger.logLevel = .warning
        let location = TestDatabase.postgres.makeLocation()
        var settings = ServerSettings(port: 0, database: location, logLevel: .warning, now: now ?? { Date() })
        settings.passwordHashCost = 4
        settings.rateLimits = rateLimits
        var secondSettings = settings
        secondSettings.instance = UUID()
        let instances = (settings.instance, secondSettings.instance)
        let firstOwner = try DatabaseOwner(location: location, logger: logger)
        let seeded: WebTestApp
        let first: any ApplicationProtocol
        let second: any ApplicationProtocol
        do {
            try await firstOwner.migrate()
            seeded = try await WebTestApp.seed(firstOwner, users: true)
            first = try await buildApplication(settings, databaseOwner: firstOwner, logger: logger)
            second = try await buildApplication(secondSettings, logger: logger)
        } catch {
            await firstOwner.close()
            throw error
        }
        try await first.test(.router) { firstClient in
            try await second.test(.router) { secondClient in
                try await body(
                    TestInstance(client: firstClient, instance: instances.0),
                    TestInstance(client: secondClient, instance: instances.1), seeded
                )
            }
        }
    }
}
