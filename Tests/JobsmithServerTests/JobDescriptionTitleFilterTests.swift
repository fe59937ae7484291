import Foundation
import HTTPTypes
import JobsmithCore
import JobsmithDomain
import Testing

/// The list's title filter (`?q=`, the dashboard search) runs on an index (migration 011); these check that the
/// index follows every change and that the answers stay those of the plain filter.
@Suite("Job-description title filter")
struct JobDescriptionTitleFilterTests {
    @Test("the filter follows renames, deletes and restores", arguments: TestDatabase.available)
    func followsChanges(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token, sampleDocument.merging(["title": "Data Engineer"]) { $1 })
            _ = try await client.createJobDescription(token: orgs.token, sampleDocument.merging(["title": "Nurse Manager"]) { $1 })
            func titles(_ query: String) async throws -> Set<String> {
                let response = try await client.send(.get, "/api/v1/job-descriptions?q=\(query)", token: orgs.token)
                #expect(response.status == .ok)
                return Set((response.json["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String })
            }
            #expect(try await titles("ENGINEER") == ["Data Engineer"])
            #expect(try await titles("a%20e") == ["Data Engineer"])

            let path = "/api/v1/job-descriptions/\(id)"
            let patch = try await client.send(
                .patch, path, token: orgs.token, body: #"{"title": "Registered Nurse"}"#,
                headers: [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            )
            #expect(patch.status == .ok)
            #expect(try await titles("engineer").isEmpty)
            #expect(try await titles("nurse") == ["Registered Nurse", "Nurse Manager"])
            #expect(try await titles("ur") == ["Registered Nurse", "Nurse Manager"])

            #expect(try await client.send(.delete, path, token: orgs.token, headers: [.ifMatch: "\"v2\""]).status == .noContent)
            #expect(try await titles("registered").isEmpty)
            #expect(try await client.send(.post, "\(path)/restore", token: orgs.token).status == .ok)
            #expect(try await titles("registered") == ["Registered Nurse"])
        }
    }

    @Test("a text in many titles pages through all of them, newest first, in the caller's organization only", arguments: TestDatabase.available)
    func commonText(database: TestDatabase) async throws {
        try await withServices(database) { fixture in
            let jobs = fixture.core.jobDescriptions
            var engineers: [UUID] = []
            // More titles than the index hands over as candidates, so the filter walks the list instead.
            for number in 0..<320 {
                let title = number.isMultiple(of: 2) ? "Engineer \(number)" : "Senior engineer \(number)"
                engineers.append(try await jobs.create(JobDocument(title: title), by: fixture.caller).id)
            }
            let rare = try await jobs.create(JobDocument(title: "Lighthouse Keeper"), by: fixture.caller)
            _ = try await jobs.create(JobDocument(title: "Engineer elsewhere"), by: fixture.otherCaller)
            _ = try await jobs.create(JobDocument(title: "Lighthouse Keeper"), by: fixture.otherCaller)

            var seen: [UUID] = []
            var cursor: String?
            repeat {
                let page = try await jobs.list(titleContains: "ENGINEER", status: nil, inTrash: false, after: cursor, limit: 100, by: fixture.caller)
                seen += page.items.map(\.id)
                cursor = page.nextCursor
            } while cursor != nil
            #expect(seen == engineers.reversed())
            let keepers = try await jobs.list(titleContains: "house kee", status: nil, inTrash: false, after: nil, limit: 10, by: fixture.caller)
            #expect(keepers.items.map(\.id) == [rare.id])
        }
    }
}
