import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The lint endpoints' options: `?strict=true` for the published gender-coded lists as they are, and the spelling
/// the organization's locale (or `?locale=`) expects.
@Suite("Quality checks API: strict lists and spelling")
struct LintOptionsAPITests {
    func findings(_ response: JSONResponse, _ prefix: String) -> [[String: Any]] {
        (response.json["findings"] as? [[String: Any]] ?? []).filter { ($0["rule"] as? String)?.hasPrefix(prefix) == true }
    }

    func masculineWords(_ response: JSONResponse) -> [String] {
        ((response.json["genderCoding"] as? [String: Any])?["masculineWords"] as? [[String: Any]] ?? []).compactMap { $0["word"] as? String }
    }

    @Test("?strict=true reports every match of the published lists, on a document and on a stored description", arguments: TestDatabase.available)
    func strictGenderLists(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let document: [String: Any] = [
                "title": "Support Team Lead", "summary": "Qualify inbound leads and handle confidential records.",
            ]
            let precise = try await client.send(.post, "/api/v1/lint", token: orgs.token, json: document)
            #expect(precise.status == .ok)
            #expect(masculineWords(precise).isEmpty)
            let strict = try await client.send(.post, "/api/v1/lint?strict=true", token: orgs.token, json: document)
            #expect(masculineWords(strict).map { $0.lowercased() }.sorted() == ["confidential", "lead", "leads"])
            #expect(masculineWords(try await client.send(.post, "/api/v1/lint?strict=false", token: orgs.token, json: document)).isEmpty)

            let id = try await client.createJobDescription(token: orgs.token, document)
            #expect(masculineWords(try await client.send(.get, "/api/v1/job-descriptions/\(id)/lint", token: orgs.token)).isEmpty)
            let stored = try await client.send(.get, "/api/v1/job-descriptions/\(id)/lint?strict=true", token: orgs.token)
            #expect(masculineWords(stored).count == 3)

            let bad = try await client.send(.post, "/api/v1/lint?strict=maybe", token: orgs.token, json: document)
            #expect(bad.status == .badRequest)
            #expect(bad.json["status"] as? Int == 400)
        }
    }

    @Test("spelling follows the company profile's locale, and ?locale= overrides it", arguments: TestDatabase.available)
    func spellingByLocale(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let document: [String: Any] = ["title": "Office Manager", "summary": "Keep the organisation's colour scheme and the organization chart."]
            let american = try await client.send(.post, "/api/v1/lint", token: orgs.token, json: document)
            #expect(findings(american, "spelling-").compactMap { $0["replacement"] as? String } == ["organization", "color"])
            #expect(findings(american, "spelling-").allSatisfy { $0["severity"] as? String == "info" && $0["section"] as? String == "/summary" })

            let profile = try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: ["name": "Acme Ltd", "locale": "en-GB"])
            #expect(profile.status == .ok)
            let british = try await client.send(.post, "/api/v1/lint", token: orgs.token, json: document)
            let spelled = findings(british, "spelling-")
            #expect(spelled.compactMap { $0["rule"] as? String } == ["spelling-american"])
            #expect(spelled.compactMap { $0["replacement"] as? String } == ["organisation"])

            let overridden = try await client.send(.post, "/api/v1/lint?locale=en-US", token: orgs.token, json: document)
            #expect(findings(overridden, "spelling-").compactMap { $0["rule"] as? String } == ["spelling-british", "spelling-british"])
            // The other organization keeps its own (default) locale.
            let other = try await client.send(.post, "/api/v1/lint", token: orgs.otherToken, json: document)
            #expect(findings(other, "spelling-").count == 2)
            #expect(try await client.send(.post, "/api/v1/lint?locale=fr-FR", token: orgs.token, json: document).status == .badRequest)
        }
    }
}
