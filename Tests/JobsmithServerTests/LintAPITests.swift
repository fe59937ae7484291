import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Quality checks API")
struct LintAPITests {
    func rules(_ response: JSONResponse) -> [String] {
        (response.json["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    @Test("a Denver job without salary breaks Colorado's law; with a range it does not", arguments: TestDatabase.available)
    func payTransparency(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            var document = sampleDocument
            document.removeValue(forKey: "salary")
            let missing = try await client.send(.post, "/api/v1/lint", token: orgs.token, json: document)
            #expect(missing.status == .ok)
            let colorado = (missing.json["findings"] as? [[String: Any]] ?? []).first {
                $0["rule"] as? String == "pay-transparency-colorado" && $0["severity"] as? String == "error"
            }
            #expect((colorado?["message"] as? String)?.contains("Colorado") == true)
            #expect(missing.json["hasErrors"] as? Bool == true)

            let withRange = try await client.send(.post, "/api/v1/lint", token: orgs.token, json: sampleDocument)
            let errors = (withRange.json["findings"] as? [[String: Any]] ?? []).filter {
                ($0["rule"] as? String)?.hasPrefix("pay-transparency") == true && $0["severity"] as? String == "error"
            }
            #expect(errors.isEmpty)
        }
    }

    @Test("raw text is read into sections first, and findings carry suggestions and offsets", arguments: TestDatabase.available)
    func rawText(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let text = """
                # Rockstar Engineer

                ## About the role
                We want young, energetic digital natives.

                ## Responsibilities
                - Build things
                """
            let response = try await client.send(.post, "/api/v1/lint", token: orgs.token, body: text, headers: [.contentType: "text/markdown"])
            #expect(response.status == .ok)
            let findings = try #require(response.json["findings"] as? [[String: Any]])
            let young = try #require(findings.first { $0["rule"] as? String == "exclusionary-young" })
            #expect(young["section"] as? String == "/summary")
            #expect(young["suggestion"] is String)
            #expect(young["start"] as? Int == 8)
            #expect(young["end"] as? Int == 13)
            #expect(rules(response).contains("exclusionary-digital-native"))
            #expect(rules(response).contains("jargon-rockstar"))
            #expect((response.json["readability"] as? [String: Any])?["words"] as? Int ?? 0 > 0)
        }
    }

    @Test("a masculine-coded text gets a masculine verdict with each word located", arguments: TestDatabase.available)
    func genderCoding(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let document: [String: Any] = [
                "title": "Sales Lead",
                "summary": "We need an aggressive, competitive, decisive and dominant person who is fearless and driven.",
            ]
            let response = try await client.send(.post, "/api/v1/lint", token: orgs.token, json: document)
            let coding = try #require(response.json["genderCoding"] as? [String: Any])
            #expect((coding["verdict"] as? String)?.contains("masculine") == true)
            let words = try #require(coding["masculineWords"] as? [[String: Any]])
            let summary = document["summary"] as! String
            for word in words where word["section"] as? String == "/summary" {
                let start = word["start"] as! Int
                let end = word["end"] as! Int
                let slice = String(Array(summary.utf16)[start..<end].map { Character(Unicode.Scalar($0)!) })
                #expect(slice.lowercased() == (word["word"] as? String)?.lowercased())
            }
            #expect(words.count >= 5)
        }
    }

    @Test("a stored description is checked, and only by its own organization", arguments: TestDatabase.available)
    func storedDescription(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let response = try await client.send(.get, "/api/v1/job-descriptions/\(id)/lint", token: orgs.token)
            #expect(response.status == .ok)
            #expect((0...100).contains(response.json["score"] as? Int ?? -1))
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(id)/lint", token: orgs.otherToken).status == .notFound)
        }
    }
}
