import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("British English from the same templates")
struct LocaleAPITests {
    private static func text(_ value: Any?) -> String {
        (try? JSONSerialization.data(withJSONObject: value ?? [:])).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test("templates, composing, the company profile and renders take a locale; family and code are in the API", arguments: TestDatabase.available)
    func locales(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let us = try await client.send(.get, "/api/v1/templates/chief-people-officer", token: orgs.token)
            #expect(us.json["occupationalCategory"] as? String == "11-3121.00")
            #expect(us.json["family"] as? String == "people-leadership")
            #expect(Self.text(us.json["document"]).contains("organization design"))
            let british = try await client.send(.get, "/api/v1/templates/chief-people-officer?locale=en-GB", token: orgs.token)
            #expect(Self.text(british.json["document"]).contains("organisation design"))
            #expect(!Self.text(british.json["document"]).contains("organization design"))
            let unknown = try await client.send(.get, "/api/v1/templates/chief-people-officer?locale=fr-FR", token: orgs.token)
            #expect(unknown.status == .badRequest)

            let listed = try await client.send(.get, "/api/v1/templates?q=chief%20people%20officer&limit=1", token: orgs.token)
            let first = try #require((listed.json["items"] as? [[String: Any]])?.first)
            #expect(first["occupationalCategory"] as? String == "11-3121.00")

            let composed = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "chief-people-officer", "locale": "en-GB"])
            #expect(composed.status == .created)
            #expect(Self.text(composed.json).contains("organisation design"))

            let plain = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "chief-people-officer"])
            #expect(Self.text(plain.json).contains("organization design"))
            let id = try #require(plain.json["id"] as? String)
            let markdown = try await client.send(.get, "/api/v1/job-descriptions/\(id)?format=md&locale=en-GB", token: orgs.token)
            #expect(markdown.body.contains("organisation design"))
            let usMarkdown = try await client.send(.get, "/api/v1/job-descriptions/\(id)?format=md", token: orgs.token)
            #expect(usMarkdown.body.contains("organization design"))

            let profile = try await client.send(
                .put, "/api/v1/company-profile", token: orgs.token, json: ["name": "Acme Ltd", "locale": "en-GB"])
            #expect(profile.status == .ok)
            #expect(profile.json["locale"] as? String == "en-GB")
            let byProfile = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "chief-people-officer"])
            #expect(Self.text(byProfile.json).contains("organisation design"))
            let overridden = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "chief-people-officer", "locale": "en-US"])
            #expect(Self.text(overridden.json).contains("organization design"))
        }
    }
}
