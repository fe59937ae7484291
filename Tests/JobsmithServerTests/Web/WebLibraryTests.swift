import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithDomain
import JobsmithLibrary
import Testing

@testable import JobsmithCore

@Suite("Web app: the template library's filters, counts, empty state and blank start")
struct WebLibraryTests {
    @Test("department, level and family filters combine with the text, and every option counts its results", arguments: TestDatabase.available)
    func filtersAndCounts(database: TestDatabase) async throws {
        let library = try BuiltInTemplates.load()
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            let nurse = TemplateRanking.search(library, query: "nurse")
            let page = try await browser.get("/library?q=nurse")
            #expect(page.status == .ok)
            #expect(page.body.contains("\(nurse.count) templates"))
            let healthcare = nurse.filter { $0.department == "healthcare" }
            #expect(page.body.contains(">Healthcare (\(healthcare.count))</option>"))
            #expect(page.body.contains(">Retail (0)</option>"))
            #expect(page.body.contains(">All departments (\(nurse.count))</option>"))
            let nursing = nurse.filter { $0.family == "nursing" }
            #expect(page.body.contains(">Nursing (\(nursing.count))</option>"))
            #expect(!page.body.contains(">Truck driving ("), "families without a match are left out")

            // Choosing a family narrows the results, and the other filters count within it.
            let family = try await browser.get("/library?q=nurse&family=nursing&level=mid")
            let expected = nursing.filter { $0.level == "mid" }
            #expect(family.body.contains("\(expected.count) templates"))
            for template in nursing {
                #expect(family.body.contains("/library/\(template.slug)\"") == (template.level == "mid"), "\(template.slug)")
            }
            #expect(family.body.contains(">Mid (\(expected.count))</option>"))
            #expect(family.body.contains(">Manager (\(nursing.filter { $0.level == "manager" }.count))</option>"))
            #expect(family.body.contains("<option value=\"nursing\" selected>"))
            #expect(family.body.contains("<option value=\"mid\" selected>"))

            // The script's fragment carries the same counts for the filters.
            let fragment = try await browser.get("/library?q=nurse&family=nursing&level=mid&fragment=results")
            #expect(fragment.body.contains("<template data-filter-options>"))
            #expect(fragment.body.contains(">Mid (\(expected.count))</option>"))
            #expect(!fragment.body.contains("<html"))
        }
    }

    @Test("pages keep the search and filters in their links", arguments: TestDatabase.available)
    func paginationKeepsFilters(database: TestDatabase) async throws {
        let library = try BuiltInTemplates.load()
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            let mid = TemplateRanking.search(library, query: "", level: "mid")
            #expect(mid.count > 48)
            let first = try await browser.get("/library?level=mid&q=")
            #expect(first.body.contains("href=\"/library?level=mid&amp;page=2\" rel=\"next\""))
            let second = try await browser.get("/library?level=mid&page=2")
            #expect(second.body.contains("href=\"/library?level=mid\" rel=\"prev\""))
            #expect(second.body.contains("href=\"/library?level=mid&amp;page=3\" rel=\"next\""))
            #expect(second.body.contains("/library/\(mid[24].slug)\""))
            #expect(!second.body.contains("/library/\(mid[0].slug)\""))
            let searched = try await browser.get("/library?q=store%20manager&department=retail")
            let matches = TemplateRanking.search(library, query: "store manager", department: "retail")
            #expect(searched.body.contains("\(matches.count) template"))
            #expect(searched.body.contains("value=\"store manager\""))
        }
    }

    @Test("unknown or malformed filters give an inline message, not an error page", arguments: TestDatabase.available)
    func badParameters(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            let department = try await browser.get("/library?q=nurse&department=astrology")
            #expect(department.status == .badRequest)
            #expect(department.body.contains("There is no department “astrology”; showing every department."))
            #expect(department.body.contains("/library/registered-nurse\""))
            let level = try await browser.get("/library?level=%3Cb%3Eboss%3C%2Fb%3E")
            #expect(level.status == .badRequest)
            #expect(level.body.contains("There is no level “&lt;b&gt;boss&lt;/b&gt;”"))
            let family = try await browser.get("/library?family=no-such-family")
            #expect(family.status == .badRequest)
            #expect(family.body.contains("There is no job family “no-such-family”"))
            let malformed = try await browser.get("/library?family=" + String(repeating: "x", count: 500))
            #expect(malformed.status == .badRequest)
            #expect(malformed.body.contains("is not a job family"))
            let long = try await browser.get("/library?q=" + String(repeating: "a", count: 300))
            #expect(long.status == .badRequest)
            #expect(long.body.contains("limited to 200 characters"))
            #expect(try await browser.get("/library?page=0").status == .badRequest)
            #expect(try await browser.get("/library?page=99999999999999999999").status == .badRequest)
        }
    }

    @Test("a search that finds nothing suggests the nearest roles and offers a blank start", arguments: TestDatabase.available)
    func emptyState(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            let misspelled = try await browser.get("/library?q=electrision")
            #expect(misspelled.status == .ok)
            #expect(misspelled.body.contains("0 templates"))
            #expect(misspelled.body.contains("No template matches this search"))
            #expect(misspelled.body.contains("Roles with a similar title"))
            #expect(misspelled.body.contains("Electrician</a>"))
            #expect(misspelled.body.contains("/library/electrician-apprentice\""))
            #expect(misspelled.body.contains("action=\"/library/blank\""))
            #expect(misspelled.body.contains("Start from a blank description"))

            let filtered = try await browser.get("/library?q=registered%20nurse&department=retail")
            #expect(filtered.body.contains("Matches without the filters"))
            #expect(filtered.body.contains("/library/registered-nurse\""))

            let nothing = try await browser.get("/library?q=zzzxqy")
            #expect(nothing.body.contains("No template matches this search"))
            #expect(!nothing.body.contains("Roles with a similar title"))
            #expect(nothing.body.contains("Start from a blank description"))
            #expect(!(try await browser.get("/library?q=nurse").body.contains("Start from a blank description")))
        }
    }

    @Test("starting from a blank description creates an empty draft and opens it in the editor", arguments: TestDatabase.available)
    func blankStart(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = try await Browser.signedIn(client, as: app.email)
            _ = try await browser.get("/library?q=zzzxqy")
            #expect(try await browser.post("/library/blank", csrf: false).status == .forbidden)
            let created = try await browser.post("/library/blank")
            #expect(created.status == .seeOther)
            let location = try #require(created.location)
            #expect(location.hasPrefix("/jobs/") && location.hasSuffix("?notice=created"))
            let editor = try await browser.get(location)
            #expect(editor.status == .ok)
            #expect(editor.body.contains("value=\"\(JobDescriptionService.blankTitle)\""))
            let id = try #require(UUID(uuidString: String(location.dropFirst("/jobs/".count).prefix(36))))
            let stored = try #require(try await JobDescriptionStore(database: app.database).find(id, organizationID: app.organizationID))
            #expect(stored.version == 1)
            #expect(stored.document == JobDocument(title: JobDescriptionService.blankTitle))
            #expect(try await JobDescriptionStore(database: app.database).find(id, organizationID: app.otherOrganizationID) == nil)
        }
    }
}
