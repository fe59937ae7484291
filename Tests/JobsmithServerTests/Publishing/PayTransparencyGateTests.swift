import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithLint
import Testing

/// The publish gate applies the pay-transparency law of every place of a posting, as of the server's today.
@Suite("Publishing: the pay-transparency gate")
struct PayTransparencyGateTests {
    /// Open in Austin TX and Seattle WA, without pay: Washington's law (RCW 49.58.110) refuses it, Texas has none.
    nonisolated(unsafe) static let austinAndSeattle: [String: Any] = {
        var job = sampleDocument
        job.removeValue(forKey: "salary")
        job.removeValue(forKey: "location")
        job["locations"] = [["city": "Austin", "region": "TX", "country": "US"], ["city": "Seattle", "region": "WA", "country": "US"]]
        return job
    }()

    /// A Wilmington DE job without pay, whose law takes effect on 2027-09-26.
    nonisolated(unsafe) static let wilmington: [String: Any] = {
        var job = sampleDocument
        job.removeValue(forKey: "salary")
        job["location"] = ["city": "Wilmington", "region": "DE", "country": "US"]
        return job
    }()

    nonisolated(unsafe) static let profile: [String: Any] = ["name": "Acme", "employeeCount": 200]

    @Test("a posting open in Austin and Seattle without pay is refused with 422 citing Washington, unless forced", arguments: TestDatabase.available)
    func austinAndSeattleRefused(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            #expect(try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: Self.profile).status == .ok)
            let id = try await client.createJobDescription(token: orgs.token, Self.austinAndSeattle)
            let path = "/api/v1/job-descriptions/\(id)/publish"
            let refused = try await client.send(.post, path, token: orgs.token, json: ["applyUrl": "https://acme.example/apply"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.headers[.contentType] == "application/problem+json")
            #expect((refused.json["detail"] as? String)?.contains("pay-transparency-washington") == true)
            let findings = try #require(refused.json["findings"] as? [[String: Any]])
            let payFindings = findings.filter { ($0["rule"] as? String)?.hasPrefix("pay-transparency") == true }
            #expect(payFindings.map { $0["rule"] as? String } == ["pay-transparency-washington"])
            let message = try #require(payFindings.first?["message"] as? String)
            #expect(message.contains("RCW 49.58.110") && message.contains("Seattle, WA, US") && !message.contains("Austin"))
            let errors = try #require(refused.json["errors"] as? [[String: Any]])
            #expect(errors.contains { $0["rule"] as? String == "pay-transparency-washington" && $0["pointer"] as? String == "/salary" })
            #expect(try await client.posting(of: id, token: orgs.token) == nil)

            let forced = try await client.send(.post, path, token: orgs.token, json: ["applyUrl": "https://acme.example/apply", "force": true])
            #expect(forced.status == .ok)
            #expect(forced.json["forcedRules"] as? [String] == ["pay-transparency-washington"])

            var paid = Self.austinAndSeattle
            paid["salary"] = ["min": 110000, "max": 140000, "currency": "USD", "period": "year"]
            let paidID = try await client.createJobDescription(token: orgs.token, paid)
            let published = try await client.publish(paidID, token: orgs.token)
            #expect(published["forcedRules"] as? [String] == [])
        }
    }

    // SQLite only: an application whose clock runs a year ahead purges what it thinks are expired sessions and
    // trash in the database it runs on, which on PostgreSQL is shared with the tests running beside it.
    @Test(
        "the gate uses the server's today: a Delaware posting publishes before the law and is refused once it is in force",
        arguments: [TestDatabase.sqlite])
    func delawareByClock(database: TestDatabase) async throws {
        let clock = TestClock(try #require(LintOptions.date(ofDay: "2027-08-01")))
        try await withTestApp(database, now: { clock.now }) { client, orgs in
            #expect(try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: Self.profile).status == .ok)
            let id = try await client.createJobDescription(token: orgs.token, Self.wilmington)
            let path = "/api/v1/job-descriptions/\(id)/publish"
            let before = try await client.send(.post, path, token: orgs.token, json: ["applyUrl": "https://acme.example/apply"])
            #expect(before.status == .ok, "an upcoming law warns but does not block")
            #expect(try await client.send(.post, "/api/v1/job-descriptions/\(id)/unpublish", token: orgs.token).status == .noContent)

            clock.advance(by: 61 * 86_400)
            let after = try await client.send(.post, path, token: orgs.token, json: ["applyUrl": "https://acme.example/apply"])
            #expect(after.status == .unprocessableContent)
            let findings = after.json["findings"] as? [[String: Any]] ?? []
            #expect(findings.contains { $0["rule"] as? String == "pay-transparency-delaware" })
        }
    }

    @Test("the web app refuses it too and shows the law's finding on the publish page", arguments: TestDatabase.available)
    func webGate(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            #expect(try await client.send(.put, "/api/v1/company-profile", token: app.token, json: Self.profile).status == .ok)
            let id = try await client.createJobDescription(token: app.token, Self.austinAndSeattle)
            let browser = try await Browser.signedIn(client, as: app.email)
            let page = try await browser.get("/jobs/\(id)/publish")
            #expect(page.status == .ok, "\(page.body.prefix(400))")
            #expect(page.body.contains("Errors to fix before publishing"))
            #expect(page.body.contains("RCW 49.58.110"))
            let blocked = try await browser.post("/jobs/\(id)/publish", [("version", "1"), ("applyEmail", "jobs@acme.test")])
            #expect(blocked.status == .unprocessableContent, "\(blocked.body.prefix(400))")
            #expect(blocked.body.contains("Publishing is blocked"))
            #expect(blocked.body.contains("RCW 49.58.110"))
            #expect(try await client.posting(of: id, token: app.token) == nil)
        }
    }
}
