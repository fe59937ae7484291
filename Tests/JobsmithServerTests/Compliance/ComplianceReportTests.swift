import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The compliance report: every open posting against every jurisdiction it touches, as JSON, as CSV (safe to open in
/// a spreadsheet) and as a web page linked from the dashboard, which also lists postings that fail a law.
@Suite("Compliance: the report")
struct ComplianceReportTests {
    nonisolated(unsafe) static let profile: [String: Any] = ["name": "Acme", "employeeCount": 200]

    /// Open in Austin and Seattle without pay, titled to look like a spreadsheet formula.
    nonisolated(unsafe) static let formulaTitled: [String: Any] = {
        var job = sampleDocument
        job["title"] = "=HYPERLINK(\"https://evil.example\",\"Engineer\")"
        job.removeValue(forKey: "salary")
        job.removeValue(forKey: "location")
        job["locations"] = [["city": "Austin", "region": "TX", "country": "US"], ["city": "Seattle", "region": "WA", "country": "US"]]
        return job
    }()

    @Test(
        "JSON lists every open posting with each jurisdiction's verdict and citation; other organizations see none", arguments: TestDatabase.available
    )
    func json(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            #expect(try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: Self.profile).status == .ok)
            let forced = try await client.createAndPublish(token: orgs.token, Self.formulaTitled, ["force": true])
            let denver = try await client.createAndPublish(token: orgs.token)
            var texas = sampleDocument
            texas["title"] = "Support Agent"
            texas["location"] = ["city": "Austin", "region": "TX", "country": "US"]
            let untouched = try await client.createAndPublish(token: orgs.token, texas)

            let response = try await client.send(.get, "/api/v1/compliance-report", token: orgs.token)
            #expect(response.status == .ok)
            let postings = try #require(response.json["postings"] as? [[String: Any]])
            #expect(Set(postings.compactMap { $0["postingId"] as? String }) == Set([forced, denver, untouched].compactMap { $0["id"] as? String }))
            func entry(_ posting: [String: Any]) -> [String: Any]? { postings.first { $0["postingId"] as? String == posting["id"] as? String } }
            let failing = try #require(entry(forced))
            #expect(failing["status"] as? String == "failing")
            let verdicts = try #require(failing["jurisdictions"] as? [[String: Any]])
            #expect(verdicts.map { $0["law"] as? String } == ["washington"])
            #expect(verdicts.first?["citation"] as? String == "RCW 49.58.110")
            #expect(verdicts.first?["places"] as? [String] == ["Seattle, WA, US"])
            #expect(verdicts.first?["verdict"] as? String == "failing")
            #expect((verdicts.first?["findings"] as? [[String: Any]])?.first?["rule"] as? String == "pay-transparency-washington")
            let colorado = try #require(entry(denver)?["jurisdictions"] as? [[String: Any]])
            #expect(colorado.map { $0["law"] as? String } == ["colorado"])
            #expect(colorado.first?["verdict"] as? String != "failing")
            #expect((entry(untouched)?["jurisdictions"] as? [[String: Any]])?.isEmpty == true)
            #expect(response.json["lawTableVersion"] as? String != nil)

            let other = try await client.send(.get, "/api/v1/compliance-report", token: orgs.otherToken)
            #expect((other.json["postings"] as? [[String: Any]])?.isEmpty == true)
            let asOf = try await client.send(.get, "/api/v1/compliance-report?asOf=2021-01-01", token: orgs.token)
            #expect(asOf.json["asOf"] as? String == "2021-01-01")
            let bad = try await client.send(.get, "/api/v1/compliance-report?asOf=tomorrow", token: orgs.token)
            #expect(bad.status == .badRequest)
            #expect((bad.json["detail"] as? String)?.contains("asOf") == true)
            #expect(try await client.send(.get, "/api/v1/compliance-report", token: nil).status == .unauthorized)
        }
    }

    @Test("CSV by Accept or ?format=csv, one row per posting and jurisdiction, formula cells defused", arguments: TestDatabase.available)
    func csv(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            #expect(try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: Self.profile).status == .ok)
            let forced = try await client.createAndPublish(token: orgs.token, Self.formulaTitled, ["force": true])
            let byQuery = try await client.send(.get, "/api/v1/compliance-report?format=csv", token: orgs.token)
            let byAccept = try await client.send(.get, "/api/v1/compliance-report", token: orgs.token, headers: [.accept: "text/csv"])
            for response in [byQuery, byAccept] {
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/csv") == true)
            }
            #expect(byQuery.body == byAccept.body)
            let lines = byQuery.body.components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first?.hasPrefix("posting_id,job_description_id,title,url,jurisdiction,law,citation") == true)
            #expect(lines.count == 2)
            let row = try #require(lines.last)
            #expect(row.hasPrefix("\(forced["id"] as? String ?? ""),"))
            #expect(row.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Engineer\"\")\","), "the formula is prefixed and quoted: \(row)")
            #expect(row.contains(",Washington,"))
            #expect(row.contains(",RCW 49.58.110,"))
            #expect(row.contains(",failing,"))
        }
    }

    @Test("the dashboard lists open postings that fail a law and links the report page, whose CSV downloads", arguments: TestDatabase.available)
    func web(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            #expect(try await client.send(.put, "/api/v1/company-profile", token: app.token, json: Self.profile).status == .ok)
            var job = Self.formulaTitled
            job["title"] = "Platform Engineer <script>"
            _ = try await client.createAndPublish(token: app.token, job, ["force": true])
            let browser = try await Browser.signedIn(client, as: app.email)
            let dashboard = try await browser.get("/")
            #expect(dashboard.status == .ok)
            #expect(dashboard.body.contains("Open postings that break a pay-transparency law"))
            #expect(dashboard.body.contains("Platform Engineer &lt;script&gt;"))
            #expect(dashboard.body.contains("Washington (RCW 49.58.110)"))
            #expect(dashboard.body.contains("href=\"/compliance\""))

            let page = try await browser.get("/compliance")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h1>Compliance report</h1>"))
            #expect(page.body.contains("1 open posting, 1 failing"))
            #expect(page.body.contains("RCW 49.58.110"))
            #expect(page.body.contains("not legal advice"))
            #expect(!page.body.contains("<script>"))
            let csv = try await browser.get("/compliance.csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"compliance-report-") == true)
            #expect(csv.body.contains("Platform Engineer <script>"))

            // Another organization's user sees none of it.
            let other = try await Browser.signedIn(client, as: app.otherEmail)
            #expect(!(try await other.get("/")).body.contains("Open postings that break"))
            #expect((try await other.get("/compliance")).body.contains("0 open postings, 0 failing"))
        }
    }
}
