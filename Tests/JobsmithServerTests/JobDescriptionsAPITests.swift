import Foundation
import HTTPTypes
import HummingbirdTesting
import SQLKit
import Testing

@Suite("Job descriptions API")
struct JobDescriptionsAPITests {
    @Test("create answers 201 with Location, ETag and the stored document", arguments: TestDatabase.available)
    func create(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let response = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: sampleDocument)
            #expect(response.status == .created)
            let id = try #require(response.json["id"] as? String)
            #expect(response.headers[.location] == "/api/v1/job-descriptions/\(id)")
            #expect(response.headers[.eTag] == "\"v1\"")
            #expect(response.json["version"] as? Int == 1)
            #expect(response.json["status"] as? String == "draft")
            #expect(response.json["title"] as? String == "Backend Developer")
            #expect((response.json["salary"] as? [String: Any])?["currency"] as? String == "USD")
            #expect(response.json["createdAt"] is String)

            let read = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: orgs.token)
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == "\"v1\"")
            #expect(read.json["responsibilities"] as? [String] == sampleDocument["responsibilities"] as? [String])
        }
    }

    @Test("a repeated read is answered from memory with the same bytes, and an edit is seen at once", arguments: TestDatabase.available)
    func repeatedReads(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let path = "/api/v1/job-descriptions/\(id)"
            let first = try await client.send(.get, path, token: orgs.token)
            // Changed behind the application's back: only a read from memory still answers the version it read.
            try await (orgs.database as! any SQLDatabase).update("job_descriptions")
                .set("document", to: #"{"title":"Changed in the database"}"#).where("id", .equal, UUID(uuidString: id)!).run()
            let second = try await client.send(.get, path, token: orgs.token)
            #expect(first.body == second.body)
            #expect(second.json["title"] as? String != "Changed in the database")
            #expect(second.headers[.eTag] == "\"v1\"")
            #expect(second.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(try await client.send(.get, path, token: orgs.otherToken).status == .notFound)
            _ = try await client.send(
                .patch, path, token: orgs.token, body: #"{"title": "Changed"}"#,
                headers: [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            )
            let third = try await client.send(.get, path, token: orgs.token)
            #expect(third.json["title"] as? String == "Changed")
            #expect(third.headers[.eTag] == "\"v2\"")
            let html = try await client.send(.get, path, token: orgs.token, headers: [.accept: "text/html"])
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
            _ = try await client.send(.delete, path, token: orgs.token, headers: [.ifMatch: "\"v2\""])
            #expect(try await client.send(.get, path, token: orgs.token).status == .notFound)
        }
    }

    @Test("every render format, by query and by Accept", arguments: TestDatabase.available)
    func renderFormats(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let path = "/api/v1/job-descriptions/\(id)"

            let markdown = try await client.send(.get, path + "?format=md", token: orgs.token)
            #expect(markdown.headers[.contentType]?.hasPrefix("text/markdown") == true)
            #expect(markdown.body.hasPrefix("# Backend Developer\n"))
            #expect(markdown.body.contains("- Design and build REST APIs"))
            #expect(markdown.body.contains("**Salary:** USD 110,000 – 140,000 per year"))

            let html = try await client.send(.get, path, token: orgs.token, headers: [.accept: "text/html"])
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(html.body.contains("<h1>Backend Developer</h1>"))
            #expect(html.body.contains("Build the services &lt;and&gt; APIs that power our product &amp; keep them fast."))
            #expect(!html.body.contains("<and>"))

            let text = try await client.send(.get, path + "?format=txt", token: orgs.token)
            #expect(text.headers[.contentType]?.hasPrefix("text/plain") == true)
            #expect(text.body.contains("RESPONSIBILITIES\n* Design and build REST APIs"))

            let jsonLD = try await client.send(.get, path, token: orgs.token, headers: [.accept: "application/ld+json"])
            #expect(jsonLD.headers[.contentType]?.hasPrefix("application/ld+json") == true)
            #expect(jsonLD.json["@type"] as? String == "JobPosting")
            #expect(jsonLD.json["employmentType"] as? String == "FULL_TIME")
            let salary = try #require(jsonLD.json["baseSalary"] as? [String: Any])
            #expect((salary["value"] as? [String: Any])?["unitText"] as? String == "YEAR")
            #expect((jsonLD.json["hiringOrganization"] as? [String: Any])?["name"] as? String == "Acme <Test> & Co")

            let json = try await client.send(.get, path + "?format=json", token: orgs.token, headers: [.accept: "text/html"])
            #expect(json.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(json.json["id"] as? String == id)
        }
    }

    @Test("two updates make three versions, and the diff shows what changed", arguments: TestDatabase.available)
    func versionsAndDiff(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let path = "/api/v1/job-descriptions/\(id)"
            var replaced = sampleDocument
            replaced["responsibilities"] = ["Design and build REST APIs", "Write tests for every change", "Run the on-call rotation"]
            let put = try await client.send(.put, path, token: orgs.token, json: replaced, headers: [.ifMatch: "\"v1\""])
            #expect(put.status == .ok)
            #expect(put.headers[.eTag] == "\"v2\"")

            let patch = try await client.send(
                .patch, path, token: orgs.token, body: #"{"title": "Senior Backend Developer", "niceToHave": null}"#,
                headers: [.ifMatch: "\"v2\"", .contentType: "application/merge-patch+json"]
            )
            #expect(patch.status == .ok)
            #expect(patch.json["version"] as? Int == 3)
            #expect(patch.json["title"] as? String == "Senior Backend Developer")
            #expect(patch.json["niceToHave"] as? [String] == [])
            #expect(patch.json["summary"] as? String == sampleDocument["summary"] as? String)

            let versions = try await client.send(.get, path + "/versions", token: orgs.token)
            let items = try #require(versions.json["items"] as? [[String: Any]])
            #expect(items.map { $0["version"] as? Int } == [3, 2, 1])
            #expect(items.first?["author"] as? String == "token: tests")
            #expect(versions.json.keys.contains("nextCursor"))

            let first = try await client.send(.get, path + "/versions/1", token: orgs.token)
            #expect((first.json["document"] as? [String: Any])?["title"] as? String == "Backend Developer")

            let diff = try await client.send(.get, path + "/diff?from=1&to=3", token: orgs.token)
            #expect(diff.status == .ok)
            let sections = try #require(diff.json["sections"] as? [[String: Any]])
            let bySection = Dictionary(uniqueKeysWithValues: sections.map { ($0["section"] as! String, $0) })
            #expect(Set(bySection.keys) == ["title", "responsibilities", "niceToHave"])
            let responsibilities = try #require(bySection["responsibilities"])
            #expect((responsibilities["changed"] as? [[String: String]])?.first == ["from": "Review code", "to": "Run the on-call rotation"])
            #expect((bySection["niceToHave"]?["removed"] as? [String]) == ["Swift on the server"])

            let missing = try await client.send(.get, path + "/versions/9", token: orgs.token)
            #expect(missing.status == .notFound)
        }
    }

    @Test("a stale If-Match gets 412 and a missing one 428, and nothing changes", arguments: TestDatabase.available)
    func optimisticConcurrency(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let path = "/api/v1/job-descriptions/\(id)"
            _ = try await client.send(
                .put, path, token: orgs.token, json: sampleDocument.merging(["title": "Changed"]) { $1 }, headers: [.ifMatch: "\"v1\""])

            var stale = sampleDocument
            stale["title"] = "Lost update"
            let put = try await client.send(.put, path, token: orgs.token, json: stale, headers: [.ifMatch: "\"v1\""])
            #expect(put.status == .preconditionFailed)
            #expect(put.headers[.contentType] == "application/problem+json")
            let patch = try await client.send(
                .patch, path, token: orgs.token, body: #"{"title": "Lost"}"#,
                headers: [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            )
            #expect(patch.status == .preconditionFailed)
            let delete = try await client.send(.delete, path, token: orgs.token, headers: [.ifMatch: "\"v1\""])
            #expect(delete.status == .preconditionFailed)

            let noHeader = try await client.send(.put, path, token: orgs.token, json: stale)
            #expect(noHeader.status == .preconditionRequired)
            let noHeaderDelete = try await client.send(.delete, path, token: orgs.token)
            #expect(noHeaderDelete.status == .preconditionRequired)

            let read = try await client.send(.get, path, token: orgs.token)
            #expect(read.json["title"] as? String == "Changed")
            #expect(read.json["version"] as? Int == 2)
        }
    }

    @Test("delete moves to the trash and restore brings it back", arguments: TestDatabase.available)
    func deleteAndRestore(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let path = "/api/v1/job-descriptions/\(id)"
            let delete = try await client.send(.delete, path, token: orgs.token, headers: [.ifMatch: "\"v1\""])
            #expect(delete.status == .noContent)
            #expect(try await client.send(.get, path, token: orgs.token).status == .notFound)
            let list = try await client.send(.get, "/api/v1/job-descriptions", token: orgs.token)
            #expect((list.json["items"] as? [Any])?.isEmpty == true)
            let trash = try await client.send(.get, "/api/v1/job-descriptions?status=deleted", token: orgs.token)
            #expect((trash.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])

            let restore = try await client.send(.post, path + "/restore", token: orgs.token)
            #expect(restore.status == .ok)
            #expect(try await client.send(.get, path, token: orgs.token).status == .ok)
        }
    }

    @Test("lists page with cursors and filter by title and status", arguments: TestDatabase.available)
    func listing(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            var created: [String] = []
            for title in ["Data Engineer", "Backend Developer", "Data Analyst", "Product_Designer 100%", "Nurse"] {
                created.append(try await client.createJobDescription(token: orgs.token, sampleDocument.merging(["title": title]) { $1 }))
            }
            let seen = try await client.collectPages("/api/v1/job-descriptions", token: orgs.token, pageSize: 2)
            #expect(seen == created.reversed())

            let data = try await client.send(.get, "/api/v1/job-descriptions?q=DATA", token: orgs.token)
            #expect(Set((data.json["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }) == ["Data Engineer", "Data Analyst"])
            let literal = try await client.send(.get, "/api/v1/job-descriptions?q=_designer%20100%25", token: orgs.token)
            #expect((literal.json["items"] as? [Any])?.count == 1)
            let wildcard = try await client.send(.get, "/api/v1/job-descriptions?q=%25", token: orgs.token)
            #expect((wildcard.json["items"] as? [Any])?.count == 1)
            let drafts = try await client.send(.get, "/api/v1/job-descriptions?status=draft&limit=100", token: orgs.token)
            #expect((drafts.json["items"] as? [Any])?.count == 5)
            let published = try await client.send(.get, "/api/v1/job-descriptions?status=published", token: orgs.token)
            #expect((published.json["items"] as? [Any])?.isEmpty == true)

            let badCursor = try await client.send(.get, "/api/v1/job-descriptions?cursor=nonsense", token: orgs.token)
            #expect(badCursor.status == .badRequest)
            #expect(badCursor.json["detail"] as? String ?? "" != "")
        }
    }
}
