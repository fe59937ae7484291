import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("One organization never sees another's data")
struct CrossOrganizationTests {
    @Test("another organization's token gets 404 on every route and an unchanged document", arguments: TestDatabase.available)
    func otherOrganizationGets404(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let path = "/api/v1/job-descriptions/\(id)"
            let ifMatch: HTTPFields = [.ifMatch: "\"v1\""]
            let attempts: [(HTTPRequest.Method, String, Any?, HTTPFields)] = [
                (.get, path, nil, [:]),
                (.get, path + "?format=html", nil, [:]),
                (.put, path, sampleDocument, ifMatch),
                (.delete, path, nil, ifMatch),
                (.post, path + "/restore", nil, [:]),
                (.get, path + "/versions", nil, [:]),
                (.get, path + "/versions/1", nil, [:]),
                (.get, path + "/diff?from=1&to=1", nil, [:]),
            ]
            let unknown = try await client.send(.get, "/api/v1/job-descriptions/\(UUID().uuidString)", token: orgs.token)
            for (method, uri, json, headers) in attempts {
                let response = try await client.send(method, uri, token: orgs.otherToken, json: json, headers: headers)
                #expect(response.status == .notFound, "\(method) \(uri)")
                #expect(response.json["detail"] as? String == unknown.json["detail"] as? String, "\(method) \(uri)")
            }
            let patch = try await client.send(
                .patch, path, token: orgs.otherToken, body: #"{"title": "Hijacked"}"#,
                headers: [.ifMatch: "\"v1\"", .contentType: "application/merge-patch+json"]
            )
            #expect(patch.status == .notFound)

            let list = try await client.send(.get, "/api/v1/job-descriptions", token: orgs.otherToken)
            #expect((list.json["items"] as? [Any])?.isEmpty == true)
            let trash = try await client.send(.get, "/api/v1/job-descriptions?status=deleted", token: orgs.otherToken)
            #expect((trash.json["items"] as? [Any])?.isEmpty == true)

            let mine = try await client.send(.get, path, token: orgs.token)
            #expect(mine.status == .ok)
            #expect(mine.json["version"] as? Int == 1)
            #expect(mine.json["title"] as? String == "Backend Developer")
        }
    }
}
