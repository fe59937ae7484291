import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithCore
import JobsmithDomain
import Testing

@testable import JobsmithServer

/// The editor form's fields for `document`, as a browser would send them.
func editorFields(_ document: JobDocument, version: Int, action: String = "save") -> [(String, String)] {
    var fields: [(String, String)] = [("version", String(version)), ("title", document.title), ("summary", document.summary ?? "")]
    for (section, items) in document.listSections { fields += items.map { (section.rawValue, $0) } }
    for kpi in document.kpis { fields += [("kpis.name", kpi.name), ("kpis.description", kpi.description)] }
    for other in document.otherSections { fields += [("otherSections.heading", other.heading), ("otherSections.body", other.body)] }
    fields += [
        ("reportsTo", document.reportsTo ?? ""), ("location.city", document.location?.city ?? ""),
        ("location.region", document.location?.region ?? ""), ("location.country", document.location?.country ?? ""),
        ("workplaceType", document.workplaceType?.rawValue ?? ""), ("employmentType", document.employmentType?.rawValue ?? ""),
        ("salary.min", document.salary.map { String(Int($0.min)) } ?? ""), ("salary.max", document.salary.map { String(Int($0.max)) } ?? ""),
        ("salary.currency", document.salary?.currency ?? ""), ("salary.period", document.salary?.period.rawValue ?? "year"),
        ("action", action),
    ]
    return fields
}

@Suite("Web app: compose, edit, history, import, settings")
struct WebEditorTests {
    @Test("compose from a template applies the profile and lands in the editor", arguments: TestDatabase.available)
    func compose(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            _ = try await CompanyProfileStore(database: app.database).save(
                .init(
                    name: "Acme", about: "We build rockets.", locations: [.init(city: "Denver", region: "CO", country: "US")],
                    benefits: ["Free lunch"]),
                organizationID: app.organizationID
            )
            let browser = try await Browser.signedIn(client, as: app.email)
            let form = try await browser.get("/compose?template=backend-developer")
            #expect(form.status == .ok)
            #expect(form.body.contains(#"<option value="backend-developer" selected>"#))
            #expect(form.body.contains(#"value="Denver""#))
            let missing = try await browser.post("/compose", [("template", "")])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.body.contains("Choose a template"))
            let badSalary = try await browser.post(
                "/compose", [("template", "backend-developer"), ("salary.min", "lots"), ("salary.currency", "USD")])
            #expect(badSalary.status == .unprocessableContent)
            #expect(badSalary.body.contains("must be a number"))
            let created = try await browser.post(
                "/compose",
                [
                    ("template", "backend-developer"), ("title", "Backend Developer (Payments)"), ("team", "the Payments team"),
                    ("location.city", "Austin"), ("location.region", "TX"), ("location.country", "us"), ("workplaceType", "hybrid"),
                    ("employmentType", "full_time"), ("salary.min", "120,000"), ("salary.max", "150000"), ("salary.currency", "usd"),
                    ("salary.period", "year"),
                ]
            )
            #expect(created.status == .seeOther)
            let location = try #require(created.location)
            #expect(location.hasPrefix("/jobs/") && location.hasSuffix("?notice=created"))
            let id = try #require(UUID(uuidString: String(location.dropFirst(6).prefix(36))))
            let job = try #require(try await JobDescriptionStore(database: app.database).find(id, organizationID: app.organizationID))
            #expect(job.document.title == "Backend Developer (Payments)")
            #expect(job.document.location == Location(city: "Austin", region: "TX", country: "US"))
            #expect(job.document.salary == Salary(min: 120_000, max: 150_000, currency: "USD", period: .year))
            #expect(job.document.benefits.contains("Free lunch"))
            #expect(job.document.otherSections.first?.body == "We build rockets.")
            let editor = try await browser.get(location)
            #expect(editor.status == .ok)
            #expect(editor.body.contains("Created. Edit it below"))
        }
    }

    @Test("saving creates a version with the author; validation errors are shown and nothing is saved", arguments: TestDatabase.available)
    func saveAndValidate(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            var document = job.document
            document.responsibilities[1] = "Write tests for every change"
            document.responsibilities.append("   ")
            let saved = try await browser.post("/jobs/\(id)", editorFields(document, version: 1))
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/jobs/\(id)?notice=saved&n=2")
            let stored = try #require(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID))
            #expect(stored.version == 2)
            #expect(stored.document.responsibilities == ["Design and build REST APIs", "Write tests for every change", "Review code"])
            let version = try await JobDescriptionStore(database: app.database).version(2, of: job.id, organizationID: app.organizationID)
            #expect(version?.author == "Ada <Lovelace> <\(app.email)>")
            #expect(try await browser.get(saved.location!).body.contains("Saved as version 2."))

            var invalid = stored.document
            invalid.title = ""
            let rejected = try await browser.post("/jobs/\(id)", editorFields(invalid, version: 2))
            #expect(rejected.status == .unprocessableContent)
            #expect(rejected.body.contains("Not saved: please fix these"))
            #expect(rejected.body.contains("aria-invalid=\"true\""))
            #expect(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID)?.version == 2)
        }
    }

    @Test("a stale save shows both versions side by side, keeps the user's text and saves it on the next try", arguments: TestDatabase.available)
    func conflictDetection(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            #expect(try await browser.get("/jobs/\(id)").body.contains(#"name="version" value="1""#))
            // Someone else saves version 2 through the API meanwhile.
            var theirs = job.document
            theirs.responsibilities[0] = "Their responsibility"
            _ = try await JobDescriptionStore(database: app.database).save(
                theirs, id: job.id, organizationID: app.organizationID, expectedVersion: 1, author: "token: ci"
            )
            var mine = job.document
            mine.responsibilities[2] = "My responsibility"
            let conflict = try await browser.post("/jobs/\(id)", editorFields(mine, version: 1))
            #expect(conflict.status == .conflict)
            #expect(conflict.body.contains("Someone else saved first"))
            #expect(conflict.body.contains("Their version 2 (saved)"))
            #expect(conflict.body.contains("Their responsibility"))
            #expect(conflict.body.contains("My responsibility"))
            #expect(conflict.body.contains(#"name="version" value="2""#), "the form now saves on top of their version")
            #expect(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID)?.version == 2)
            // Saving again from the conflict page makes the user's text version 3; theirs stays in the history.
            let resolved = try await browser.post("/jobs/\(id)", editorFields(mine, version: 2))
            #expect(resolved.location == "/jobs/\(id)?notice=saved&n=3")
            let stored = try #require(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID))
            #expect(stored.document.responsibilities[2] == "My responsibility")
            #expect(
                try await JobDescriptionStore(database: app.database).version(2, of: job.id, organizationID: app.organizationID)?.document == theirs)
        }
    }

    @Test("without JavaScript, buttons add, remove, reorder items and apply a suggestion, without saving", arguments: TestDatabase.available)
    func noScriptEditing(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob(responsibilities: ["First", "Second", "We want a rockstar"])
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            let editor = try await browser.get("/jobs/\(id)")
            #expect(editor.body.contains("Replace “a rockstar” with “an expert”"))
            #expect(editor.body.contains("<mark>a rockstar</mark>"))
            func responsibilities(_ page: WebResponse) -> [String] {
                page.body.matches(of: /name="responsibilities"[^>]*>([^<]*)<\/textarea>/).map { String($0.1) }
            }
            let moved = try await browser.post("/jobs/\(id)", editorFields(job.document, version: 1, action: "down:responsibilities:0"))
            #expect(moved.status == .ok)
            #expect(responsibilities(moved) == ["Second", "First", "We want a rockstar"])
            #expect(moved.body.contains("Not saved yet"))
            let added = try await browser.post("/jobs/\(id)", editorFields(job.document, version: 1, action: "add:responsibilities"))
            #expect(responsibilities(added) == ["First", "Second", "We want a rockstar", ""])
            let removed = try await browser.post("/jobs/\(id)", editorFields(job.document, version: 1, action: "remove:responsibilities:1"))
            #expect(responsibilities(removed) == ["First", "We want a rockstar"])
            let fixed = try await browser.post(
                "/jobs/\(id)", editorFields(job.document, version: 1, action: "apply|/responsibilities/2|8|18|an expert")
            )
            #expect(responsibilities(fixed) == ["First", "Second", "We want an expert"])
            #expect(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID)?.version == 1)
        }
    }

    @Test("the check endpoint lints the form as typed and returns the panel, field findings and preview", arguments: TestDatabase.available)
    func checkAsYouType(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            var document = job.document
            document.responsibilities[1] = "Be a rockstar ninja"
            let response = try await browser.post("/jobs/\(id)/check", editorFields(document, version: 1, action: "check"))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/json")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any])
            let fields = try #require(json["fields"] as? [String: String])
            let findings = try #require(fields["f-responsibilities-1"])
            #expect(findings.contains("<mark>rockstar</mark>"))
            #expect(findings.contains(#"data-apply="skilled""#))
            #expect(findings.contains(#"data-apply="expert""#))
            #expect((json["quality"] as? String)?.contains("Quality score") == true)
            #expect((json["preview"] as? String)?.contains("Be a rockstar ninja") == true)
            #expect((json["score"] as? Int).map { $0 < 100 } == true)
        }
    }

    @Test("history lists versions with authors, shows a diff between any two and restores a version as a new one", arguments: TestDatabase.available)
    func history(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            var changed = job.document
            changed.responsibilities[0] = "Design and build GraphQL APIs"
            changed.responsibilities.append("Mentor juniors")
            _ = try await browser.post("/jobs/\(id)", editorFields(changed, version: 1))
            let history = try await browser.get("/jobs/\(id)/history")
            #expect(history.body.contains("Version 2"))
            #expect(history.body.contains("Version 1"))
            #expect(history.body.contains("Ada &lt;Lovelace&gt;"))
            #expect(history.body.contains("Seed"))
            let diff = try await browser.get("/jobs/\(id)/compare?from=1&to=2")
            #expect(diff.status == .ok)
            #expect(diff.body.contains("<del>Design and build REST APIs</del>"))
            #expect(diff.body.contains("<ins>Design and build GraphQL APIs</ins>"))
            #expect(diff.body.contains("<ins>Mentor juniors</ins>"))
            #expect(try await browser.get("/jobs/\(id)/compare?from=1&to=9").status == .notFound)
            let version = try await browser.get("/jobs/\(id)/history/1")
            #expect(version.body.contains("Restore version 1"))
            let restored = try await browser.post("/jobs/\(id)/history/1/restore", [("version", "2")])
            #expect(restored.location == "/jobs/\(id)?notice=restored&n=3")
            let current = try #require(try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID))
            #expect(current.version == 3 && current.document == job.document)
            // A restore based on an old version is refused rather than overwriting newer work.
            let stale = try await browser.post("/jobs/\(id)/history/2/restore", [("version", "2")])
            #expect(stale.status == .badRequest)
        }
    }

    @Test("exports download Markdown, HTML, plain text and JSON as attachments", arguments: TestDatabase.available)
    func exports(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            for (format, type, marker) in [
                ("md", "text/markdown", "# Backend Developer"), ("html", "text/html", "<h1>Backend Developer</h1>"),
                ("txt", "text/plain", "RESPONSIBILITIES\n* Design and build REST APIs"),
                ("json", "application/json", #""title" : "Backend Developer""#),
            ] {
                let response = try await browser.get("/jobs/\(id)/export/\(format)")
                #expect(response.status == .ok, "\(format)")
                #expect(response.headers[.contentType]?.hasPrefix(type) == true, "\(format)")
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"backend-developer-v1.\(format)\"", "\(format)")
                #expect(response.body.contains(marker), "\(format): \(response.body.prefix(200))")
            }
            #expect(try await browser.get("/jobs/\(id)/export/pdf").status == .notFound)
        }
    }

    @Test("import reads pasted text or an uploaded file, shows the review, and saves a draft", arguments: TestDatabase.available)
    func importFlow(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            #expect(try await browser.get("/import").status == .ok)
            let text =
                "Data Analyst\n\nAbout the role\nTurn data into decisions.\n\nResponsibilities\n- Build dashboards\n- Answer questions with SQL\n\nPerks & <stuff>\nGood coffee\n"
            let review = try await browser.postMultipart("/import", fields: [("text", text), ("format", "")], file: nil)
            #expect(review.status == .ok)
            #expect(review.body.contains("Review the import"))
            #expect(review.body.contains("Build dashboards"))
            #expect(review.body.contains("Perks &amp; &lt;stuff&gt;"))
            let upload = try await browser.postMultipart(
                "/import", fields: [("text", ""), ("format", "")],
                file: ("file", "role.md", "text/markdown", "# QA Engineer\n\n## Responsibilities\n\n- Test everything\n")
            )
            #expect(upload.status == .ok)
            #expect(upload.body.contains("Test everything"))
            #expect(upload.body.contains("Read as <strong>markdown</strong>"))
            let empty = try await browser.postMultipart("/import", fields: [("text", "  "), ("format", "")], file: nil)
            #expect(empty.status == .unprocessableContent)
            let binary = try await browser.postMultipart("/import", fields: [("text", "")], file: ("file", "x.pdf", "application/pdf", "%PDF-1.7\n"))
            #expect(binary.status == .unprocessableContent)
            #expect(binary.body.contains("cannot be imported"))

            let document = JobDocument(title: "QA Engineer", responsibilities: ["Test everything"])
            let saved = try await browser.post("/import/save", editorFields(document, version: 0).filter { $0.0 != "version" })
            #expect(saved.status == .seeOther)
            #expect(saved.location?.hasSuffix("?notice=imported") == true)
            let list = try await JobDescriptionStore(database: app.database).list(
                organizationID: app.organizationID, titleContains: "QA", status: nil, inTrash: false, after: nil, limit: 5
            )
            #expect(list.items.first?.document.responsibilities == ["Test everything"])
        }
    }

    @Test("settings save the company profile, create tokens shown once, revoke them and add users", arguments: TestDatabase.available)
    func settings(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            #expect(try await browser.get("/settings").status == .ok)
            let invalid = try await browser.post("/settings/profile", [("name", "Acme"), ("employeeCount", "many"), ("website", "ftp://x")])
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.body.contains("Employee count: must be a whole number"))
            let saved = try await browser.post(
                "/settings/profile",
                [
                    ("name", "Acme"), ("about", "We build rockets."), ("locations", "Denver, CO, US\nBerlin, DE"), ("benefits", "Lunch\n\nGym"),
                    ("employeeCount", "1,200"), ("currency", "usd"), ("period", "year"), ("defaultWorkplaceType", "remote"),
                ]
            )
            #expect(saved.location == "/settings?notice=profile")
            let profile = try await CompanyProfileStore(database: app.database).profile(organizationID: app.organizationID)
            #expect(profile.employeeCount == 1200)
            #expect(profile.locations == [.init(city: "Denver", region: "CO", country: "US"), .init(city: "Berlin", region: nil, country: "DE")])
            #expect(profile.benefits == ["Lunch", "Gym"])
            #expect(profile.salaryPolicy?.currency == "USD")

            let created = try await browser.post("/settings/tokens", [("name", "ATS sync")])
            let secret = try #require(created.body.firstMatch(of: /value="(jsm_[A-Za-z0-9_\-]+)"/)?.1)
            #expect(created.body.contains("shown only this once"))
            #expect(try await client.send(.get, "/api/v1/job-descriptions", token: String(secret)).status == .ok)
            let listed = try await browser.get("/settings")
            #expect(listed.body.contains("ATS sync"))
            #expect(!listed.body.contains(String(secret)))
            let tokens = try await OrganizationDirectory(database: app.database).tokens(organizationID: app.organizationID)
            let ats = try #require(tokens.first { $0.name == "ATS sync" })
            #expect(try await browser.post("/settings/tokens/\(ats.id.uuidString.lowercased())/revoke").status == .seeOther)
            #expect(try await client.send(.get, "/api/v1/job-descriptions", token: String(secret)).status == .unauthorized)
            #expect(try await browser.get("/settings").body.contains("Revoked"))

            let weak = try await browser.post("/people/users", [("email", "lin@acme.test"), ("password", "short"), ("role", "editor")])
            #expect(weak.status == .unprocessableContent)
            let added = try await browser.post(
                "/people/users", [("name", "Lin"), ("email", "lin-\(app.email)"), ("password", "another good password"), ("role", "editor")])
            #expect(added.status == .seeOther)
            let lin = Browser(client)
            #expect(try await lin.signIn("lin-\(app.email)", password: "another good password").status == .seeOther)
            #expect(try await lin.get("/").body.contains("Acme"))
        }
    }

    @Test("duplicate makes a new draft from the current version and opens it", arguments: TestDatabase.available)
    func duplicate(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let job = try await app.createJob()
            let browser = try await Browser.signedIn(client, as: app.email)
            let editor = try await browser.get("/jobs/\(job.id.uuidString.lowercased())")
            #expect(editor.body.contains("/jobs/\(job.id.uuidString.lowercased())/duplicate"))
            let response = try await browser.post("/jobs/\(job.id.uuidString.lowercased())/duplicate")
            #expect(response.status == .seeOther)
            let location = try #require(response.location)
            #expect(location.hasSuffix("?notice=duplicated"))
            let copyID = try #require(UUID(uuidString: String(location.dropFirst("/jobs/".count).prefix(36))))
            #expect(copyID != job.id)
            let copy = try #require(try await JobDescriptionStore(database: app.database).find(copyID, organizationID: app.organizationID))
            #expect(copy.document.title == "Backend Developer (copy)")
            #expect(copy.document.responsibilities == job.document.responsibilities)
            #expect(try await browser.get(location).body.contains("Duplicated"))
        }
    }
}
