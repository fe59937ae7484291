import FluentKit
import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithCore
import JobsmithDomain
import Testing

@testable import JobsmithServer

@Suite("Web app: publishing")
struct WebPublishTests {
    @Test("publish behind the lint gate, open the public page, see counts, unpublish", arguments: TestDatabase.available)
    func publishAndUnpublish(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            // No requirements: the completeness check reports an error, which blocks publishing.
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let browser = try await Browser.signedIn(client, as: app.email)
            let page = try await browser.get("/jobs/\(id)/publish")
            #expect(page.status == .ok)
            #expect(page.body.contains("Not published"))
            #expect(page.body.contains("Errors to fix before publishing"))

            let noWayToApply = try await browser.post("/jobs/\(id)/publish", [("version", "1"), ("applyUrl", ""), ("applyEmail", "")])
            #expect(noWayToApply.status == .unprocessableContent)
            #expect(noWayToApply.body.contains("Apply link: or applyEmail is required"))
            let blocked = try await browser.post("/jobs/\(id)/publish", [("version", "1"), ("applyEmail", "jobs@acme.test")])
            #expect(blocked.status == .unprocessableContent)
            #expect(blocked.body.contains("Publishing is blocked"))
            let badDate = try await browser.post(
                "/jobs/\(id)/publish", [("version", "1"), ("applyEmail", "jobs@acme.test"), ("validThrough", "2020-01-01"), ("force", "true")]
            )
            #expect(badDate.body.contains("Listed until: must be in the future"))
            let stale = try await browser.post("/jobs/\(id)/publish", [("version", "0"), ("applyEmail", "jobs@acme.test"), ("force", "true")])
            #expect(stale.status == .conflict)

            let published = try await browser.post(
                "/jobs/\(id)/publish",
                [
                    ("version", "1"), ("applyEmail", "jobs@acme.test"), ("department", "Engineering"), ("validThrough", "2099-12-31"),
                    ("force", "true"),
                ]
            )
            #expect(published.location == "/jobs/\(id)/publish?notice=published")
            let live = try await browser.get(published.location!)
            #expect(live.body.contains("On your public board"))
            #expect(live.body.contains("Published despite lint errors"))
            let path = try #require(live.body.firstMatch(of: /href="(\/boards\/[a-z0-9\-]+\/jobs\/[0-9a-f\-]{36})"/)?.1)
            #expect(path.hasPrefix("/boards/\(app.slug)/jobs/"))
            let publicPage = try await Browser(client).get(String(path))
            #expect(publicPage.status == .ok)
            #expect(publicPage.body.contains("Backend Developer"))
            #expect(try await browser.get("/").body.contains("Published"))

            // An edit is not public until published again.
            var edited = job.document
            edited.title = "Backend Developer (Payments)"
            _ = try await browser.post("/jobs/\(id)", editorFields(edited, version: 1))
            #expect(try await browser.get("/jobs/\(id)/publish").body.contains("not on the board yet"))

            let unpublished = try await browser.post("/jobs/\(id)/unpublish")
            #expect(unpublished.location == "/jobs/\(id)/publish?notice=unpublished")
            #expect(try await browser.get("/jobs/\(id)/publish").body.contains("Unpublished"))
            #expect(try await Browser(client).get(String(path)).status != .ok)
        }
    }
}
