import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithDomain
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

/// Dates, headers and escaping found on the way (issue 10, defects 8, 10 and 12).
@Suite("Hostile input: hardening")
struct HardeningTests {
    @Test("defect 8: validThrough with fractional seconds, as browsers write it, is accepted", arguments: TestDatabase.available)
    func fractionalSeconds(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token, sampleDocument, ["validThrough": "2030-01-01T00:00:00.000Z"])
            #expect(posting["validThrough"] as? String == "2030-01-01T00:00:00Z")
            let id = try #require(posting["jobDescriptionId"] as? String)
            for date in ["10000-01-01T00:00:00Z", "2030-01-01", "2030-01-01T00:00:00.000000000000000000000000000001Z"] {
                let refused = try await client.send(
                    .post, "/api/v1/job-descriptions/\(id)/publish", token: orgs.token, json: ["applyEmail": "a@b.example", "validThrough": date]
                )
                #expect(refused.status == .unprocessableContent || refused.status == .badRequest, "\(date)")
            }
        }
    }

    @Test("defect 10: the HTML download keeps its sandbox policy", arguments: TestDatabase.available)
    func sandboxedDownload(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let browser = try await Browser.signedIn(client, as: app.email)
            let download = try await browser.get("/jobs/\(job.id.uuidString.lowercased())/export/html")
            #expect(download.status == .ok)
            #expect(download.headers[values: .contentSecurityPolicy] == ["sandbox"])
            #expect(try await browser.get("/").headers[.contentSecurityPolicy] == WebSecurityHeadersMiddleware<AppRequestContext>.policy)
        }
    }

    @Test("defect 12: API answers, errors included, say nosniff", arguments: TestDatabase.available)
    func noSniff(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            for (uri, token) in [("/api/v1/templates?limit=1", orgs.token), ("/api/v1/templates", nil), ("/api/v1/nothing", orgs.token)] {
                let response = try await client.send(.get, uri, token: token)
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri) \(response.status)")
            }
        }
    }

    @Test("defect 12: Markdown keeps typed HTML as text", arguments: TestDatabase.available)
    func markdownEscapesHTML(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(
                token: orgs.token, document(["summary": "<script>alert(1)</script> & <img src=x onerror=alert(2)>", "title": "<b>Cook</b>"])
            )
            let markdown = try await client.send(.get, "/api/v1/job-descriptions/\(id)?format=md", token: orgs.token).body
            // Every < and & is escaped, so nothing the user typed is raw HTML to a Markdown viewer.
            let unescaped = markdown.indices.filter { ["<", "&"].contains(markdown[$0]) && (markdown[..<$0].last != "\\") }
            #expect(unescaped.isEmpty, "\(markdown)")
            #expect(markdown.contains("\\<script>alert(1)\\</script> \\& \\<img"))
            let imported = try await client.send(
                .post, "/api/v1/imports", token: orgs.token, body: markdown, headers: [.contentType: "text/markdown"])
            let document = imported.json["document"] as? [String: Any]
            #expect(document?["summary"] as? String == "<script>alert(1)</script> & <img src=x onerror=alert(2)>")
            #expect(document?["title"] as? String == "<b>Cook</b>")
        }
    }

    @Test("defect 12: the apply redirect's Location is percent-encoded", arguments: TestDatabase.available)
    func applyLocationEncoded(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(
                token: orgs.token, sampleDocument, ["applyUrl": "https://acme.example/jobs/köln?team=ü|x"])
            let postingID = try #require(posting["id"] as? String)
            let response = try await client.page("/boards/\(orgs.slug)/jobs/\(postingID)/apply")
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "https://acme.example/jobs/k%C3%B6ln?team=%C3%BC%7Cx")
        }
    }

    @Test("defect 12: a form posted from another site's page is refused, one from this site's accepted", arguments: TestDatabase.available)
    func originChecked(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            // The test client sends every request to the host "localhost".
            for origin in ["https://evil.example", "null", "http://localhost.evil.example", "http://evil.example/localhost"] {
                let refused = try await browser.post("/settings/tokens", [("name", "forged")], headers: [.origin: origin])
                #expect(refused.status == .forbidden, "\(origin)")
                #expect(refused.body.contains("This form came from another site"))
            }
            #expect(try await browser.post("/settings/tokens", [("name", "mine")], headers: [.origin: "http://localhost:8080"]).status == .ok)
            // Behind a proxy, the host the browser used.
            let proxied: HTTPFields = [.origin: "https://jobs.acme.test", HTTPField.Name("X-Forwarded-Host")!: "jobs.acme.test"]
            #expect(try await browser.post("/settings/tokens", [("name", "proxied")], headers: proxied).status == .ok)
            let spoofed: HTTPFields = [.origin: "https://evil.example", HTTPField.Name("X-Forwarded-Host")!: "jobs.acme.test"]
            #expect(try await browser.post("/settings/tokens", [("name", "forged")], headers: spoofed).status == .forbidden)
            #expect(try await APITokenModel.query(on: app.database).filter(\.$name == "forged").count() == 0)
        }
    }
}
