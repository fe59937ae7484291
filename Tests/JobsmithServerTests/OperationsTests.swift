import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Operations routes")
struct OperationsTests {
    @Test("health, readiness, the API contract and its reference page", arguments: TestDatabase.available)
    func operationsRoutes(database: TestDatabase) async throws {
        try await withTestApp(database) { client, _ in
            let live = try await client.send(.get, "/health/live", token: nil)
            #expect(live.status == .ok)
            #expect(live.json["status"] as? String == "ok")
            let ready = try await client.send(.get, "/health/ready", token: nil)
            #expect(ready.status == .ok)
            #expect(ready.json["status"] as? String == "ready")

            let spec = try await client.send(.get, "/openapi.yaml", token: nil)
            #expect(spec.status == .ok)
            #expect(spec.body.hasPrefix("openapi: \"3.1.0\""))
            #expect(spec.body.contains("/api/v1/job-descriptions/{id}/diff:"))

            let docs = try await client.send(.get, "/docs", token: nil)
            #expect(docs.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(docs.body.contains("<code>PATCH /api/v1/job-descriptions/{id}</code>"))
            #expect(docs.body.contains("JSON Merge Patch"))
        }
    }

    @Test("a request id is accepted when sane, generated otherwise, and echoed", arguments: TestDatabase.available)
    func requestID(database: TestDatabase) async throws {
        try await withTestApp(database) { client, _ in
            let given = try await client.send(.get, "/health/live", token: nil, headers: [HTTPField.Name("X-Request-ID")!: "abc-123"])
            #expect(given.headers[HTTPField.Name("X-Request-ID")!] == "abc-123")
            let generated = try await client.send(.get, "/health/live", token: nil)
            #expect(generated.headers[HTTPField.Name("X-Request-ID")!]?.count == 36)
            let forged = try await client.send(.get, "/health/live", token: nil, headers: [HTTPField.Name("X-Request-ID")!: "a b\tc"])
            #expect(forged.headers[HTTPField.Name("X-Request-ID")!] != "a b\tc")
        }
    }
}
