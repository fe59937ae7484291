import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

/// The API rate limits: 429 problem+json with `Retry-After` past the limit, counts shared in the database, and the
/// client address taken from `X-Forwarded-For` only behind a trusted proxy.
@Suite("API rate limits")
struct RateLimitTests {
    /// Halfway through the current minute, so a test's requests stay in one window.
    static let midMinute: Date = {
        let now = Date().timeIntervalSince1970
        return Date(timeIntervalSince1970: (now / 60).rounded(.down) * 60 + 30)
    }()

    @Test("past the per-token limit: 429 problem+json with Retry-After; other tokens go on", arguments: TestDatabase.available)
    func perToken(database: TestDatabase) async throws {
        let now = Self.midMinute
        try await withTestApp(database, now: { now }, rateLimits: RateLimits(perToken: 3, perAddress: 0)) { client, orgs in
            for _ in 0..<3 { #expect(try await client.send(.get, "/api/v1/job-descriptions", token: orgs.token).status == .ok) }
            let refused = try await client.send(.get, "/api/v1/job-descriptions", token: orgs.token)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect(refused.headers[.retryAfter] == "30")
            #expect(refused.json["status"] as? Int == 429)
            // Before the body is read or the token checked: a write and an unknown token are refused alike.
            #expect(try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: [:]).status == .tooManyRequests)
            #expect(try await client.send(.get, "/api/v1/job-descriptions", token: orgs.otherToken).status == .ok)
            // Refused requests are not counted; the shared row holds the three admitted.
            #expect(try await Self.sharedHits(orgs, token: orgs.token) == 3)
        }
    }

    @Test("what an instance counted below a batch reaches the shared count within a second", arguments: TestDatabase.available)
    func flushedEverySecond(database: TestDatabase) async throws {
        let now = Self.midMinute
        try await withTestApp(database, now: { now }, rateLimits: RateLimits(perToken: 1000, perAddress: 0)) { client, orgs in
            #expect(RateLimiter.batch(for: 1000) > 3)
            for _ in 0..<3 { #expect(try await client.send(.get, "/api/v1/job-descriptions", token: orgs.token).status == .ok) }
            var hits = try await Self.sharedHits(orgs, token: orgs.token)
            let deadline = ContinuousClock.now + .seconds(3)
            while hits != 3, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
                hits = try await Self.sharedHits(orgs, token: orgs.token)
            }
            #expect(hits == 3)
        }
    }

    @Test("two instances on one database share the count")
    func sharedBetweenInstances() async throws {
        guard TestDatabase.postgresURL != nil else { return }
        let now = Self.midMinute
        try await withTwoInstances(rateLimits: RateLimits(perToken: 4, perAddress: 0), now: { now }) { first, second, app in
            func list(on instance: TestInstance) async throws -> HTTPResponse.Status {
                try await instance.client.send(.get, "/api/v1/job-descriptions", token: app.token).status
            }
            let statuses = [
                try await list(on: first), try await list(on: first), try await list(on: second), try await list(on: second),
                try await list(on: first), try await list(on: second),
            ]
            #expect(statuses == [.ok, .ok, .ok, .ok, .tooManyRequests, .tooManyRequests])
        }
    }

    @Test("the client address is the socket peer unless the peer is a trusted proxy", arguments: TestDatabase.available)
    func trustedProxies(database: TestDatabase) async throws {
        let now = Self.midMinute
        // Not trusted: X-Forwarded-For is ignored, so changing it does not escape the limit of the peer's address.
        try await withTestApp(database, now: { now }, setup: .live, rateLimits: RateLimits(perToken: 0, perAddress: 2)) { client, _ in
            for hop in ["198.51.100.1", "198.51.100.2"] {
                #expect(try await client.send(.get, "/api/v1/boards/none/jobs", token: nil, headers: Self.forwarded(hop)).status == .notFound)
            }
            let refused = try await client.send(.get, "/api/v1/boards/none/jobs", token: nil, headers: Self.forwarded("198.51.100.3"))
            #expect(refused.status == .tooManyRequests)
        }
        // Trusted: each forwarded client has its own count; trusted hops in the header are skipped.
        let proxies = try #require(TrustedProxies(parsing: "127.0.0.1/32, ::1"))
        try await withTestApp(
            database, now: { now }, setup: .live, rateLimits: RateLimits(perToken: 0, perAddress: 2), trustedProxies: proxies
        ) { client, _ in
            let one = "203.0.113.\(Int.random(in: 1...254))"
            for _ in 0..<2 {
                let admitted = try await client.send(.get, "/api/v1/job-descriptions", token: nil, headers: Self.forwarded(one))
                #expect(admitted.status == .unauthorized)
            }
            let chained = Self.forwarded("\(one), 127.0.0.1")
            #expect(try await client.send(.get, "/api/v1/job-descriptions", token: nil, headers: chained).status == .tooManyRequests)
            let other = "2001:db8::\(Int.random(in: 1...9999))"
            #expect(try await client.send(.get, "/api/v1/job-descriptions", token: nil, headers: Self.forwarded(other)).status == .unauthorized)
        }
    }

    @Test("trusted proxies: addresses and networks, IPv4 and IPv6, and the client they forward for")
    func proxyList() throws {
        let proxies = try #require(TrustedProxies(parsing: "10.0.0.0/8, 192.168.1.7 ,::1, 2001:db8::/32"))
        #expect(proxies.contains("10.200.3.4"))
        #expect(proxies.contains("::ffff:10.1.1.1"))
        #expect(!proxies.contains("11.0.0.1"))
        #expect(proxies.contains("192.168.1.7") && !proxies.contains("192.168.1.8"))
        #expect(proxies.contains("::1") && proxies.contains("2001:db8:ffff::1") && !proxies.contains("2001:db9::1"))
        #expect(!proxies.contains("not an address"))
        #expect(proxies.client(peer: "203.0.113.9", forwardedFor: "1.2.3.4") == "203.0.113.9")
        #expect(proxies.client(peer: "10.0.0.1", forwardedFor: "1.2.3.4, 10.9.9.9") == "1.2.3.4")
        #expect(proxies.client(peer: "10.0.0.1", forwardedFor: nil) == "10.0.0.1")
        #expect(TrustedProxies.none.client(peer: "127.0.0.1", forwardedFor: "1.2.3.4") == "127.0.0.1")
        for bad in ["10.0.0.0/33", "example.com", "1.2.3.4/x", "::1/129", "1.2.3.4/8/8"] {
            #expect(TrustedProxies(parsing: bad) == nil, "\(bad)")
        }
        #expect(TrustedProxies(parsing: "") == TrustedProxies.none)
    }

    private static func forwarded(_ value: String) -> HTTPFields {
        [HTTPField.Name("X-Forwarded-For")!: value]
    }

    /// The shared count of `token`'s current window; nil when no instance has shared one yet.
    private static func sharedHits(_ orgs: TestOrganizations, token: String) async throws -> Int? {
        let row = try await (orgs.database as! any SQLDatabase).select().column("hits").from("rate_limit_windows")
            .where("key", .equal, "token:" + RateLimitMiddleware.digest("Bearer \(token)")).first()
        return try row.map { Int(try $0.decode(column: "hits", as: Int64.self)) }
    }
}
