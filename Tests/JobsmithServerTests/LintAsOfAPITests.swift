import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Quality checks API as of a day")
struct LintAsOfAPITests {
    /// A Wilmington job without pay, for an employer large enough for Delaware's law (26+ employees).
    nonisolated(unsafe) static let delawareJob: [String: Any] = {
        var document = sampleDocument
        document.removeValue(forKey: "salary")
        document["location"] = ["city": "Wilmington", "region": "DE", "country": "US"]
        return document
    }()

    static func severities(_ response: JSONResponse, rule: String) -> [String] {
        (response.json["findings"] as? [[String: Any]] ?? []).filter { $0["rule"] as? String == rule }.compactMap { $0["severity"] as? String }
    }

    @Test(
        "Delaware's law warns as upcoming before 2027-09-26 and is an error from then on, for both lint endpoints", arguments: TestDatabase.available)
    func delaware(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let profile: [String: Any] = ["name": "Acme", "employeeCount": 120]
            #expect(try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: profile).status == .ok)
            let id = try await client.createJobDescription(token: orgs.token, Self.delawareJob)
            for (day, expected) in [("2027-08-01", "warning"), ("2027-10-01", "error"), ("2026-01-01", "info")] {
                let posted = try await client.send(.post, "/api/v1/lint?asOf=\(day)", token: orgs.token, json: Self.delawareJob)
                #expect(posted.status == .ok)
                #expect(Self.severities(posted, rule: "pay-transparency-delaware") == [expected], "\(day)")
                let stored = try await client.send(.get, "/api/v1/job-descriptions/\(id)/lint?asOf=\(day)", token: orgs.token)
                #expect(stored.status == .ok)
                #expect(Self.severities(stored, rule: "pay-transparency-delaware") == [expected], "\(day)")
            }
            let upcoming = try await client.send(.post, "/api/v1/lint?asOf=2027-08-01", token: orgs.token, json: Self.delawareJob)
            let message = (upcoming.json["findings"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == "pay-transparency-delaware" }?[
                "message"]
            #expect((message as? String)?.contains("2027-09-26") == true)
        }
    }

    @Test("a bad, absurd or hostile asOf is a 400 naming the parameter on both endpoints", arguments: TestDatabase.available)
    func hostileDays(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token, Self.delawareJob)
            let hostile = [
                "", "2027-02-29", "2027-13-01", "2027-00-10", "2027-10-32", "27-10-01", "2027-1-1", "1999-12-31", "2101-01-01",
                "0000-01-01", "9999-12-31", "-2027-10-01", "+2027-10-01", "99999999999999999999-01-01", "2027-10-01T00:00:00Z",
                "2027-10-01%20", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%97-10-01", "today", "1e308", "2027%2F10%2F01",
                "%27%20OR%201%3D1--", String(repeating: "9", count: 5_000),
            ]
            for day in hostile {
                for (method, path) in [(HTTPRequest.Method.post, "/api/v1/lint"), (.get, "/api/v1/job-descriptions/\(id)/lint")] {
                    let response = try await client.send(
                        method, "\(path)?asOf=\(day)", token: orgs.token, json: method == .post ? Self.delawareJob : nil)
                    #expect(response.status == .badRequest, "\(method) \(day.prefix(40))")
                    #expect(response.headers[.contentType] == "application/problem+json", "\(day.prefix(40))")
                    #expect(
                        (response.json["detail"] as? String)?.hasPrefix("asOf must be a day from 2000-01-01 to 2100-12-31") == true,
                        "\(day.prefix(40))")
                }
            }
            // Without asOf the check is as of today, and an unknown job is still a 404 with a valid day.
            #expect(try await client.send(.post, "/api/v1/lint", token: orgs.token, json: Self.delawareJob).status == .ok)
            let unknown = try await client.send(.get, "/api/v1/job-descriptions/\(UUID())/lint?asOf=2027-10-01", token: orgs.token)
            #expect(unknown.status == .notFound)
            let otherOrganization = try await client.send(.get, "/api/v1/job-descriptions/\(id)/lint?asOf=2027-10-01", token: orgs.otherToken)
            #expect(otherOrganization.status == .notFound)
        }
    }
}
