import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Errors are problem+json that name the field")
struct ErrorResponseTests {
    @Test("400 for malformed JSON", arguments: TestDatabase.available)
    func malformedJSON(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let response = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token, body: #"{"title": "#, headers: [.contentType: "application/json"]
            )
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(response.json["status"] as? Int == 400)
            #expect(response.json["title"] as? String == "Bad Request")
            #expect((response.json["detail"] as? String)?.contains("JSON") == true)
        }
    }

    @Test("422 lists every validation problem with a JSON pointer", arguments: TestDatabase.available)
    func validation(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let document: [String: Any] = [
                "title": "  ",
                "responsibilities": ["ok", ""],
                "salary": ["min": 200, "max": 100, "currency": "DOLLARS", "period": "year"],
                "location": ["country": "XX"],
                "summary": String(repeating: "a", count: 5001),
            ]
            let response = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: document)
            #expect(response.status == .unprocessableContent)
            let errors = try #require(response.json["errors"] as? [[String: String]])
            #expect(
                Set(errors.compactMap { $0["pointer"] })
                    == ["/title", "/summary", "/responsibilities/1", "/salary/min", "/salary/currency", "/location/country"]
            )
            #expect(errors.first { $0["pointer"] == "/salary/min" }?["detail"]?.contains("greater than max") == true)

            let badEnum = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token, json: ["title": "A", "workplaceType": "moon"]
            )
            #expect(badEnum.status == .unprocessableContent)
            #expect((badEnum.json["errors"] as? [[String: String]])?.first?["pointer"] == "/workplaceType")
            let wrongType = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["title": 5])
            #expect(wrongType.status == .unprocessableContent)
            #expect((wrongType.json["errors"] as? [[String: String]])?.first?["pointer"] == "/title")
            let missingTitle = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["summary": "x"])
            #expect(missingTitle.status == .unprocessableContent)
            let control = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["title": "A\u{0}B"])
            #expect(control.status == .unprocessableContent)
        }
    }

    @Test("404 for an unknown or malformed id", arguments: TestDatabase.available)
    func notFound(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            for id in [UUID().uuidString, "not-a-uuid"] {
                let response = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: orgs.token)
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
        }
    }

    @Test("413 for a body over 1 MiB, and nothing is stored", arguments: TestDatabase.available)
    func tooLarge(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let huge = ["title": "Big", "summary": String(repeating: "x", count: 1_100_000)]
            let response = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: huge)
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
            let list = try await client.send(.get, "/api/v1/job-descriptions", token: orgs.token)
            #expect((list.json["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("415 for a body that is not JSON", arguments: TestDatabase.available)
    func unsupportedMediaType(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let response = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token, body: "title: x", headers: [.contentType: "text/yaml"]
            )
            #expect(response.status == .unsupportedMediaType)
            #expect(response.headers[.contentType] == "application/problem+json")
        }
    }

    @Test("401 for a missing, malformed or unknown token", arguments: TestDatabase.available)
    func unauthorized(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            for token in [nil, "jsm_unknown", "not a token"] as [String?] {
                let response = try await client.send(.get, "/api/v1/job-descriptions", token: token)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            let basic = try await client.send(.get, "/api/v1/job-descriptions", token: nil, headers: [.authorization: "Basic YTpi"])
            #expect(basic.status == .unauthorized)
        }
    }
}
