import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithLint
import Testing

/// Issue 16's "done when", as one story through the real server: the publish gate, the new jurisdictions, checks as
/// of a date, every place and its pay in JSON-LD, the board API and the feeds, and an open posting that a law coming
/// into force makes non-compliant found by the re-check without anyone touching it.
@Suite("Compliance: pay and places, end to end")
struct PayAndPlacesScenarioTests {
    nonisolated(unsafe) static let profile: [String: Any] = ["name": "Acme", "employeeCount": 200]

    static func job(_ title: String, places: [[String: String]], salary: [String: Any]? = nil, extra: [String: Any] = [:]) -> [String: Any] {
        var job = sampleDocument
        job["title"] = title
        job.removeValue(forKey: "location")
        job.removeValue(forKey: "salary")
        job["locations"] = places
        if let salary { job["salary"] = salary }
        return job.merging(extra) { $1 }
    }

    static let austin = ["city": "Austin", "region": "TX", "country": "US"]
    static let seattle = ["city": "Seattle", "region": "WA", "country": "US"]
    static let wilmington = ["city": "Wilmington", "region": "DE", "country": "US"]

    static func rules(_ response: JSONResponse) -> [String] {
        (response.json["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    static func severity(of rule: String, in response: JSONResponse) -> String? {
        (response.json["findings"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == rule }?["severity"] as? String
    }

    @Test(
        "issue 16 done when: gate, new laws, as-of dates, every place and pay distributed, open postings re-checked",
        arguments: TestDatabase.available)
    func doneWhen(database: TestDatabase) async throws {
        // 87 days before Delaware's law takes effect (2027-09-26): inside the 90-day "upcoming" window.
        let clock = TestClock(try #require(LintOptions.date(ofDay: "2027-07-01")))
        try await withTestApp(database, now: { clock.now }, complianceRecheck: .milliseconds(50)) { client, orgs in
            #expect(try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: Self.profile).status == .ok)

            // Austin TX and Seattle WA without pay: refused, citing Washington.
            let unpaid = try await client.createJobDescription(token: orgs.token, Self.job("Backend Engineer", places: [Self.austin, Self.seattle]))
            let refused = try await client.send(
                .post, "/api/v1/job-descriptions/\(unpaid)/publish", token: orgs.token, json: ["applyUrl": "https://acme.example/apply"])
            #expect(refused.status == .unprocessableContent)
            #expect((refused.json["detail"] as? String)?.contains("pay-transparency-washington") == true)
            #expect(Self.rules(refused).filter { $0.hasPrefix("pay-transparency") } == ["pay-transparency-washington"])

            // The new jurisdictions are checked.
            for (city, region, rule) in [("Cleveland", "OH", "cleveland"), ("Richmond", "VA", "virginia"), ("Portland", "ME", "maine")] {
                let lint = try await client.send(
                    .post, "/api/v1/lint", token: orgs.token, json: Self.job("Analyst", places: [["city": city, "region": region, "country": "US"]]))
                #expect(lint.status == .ok)
                #expect(Self.rules(lint).contains("pay-transparency-\(rule)"), "\(city): \(Self.rules(lint))")
            }
            let charlottetown = try await client.send(
                .post, "/api/v1/lint?asOf=2026-12-01", token: orgs.token,
                json: Self.job("Analyst", places: [["city": "Charlottetown", "region": "PE", "country": "CA"]]))
            #expect(Self.rules(charlottetown).contains("pay-transparency-prince-edward-island"))

            // Delaware: fine today with an upcoming warning; failing as of 2027-10-01.
            let delaware = try await client.createJobDescription(token: orgs.token, Self.job("Data Analyst", places: [Self.wilmington]))
            let today = try await client.send(.get, "/api/v1/job-descriptions/\(delaware)/lint", token: orgs.token)
            #expect(Self.severity(of: "pay-transparency-delaware", in: today) == "warning")
            let message = (today.json["findings"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == "pay-transparency-delaware" }?[
                "message"]
            #expect((message as? String)?.contains("Upcoming: it takes effect on 2027-09-26") == true)
            let later = try await client.send(.get, "/api/v1/job-descriptions/\(delaware)/lint?asOf=2027-10-01", token: orgs.token)
            #expect(Self.severity(of: "pay-transparency-delaware", in: later) == "error")
            let delawarePosting = try await client.publish(delaware, token: orgs.token)
            let delawarePostingID = try #require(delawarePosting["id"] as? String)
            #expect((delawarePosting["compliance"] as? [String: Any])?["status"] as? String == "passing")

            // Every place and its pay: JSON-LD, the board API and the feeds.
            let zoned = Self.job(
                "Site Reliability Engineer", places: [Self.austin, Self.seattle],
                salary: ["min": 120000, "max": 150000, "currency": "USD", "period": "year"],
                extra: [
                    "payByLocation": [
                        ["locations": [Self.seattle], "salary": ["min": 140000, "max": 170000, "currency": "USD", "period": "year"]]
                    ]
                ])
            let zonedPosting = try await client.createAndPublish(token: orgs.token, zoned, ["applyEmail": "jobs@acme.test"])
            let zonedID = try #require(zonedPosting["id"] as? String)
            let page = try await client.page("/boards/\(orgs.slug)/jobs/\(zonedID)")
            let ld = try jsonLD(in: page.body)
            #expect((ld["jobLocation"] as? [[String: Any]])?.count == 2)
            #expect((ld["baseSalary"] as? [[String: Any]])?.count == 2)
            let board = try await client.page("/api/v1/boards/\(orgs.slug)/jobs/\(zonedID)?pay_transparency=true")
            #expect((board.json["offices"] as? [[String: Any]])?.count == 2)
            #expect((board.json["pay_input_ranges"] as? [[String: Any]])?.count == 2)
            let indeed = try XMLElementNode.parse(try await client.page("/boards/\(orgs.slug)/indeed.xml").body)
            #expect(indeed.all("job").filter { $0.text(of: "title") == "Site Reliability Engineer" }.count == 2)
            let linkedIn = try XMLElementNode.parse(try await client.page("/boards/\(orgs.slug)/linkedin.xml").body)
            let linkedInJob = try #require(linkedIn.all("job").first { $0.text(of: "partnerJobId") == zonedID })
            #expect(linkedInJob.text(of: "location") == "Austin, TX")
            #expect(linkedInJob.first("alternateLocations")?.all("alternateLocation").map(\.text) == ["Seattle, WA"])

            // Nobody touches the Delaware posting; the day Delaware's law is in force, the re-check finds it failing.
            #expect(try await Self.failing(client, orgs.token).isEmpty)
            clock.advance(by: 92 * 86_400)
            var failing: [[String: Any]] = []
            for _ in 0..<300 where failing.isEmpty {
                try await Task.sleep(for: .milliseconds(50))
                failing = try await Self.failing(client, orgs.token)
            }
            #expect(failing.compactMap { $0["id"] as? String } == [delawarePostingID])
            #expect((failing.first?["compliance"] as? [String: Any])?["failingRules"] as? [String] == ["pay-transparency-delaware"])
            #expect(try await Self.failing(client, orgs.otherToken).isEmpty)

            let report = try await client.send(.get, "/api/v1/compliance-report", token: orgs.token)
            let entry = (report.json["postings"] as? [[String: Any]] ?? []).first { $0["postingId"] as? String == delawarePostingID }
            let verdicts = entry?["jurisdictions"] as? [[String: Any]] ?? []
            #expect(entry?["status"] as? String == "failing")
            #expect(verdicts.map { $0["law"] as? String } == ["delaware"])
            #expect(verdicts.first?["verdict"] as? String == "failing")
            #expect((verdicts.first?["citation"] as? String)?.isEmpty == false)
        }
    }

    /// The caller's open postings that fail a law, as `GET /api/v1/postings?compliance=failing` lists them.
    static func failing(_ client: any TestClientProtocol, _ token: String) async throws -> [[String: Any]] {
        let response = try await client.send(.get, "/api/v1/postings?compliance=failing", token: token)
        guard response.status == .ok else { throw TestFailure("listing failing postings: \(response.status) \(response.body)") }
        return response.json["items"] as? [[String: Any]] ?? []
    }
}
