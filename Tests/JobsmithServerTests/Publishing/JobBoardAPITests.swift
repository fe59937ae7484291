import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Job-board JSON API")
struct JobBoardAPITests {
    @Test("lists open postings in Greenhouse's shape without a token, with content on request", arguments: TestDatabase.available)
    func listAndDetail(database: TestDatabase) async throws {
        try await withTestApp(database, publicBaseURL: "https://jobs.example.com") { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let posting = try await client.publish(id, token: orgs.token, ["requisitionId": "REQ-1", "validThrough": "2099-01-01T00:00:00Z"])
            let postingID = try #require(posting["id"] as? String)

            let list = try await client.page("/api/v1/boards/\(orgs.slug)/jobs")
            #expect(list.status == .ok)
            #expect(list.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(list.headers[.accessControlAllowOrigin] == "*")
            let jobs = try #require(list.json["jobs"] as? [[String: Any]])
            #expect((list.json["meta"] as? [String: Any])?["total"] as? Int == 1)
            let job = try #require(jobs.first)
            #expect(job["id"] as? String == postingID)
            #expect(job["internal_job_id"] as? String == id)
            #expect(job["title"] as? String == "Backend Developer")
            #expect(job["updated_at"] as? String == posting["updatedAt"] as? String)
            #expect(job["requisition_id"] as? String == "REQ-1")
            #expect((job["location"] as? [String: Any])?["name"] as? String == "Denver, CO, US")
            #expect(job["absolute_url"] as? String == "https://jobs.example.com/boards/\(orgs.slug)/jobs/\(postingID)")
            #expect(job["departments"] as? [[String: String]] == [["id": "engineering", "name": "Engineering"]])
            let office = try #require((job["offices"] as? [[String: Any]])?.first)
            #expect(office["name"] as? String == "Denver, CO, US")
            #expect(job.keys.contains("metadata") && job["metadata"] is NSNull)
            #expect(job["content"] == nil)
            #expect(job["workplace_type"] as? String == "hybrid")
            #expect(job["employment_type"] as? String == "full_time")

            let withContent = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?content=true")
            let content = try #require((withContent.json["jobs"] as? [[String: Any]])?.first?["content"] as? String)
            #expect(content.contains("<li>Design and build REST APIs</li>"))
            #expect(content.contains("Build the services &lt;and&gt; APIs"))

            let detail = try await client.page("/api/v1/boards/\(orgs.slug)/jobs/\(postingID)")
            #expect(detail.status == .ok)
            #expect(detail.headers[.accessControlAllowOrigin] == "*")
            #expect((detail.json["content"] as? String)?.contains("<h2>Requirements</h2>") == true)

            let etag = try #require(list.headers[.eTag])
            #expect(list.headers[.lastModified] != nil)
            let again = try await client.page("/api/v1/boards/\(orgs.slug)/jobs")
            #expect(again.body == list.body)
            #expect(again.headers[.accessControlAllowOrigin] == "*")
            let revalidated = try await client.page("/api/v1/boards/\(orgs.slug)/jobs", headers: [.ifNoneMatch: etag])
            #expect(revalidated.status == .notModified)
            #expect(revalidated.headers[.accessControlAllowOrigin] == "*")
            _ = try await client.createAndPublish(token: orgs.token, document(["title": "Data Engineer"]))
            let changed = try await client.page("/api/v1/boards/\(orgs.slug)/jobs", headers: [.ifNoneMatch: etag])
            #expect(changed.status == .ok)
            #expect((changed.json["meta"] as? [String: Any])?["total"] as? Int == 2)

            let unknownBoard = try await client.page("/api/v1/boards/nobody-here/jobs")
            #expect(unknownBoard.status == .notFound)
            #expect(unknownBoard.headers[.contentType] == "application/problem+json")
            #expect(unknownBoard.headers[.accessControlAllowOrigin] == "*")
            #expect(try await client.page("/api/v1/boards/\(orgs.slug)/jobs/\(UUID().uuidString)").status == .notFound)
            #expect(try await client.page("/api/v1/boards/\(orgs.slug)/jobs/nope").status == .notFound)
        }
    }

    @Test("CORS preflight is answered for the job-board API only", arguments: TestDatabase.available)
    func preflight(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let preflight = try await client.send(
                .options, "/api/v1/boards/\(orgs.slug)/jobs", token: nil,
                headers: [.origin: "https://careers.example.org", .accessControlRequestMethod: "GET", .accessControlRequestHeaders: "accept"]
            )
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "*")
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("GET") == true)
            #expect(preflight.headers[.accessControlAllowHeaders] == "accept")
            let private_ = try await client.send(.get, "/api/v1/job-descriptions", token: orgs.token, headers: [.origin: "https://evil.example"])
            #expect(private_.headers[.accessControlAllowOrigin] == nil)
        }
    }
}
