import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithCore
import JobsmithDomain
import Testing

@testable import JobsmithServer

@Suite("Web app: pages, organizations and escaping")
struct WebPagesTests {
    @Test("another organization's ids give 404 on every page and form, and change nothing", arguments: TestDatabase.available)
    func otherOrganizationGets404(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let intruder = Browser(client)
            try await intruder.signIn(app.otherEmail)
            for path in [
                "/jobs/\(id)", "/jobs/\(id)/history", "/jobs/\(id)/history/1", "/jobs/\(id)/compare?from=1&to=1",
                "/jobs/\(id)/export/md", "/jobs/\(id)/export/json", "/jobs/\(id)/publish", "/jobs/\(UUID().uuidString)", "/jobs/not-a-uuid",
            ] {
                let response = try await intruder.get(path)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.body.contains("Page not found"), "\(path)")
                #expect(!response.body.contains("Backend Developer"), "\(path)")
            }
            for (path, fields) in [
                ("/jobs/\(id)", [("version", "1"), ("title", "Hijacked"), ("action", "save")]),
                ("/jobs/\(id)/check", [("title", "x")]),
                ("/jobs/\(id)/delete", [("version", "1")]),
                ("/jobs/\(id)/history/1/restore", [("version", "1")]),
                ("/jobs/\(id)/publish", [("version", "1"), ("applyEmail", "jobs@evil.test"), ("force", "true")]),
                ("/jobs/\(id)/unpublish", []),
                ("/jobs/\(id)/duplicate", []),
            ] {
                #expect(try await intruder.post(path, fields).status == .notFound, "\(path)")
            }
            // Tokens of the other organization cannot be revoked either.
            let tokens = try await OrganizationDirectory(database: app.database).tokens(organizationID: app.organizationID)
            #expect(try await intruder.post("/settings/tokens/\(tokens[0].id.uuidString)/revoke").status == .notFound)
            #expect(try await OrganizationDirectory(database: app.database).tokens(organizationID: app.organizationID)[0].revokedAt == nil)
            // Nor does their dashboard list it.
            #expect(!(try await intruder.get("/").body.contains("/jobs/\(id)")))
            let current = try #require(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID))
            #expect(current.version == 1 && current.document.title == "Backend Developer")
        }
    }

    @Test("user text is escaped on every page", arguments: TestDatabase.available)
    func userTextEscaped(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let attack = #"<script>alert("x")</script>"#
            let job = try await JobDescriptionStore(database: app.database).create(
                .init(
                    title: "Engineer \(attack)", summary: "Summary \(attack)", responsibilities: ["Do \(attack) rockstar things"],
                    otherSections: [.init(heading: "Head \(attack)", body: "Body \(attack)")]
                ),
                organizationID: app.organizationID, author: "Eve \(attack) <eve@example.com>"
            )
            _ = try await JobDescriptionStore(database: app.database).save(
                .init(title: "Engineer \(attack) 2", responsibilities: ["\(attack)"]), id: job.id, organizationID: app.organizationID,
                expectedVersion: 1, author: "Eve \(attack) <eve@example.com>"
            )
            _ = try await CompanyProfileStore(database: app.database).save(
                .init(name: "Acme \(attack)", about: "About \(attack)", benefits: ["Perk \(attack)"]), organizationID: app.organizationID
            )
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            for path in [
                "/", "/?q=%3Cscript%3E", "/jobs/\(id)", "/jobs/\(id)/history", "/jobs/\(id)/history/1", "/jobs/\(id)/compare?from=1&to=2",
                "/settings", "/library?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/compose?template=%3Cscript%3E",
            ] {
                let page = try await browser.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(!page.body.contains("<script>alert"), "\(path)")
                #expect(!page.body.lowercased().contains("<script>"), "\(path)")
            }
            let editor = try await browser.get("/jobs/\(id)")
            #expect(editor.body.contains("Engineer &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 2"))
            let history = try await browser.get("/jobs/\(id)/history")
            #expect(history.body.contains("Eve &lt;script&gt;"))
            // The user's name is escaped in the header; the organization name too.
            #expect(editor.body.contains("Ada &lt;Lovelace&gt;"))
            #expect(editor.body.contains("Acme &lt;Test&gt; &amp; Co"))
            // The check endpoint's fragments are escaped as well.
            let check = try await browser.post("/jobs/\(id)/check", [("version", "2"), ("title", attack), ("responsibilities", "\(attack) ninja")])
            #expect(check.status == .ok)
            #expect(!check.body.contains("<script>"))
            #expect(check.body.contains("&lt;script&gt;"))
        }
    }

    @Test("pages carry a strict Content-Security-Policy; assets are served", arguments: TestDatabase.available)
    func securityHeadersAndAssets(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = Browser(client)
            let login = try await browser.get("/login")
            let policy = try #require(login.headers[HTTPField.Name("Content-Security-Policy")!])
            #expect(policy.contains("script-src 'self'"))
            #expect(!policy.contains("unsafe-inline"))
            #expect(login.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            #expect(login.headers[.cacheControl] == "no-store")
            #expect(!login.body.contains("<script>"), "no inline scripts")
            #expect(!login.body.contains("style="), "no inline styles")
            let version = try #require(login.body.firstMatch(of: /app\.js\?v=([0-9a-f]+)/)?.1)
            let script = try await browser.get("/assets/app.js?v=\(version)")
            #expect(script.status == .ok)
            #expect(script.headers[.contentType]?.hasPrefix("text/javascript") == true)
            #expect(script.headers[.cacheControl]?.contains("immutable") == true)
            #expect(try await browser.get("/assets/app.css").status == .ok)
            #expect(try await browser.get("/assets/nope.js").status == .notFound)
        }
    }

    @Test("web errors are HTML pages without details; the API keeps problem+json", arguments: TestDatabase.available)
    func errorPages(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            let missing = try await browser.get("/no/such/page")
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(missing.body.contains("Page not found"))
            let api = try await client.send(.get, "/api/v1/nothing-here", token: app.token)
            #expect(api.status == .notFound)
            #expect(api.headers[.contentType] == "application/problem+json")
            let badCursor = try await browser.get("/?cursor=garbage")
            #expect(badCursor.status == .badRequest)
            #expect(badCursor.body.contains("first page"))
        }
    }

    @Test(
        "the dashboard lists the organization's job descriptions with status, score and last edit; search and trash work",
        arguments: TestDatabase.available)
    func dashboard(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            let empty = try await browser.get("/")
            #expect(empty.body.contains("No job descriptions yet"))
            let backend = try await app.createJob("Backend Developer")
            _ = try await app.createJob("Nurse Manager")
            let page = try await browser.get("/")
            #expect(page.body.contains("Backend Developer") && page.body.contains("Nurse Manager"))
            #expect(page.body.contains("Draft"))
            #expect(page.body.contains("class=\"score score-"))
            #expect(page.body.contains("by Seed"))
            let search = try await browser.get("/?q=nurse")
            #expect(search.body.contains("Nurse Manager") && !search.body.contains("Backend Developer"))
            #expect(try await browser.get("/?status=published").body.contains("Nothing matches these filters"))

            let id = backend.id.uuidString.lowercased()
            let delete = try await browser.post("/jobs/\(id)/delete", [("version", "1")])
            #expect(delete.location == "/?notice=deleted")
            #expect(!(try await browser.get("/").body.contains("Backend Developer")))
            let trash = try await browser.get("/?status=trash")
            #expect(trash.body.contains("Backend Developer"))
            #expect(try await browser.post("/jobs/\(id)/undelete").location == "/?notice=undeleted")
            #expect(try await browser.get("/").body.contains("Backend Developer"))
        }
    }

    @Test("the library searches templates, filters by department and level, and previews one", arguments: TestDatabase.available)
    func library(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            let all = try await browser.get("/library")
            #expect(all.status == .ok)
            #expect(all.body.contains("templates"))
            let search = try await browser.get("/library?q=backend")
            #expect(search.body.contains("/library/backend-developer"))
            #expect(!search.body.contains("/library/registered-nurse"))
            let fragment = try await browser.get("/library?q=nurse&fragment=results")
            #expect(fragment.body.contains("/library/registered-nurse"))
            #expect(!fragment.body.contains("<html"))
            let filtered = try await browser.get("/library?department=healthcare&level=manager")
            #expect(filtered.body.contains("/library/nurse-manager"))
            #expect(!filtered.body.contains("/library/registered-nurse\""))
            let none = try await browser.get("/library?q=zzzxqy")
            #expect(none.body.contains("No template matches"))
            let preview = try await browser.get("/library/backend-developer")
            #expect(preview.status == .ok)
            #expect(preview.body.contains("Responsibilities"))
            #expect(preview.body.contains("/compose?template=backend-developer"))
            #expect(try await browser.get("/library/no-such-template").status == .notFound)
        }
    }
}
