import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithDomain
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

/// One rule for NUL and other control characters, decided at the boundary for every engine (issue 10, defects 6 and
/// 11): PostgreSQL refused NUL with a 500 while SQLite stored it, and an id cut at a NUL was found.
@Suite("Hostile input: control characters")
struct ControlCharacterRuleTests {
    @Test("defect 6: NUL in the sign-in email, without signing in, gets a 400 page naming the field", arguments: TestDatabase.available)
    func nulInSignIn(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = Browser(client)
            _ = try await browser.get("/login")
            for email in ["\u{0}", "ada\u{0}@acme.test", "\u{1B}[31m", "a\u{7F}b", "a\u{85}b"] {
                let response = try await browser.post("/login", [("email", email), ("password", "x")])
                #expect(response.status == .badRequest, "email \(email.unicodeScalars.map(\.value))")
                #expect(response.body.contains("The field “email” contains a control character"))
            }
            // Tabs and newlines are not control characters here; this is only a wrong password.
            #expect(try await browser.post("/login", [("email", "ada@acme.test\t"), ("password", "x")]).status == .unauthorized)
        }
    }

    @Test("defect 6: NUL in API paths, queries and JSON bodies gets 404, 400 or 422 naming the field", arguments: TestDatabase.available)
    func nulInTheAPI(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let path = try await client.send(.get, "/api/v1/templates/%00", token: orgs.token)
            #expect(path.status == .notFound)
            #expect(path.headers[.contentType] == "application/problem+json")
            let query = try await client.send(.get, "/api/v1/templates?q=%00", token: orgs.token)
            #expect(query.status == .badRequest)
            #expect(query.body.contains("q must"))
            let postings = try await client.send(.get, "/api/v1/postings?jobDescriptionId=%00", token: orgs.token)
            #expect(postings.status == .badRequest)
            #expect(postings.body.contains("jobDescriptionId"))
            let compose = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "\u{0}"])
            #expect(compose.status == .unprocessableContent)
            #expect((compose.json["errors"] as? [[String: Any]])?.first?["pointer"] as? String == "/template")
            let nested = try await client.send(
                .put, "/api/v1/company-profile", token: orgs.token,
                json: ["name": "Acme", "locations": [["city": "Den\u{0}ver", "country": "US"]]]
            )
            #expect(nested.status == .unprocessableContent)
            #expect((nested.json["errors"] as? [[String: Any]])?.first?["pointer"] as? String == "/locations/0/city")
            let template = try await client.send(
                .post, "/api/v1/templates", token: orgs.token,
                json: ["slug": "a\u{0}", "department": "engineering", "level": "senior", "document": ["title": "T"]]
            )
            #expect(template.status == .unprocessableContent)
            // Imported documents are the exception: the importer decides (control characters in an API import are not text).
            let binary = try await client.send(.post, "/api/v1/imports", token: orgs.token, json: ["content": "Cook\u{0}\n"])
            #expect(binary.status == .unsupportedMediaType)
        }
    }

    @Test(
        "defect 6: NUL in web queries and forms gets a 400 page naming it; the editor shows it next to the field", arguments: TestDatabase.available)
    func nulInTheWebApp(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            for uri in ["/?q=%00", "/library?q=%00", "/compose?template=%00", "/jobs/\(id)/compare?from=%00"] {
                let response = try await browser.get(uri)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.body.contains("contains a control character"), "\(uri)")
            }
            let compose = try await browser.post("/compose", [("template", "\u{0}")])
            #expect(compose.status == .badRequest)
            #expect(compose.body.contains("The field “template”"))
            let token = try await browser.post("/settings/tokens", [("name", "ci\u{0}")])
            #expect(token.status == .badRequest)
            var document = job.document
            document.title = "Backend\u{0} Developer"
            let edited = try await browser.post("/jobs/\(id)", editorFields(document, version: job.version))
            #expect(edited.status == .unprocessableContent)
            #expect(edited.body.contains("must not contain control characters"))
            #expect(try await browser.post("/jobs/\(id)/check", editorFields(document, version: job.version, action: "check")).status == .ok)
            let imported = try await browser.post("/import", [("text", "Cook\u{1B}\n\nResponsibilities\n- Chop onions\n")])
            #expect(imported.status == .ok)
            let binary = try await browser.post("/import", [("text", "Cook\u{0}\n")])
            #expect(binary.status == .unprocessableContent)
            #expect(binary.body.contains("not text") || binary.body.contains("binary"))
        }
    }

    @Test("defect 11: an id followed by an encoded NUL is not found", arguments: TestDatabase.available)
    func idCutAtNUL(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            for suffix in ["%00", "%00.json", "%0A", "%1B"] {
                let response = try await client.send(.get, "/api/v1/job-descriptions/\(id)\(suffix)", token: app.token)
                #expect(response.status == .notFound, "\(suffix)")
            }
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: app.token).status == .ok)
            let browser = try await Browser.signedIn(client, as: app.email)
            #expect(try await browser.get("/jobs/\(id)%00").status == .notFound)
        }
    }
}
