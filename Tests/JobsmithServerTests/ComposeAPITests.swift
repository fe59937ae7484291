import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Company profile and compose")
struct ComposeAPITests {
    nonisolated(unsafe) static let profile: [String: Any] = [
        "name": "Acme <Robotics>",
        "about": "Acme builds warehouse robots.",
        "website": "https://acme.example",
        "locations": [["city": "Denver", "region": "CO", "country": "US"]],
        "defaultWorkplaceType": "hybrid",
        "benefits": ["Health, dental and vision insurance", "401(k) with 4% match"],
        "eeoStatement": "Acme is an equal opportunity employer.",
        "salaryPolicy": ["currency": "USD", "period": "year"],
        "employeeCount": 120,
    ]

    @Test("composing Backend Developer fills every placeholder and merges the profile", arguments: TestDatabase.available)
    func compose(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let saved = try await client.send(.put, "/api/v1/company-profile", token: orgs.token, json: Self.profile)
            #expect(saved.status == .ok)
            let read = try await client.send(.get, "/api/v1/company-profile", token: orgs.token)
            #expect(read.json["employeeCount"] as? Int == 120)
            let other = try await client.send(.get, "/api/v1/company-profile", token: orgs.otherToken)
            #expect(other.json["name"] as? String == "Globex")

            let composed = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token,
                json: [
                    "template": "backend-developer", "team": "the Platform team",
                    "salary": ["min": 120000, "max": 150000, "currency": "USD", "period": "year"],
                ]
            )
            #expect(composed.status == .created)
            #expect(!composed.body.contains("{{"))
            #expect((composed.json["summary"] as? String)?.contains("a Backend Developer at Acme <Robotics> built") == true)
            #expect((composed.json["summary"] as? String)?.contains("the Platform team") == true)
            #expect(composed.json["workplaceType"] as? String == "hybrid")
            #expect((composed.json["location"] as? [String: String])?["city"] == "Denver")
            #expect((composed.json["benefits"] as? [String])?.contains("401(k) with 4% match") == true)
            let sections = (composed.json["otherSections"] as? [[String: String]]) ?? []
            #expect(sections.contains { $0["body"] == "Acme is an equal opportunity employer." })
            #expect(sections.first?["heading"] == "About Acme <Robotics>")
            #expect(composed.json["version"] as? Int == 1)

            let id = try #require(composed.json["id"] as? String)
            let jsonLD = try await client.send(.get, "/api/v1/job-descriptions/\(id)?format=jsonld", token: orgs.token)
            let salary = try #require(jsonLD.json["baseSalary"] as? [String: Any])
            #expect((salary["value"] as? [String: Any])?["minValue"] as? Double == 120000)
            let html = try await client.send(.get, "/api/v1/job-descriptions/\(id)?format=html", token: orgs.token)
            #expect(!html.body.contains("{{"))
            #expect(html.body.contains("Acme &lt;Robotics&gt;"))
        }
    }

    @Test("an unfillable placeholder, an unknown template and fixed sections are validation problems", arguments: TestDatabase.available)
    func composeProblems(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            // A template that names the location, composed with no location anywhere.
            let template: [String: Any] = [
                "slug": "site-role", "department": "operations", "level": "mid",
                "document": ["title": "Site Lead", "summary": "Run our {{location}} site for {{company}}."],
            ]
            #expect(try await client.send(.post, "/api/v1/templates", token: orgs.token, json: template).status == .created)
            let missing = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "site-role"])
            #expect(missing.status == .unprocessableContent)
            #expect((missing.json["errors"] as? [[String: String]])?.first?["pointer"] == "/location")
            #expect(missing.body.contains("{{location}}"))
            let located = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token,
                json: ["template": "site-role", "location": ["city": "Leeds", "country": "GB"]]
            )
            #expect(located.status == .created)
            #expect(located.json["summary"] as? String == "Run our Leeds site for Acme <Test> & Co.")

            let unknown = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "astronaut"])
            #expect(unknown.status == .unprocessableContent)
            #expect((unknown.json["errors"] as? [[String: String]])?.first?["pointer"] == "/template")
            let fixed = try await client.send(
                .post, "/api/v1/job-descriptions", token: orgs.token, json: ["template": "backend-developer", "responsibilities": ["x"]]
            )
            #expect(fixed.status == .unprocessableContent)
            let foreign = try await client.send(.post, "/api/v1/job-descriptions", token: orgs.otherToken, json: ["template": "site-role"])
            #expect(foreign.status == .unprocessableContent)
        }
    }

    @Test("an invalid company profile is refused with every problem", arguments: TestDatabase.available)
    func invalidProfile(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let response = try await client.send(
                .put, "/api/v1/company-profile", token: orgs.token,
                json: ["name": "", "website": "javascript:alert(1)", "employeeCount": 0, "locations": [["country": "ZZ"]]]
            )
            #expect(response.status == .unprocessableContent)
            let pointers = Set((response.json["errors"] as? [[String: String]] ?? []).compactMap { $0["pointer"] })
            #expect(pointers == ["/name", "/website", "/employeeCount", "/locations/0/country"])
        }
    }
}
