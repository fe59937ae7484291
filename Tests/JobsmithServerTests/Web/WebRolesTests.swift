import Foundation
import HTTPTypes
import HummingbirdTesting
import JobsmithDomain
import Testing

@testable import JobsmithCore

@Suite("Web app: what each role sees and may do")
struct WebRolesTests {
    @Test("a viewer sees no forms it may not use, and their routes answer 403 pages", arguments: TestDatabase.available)
    func viewer(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let roles = try await RoleTokens.seed(in: app.slug, on: app.database)
            let job = try await app.createJob()
            let id = job.id.uuidString.lowercased()
            let viewer = try await Browser.signedIn(client, as: try #require(roles.members[.viewer]?.email))
            let dashboard = try await viewer.get("/")
            #expect(dashboard.status == .ok)
            #expect(!dashboard.body.contains("href=\"/import\""))
            #expect(!dashboard.body.contains("href=\"/compose\""))
            #expect(!dashboard.body.contains("/jobs/\(id)/publish"))
            let editor = try await viewer.get("/jobs/\(id)")
            #expect(editor.status == .ok)
            #expect(!editor.body.contains("value=\"save\" class=\"primary\""))
            #expect(!editor.body.contains("/jobs/\(id)/duplicate"))
            #expect(editor.body.contains("can read this job description but not save changes"))
            let settings = try await viewer.get("/settings")
            #expect(settings.status == .ok)
            #expect(!settings.body.contains("Save profile"))
            #expect(!settings.body.contains("/settings/tokens"))
            let people = try await viewer.get("/people")
            #expect(people.status == .ok)
            #expect(!people.body.contains("/deactivate"))
            #expect(!people.body.contains("action=\"/people/users\""))
            #expect(!(try await viewer.get("/library?q=zzzxqy").body.contains("/library/blank")))

            for path in ["/compose", "/import", "/jobs/\(id)/publish"] {
                let page = try await viewer.get(path)
                #expect(page.status == .forbidden, "\(path)")
                #expect(page.body.contains("Your role does not allow this"), "\(path)")
            }
            let posts: [(String, [(String, String)])] = [
                ("/jobs/\(id)", [("version", "1"), ("action", "save"), ("title", "Hijacked")]),
                ("/jobs/\(id)/delete", [("version", "1")]),
                ("/jobs/\(id)/duplicate", []),
                ("/library/blank", []),
                ("/jobs/\(id)/publish", [("version", "1"), ("applyEmail", "jobs@acme.test")]),
                ("/settings/profile", [("name", "Hijacked")]),
                ("/settings/tokens", [("name", "stolen")]),
                ("/people/users", [("email", "mallory@acme.test"), ("password", "0123456789ab"), ("role", "admin")]),
                ("/people/\(roles.id(.editor).uuidString)/role", [("role", "viewer")]),
                ("/people/\(roles.id(.editor).uuidString)/deactivate", []),
            ]
            for (path, fields) in posts {
                let refused = try await viewer.post(path, fields)
                #expect(refused.status == .forbidden, "\(path)")
                #expect(refused.body.contains("needs the permission"), "\(path)")
            }
            let unchanged = try await JobDescriptionStore(database: app.database).find(job.id, organizationID: app.organizationID)
            #expect(unchanged?.document.title == "Backend Developer")
        }
    }

    @Test("an admin manages people on the People page; the last owner stays an owner", arguments: TestDatabase.available)
    func admin(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let roles = try await RoleTokens.seed(in: app.slug, on: app.database)
            let admin = try await Browser.signedIn(client, as: try #require(roles.members[.admin]?.email))
            let page = try await admin.get("/people")
            let editorID = roles.id(.editor).uuidString.lowercased()
            #expect(page.body.contains("/people/\(editorID)/deactivate"))
            #expect(!page.body.contains("<option value=\"owner\""), "admins cannot make owners")
            #expect(!page.body.contains("transfer-ownership"))
            #expect(try await admin.post("/people/\(editorID)/role", [("role", "reviewer")]).location == "/people?notice=role")
            #expect(try await UserStore(database: app.database).find(roles.id(.editor))?.role == .reviewer)
            #expect(try await admin.post("/people/\(editorID)/deactivate").status == .seeOther)
            #expect(try await admin.get("/people").body.contains("/people/\(editorID)/reactivate"))
            let bogus = try await admin.post("/people/\(editorID)/role", [("role", "emperor")])
            #expect(bogus.status == .badRequest)

            let owner = try await Browser.signedIn(client, as: try #require(roles.members[.owner]?.email))
            let transfer = try await owner.post("/people/\(editorID)/transfer-ownership")
            #expect(transfer.status == .conflict, "a deactivated user cannot become owner")
            #expect(transfer.body.contains("deactivated"))
            #expect(try await owner.get("/people").body.contains("/people/\(roles.id(.viewer).uuidString.lowercased())/transfer-ownership"))
        }
    }
}
