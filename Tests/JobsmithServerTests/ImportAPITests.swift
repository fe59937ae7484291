import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite("Import API")
struct ImportAPITests {
    static let html = """
        <h1>Data Analyst</h1><p><strong>Location:</strong> Denver, CO (hybrid)</p>
        <p><strong>Salary:</strong> $85,000 &ndash; $100,000 per year</p>
        <p><b>What you&rsquo;ll do</b></p><ul><li>Build dashboards</li><li>Answer questions with data</li></ul>
        <p><b>Requirements</b></p><ul><li>SQL</li></ul>
        """

    @Test("HTML is read into sections with location and salary, and saved as version 1", arguments: TestDatabase.available)
    func importHTML(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let preview = try await client.send(.post, "/api/v1/imports", token: orgs.token, body: Self.html, headers: [.contentType: "text/html"])
            #expect(preview.status == .ok)
            let document = try #require(preview.json["document"] as? [String: Any])
            #expect(document["title"] as? String == "Data Analyst")
            #expect(document["responsibilities"] as? [String] == ["Build dashboards", "Answer questions with data"])
            #expect((document["location"] as? [String: String])?["region"] == "CO")
            #expect((document["salary"] as? [String: Any])?["min"] as? Double == 85000)
            #expect((preview.json["report"] as? [String: Any])?["format"] as? String == "html")
            #expect(preview.json["jobDescription"] == nil)
            let list = try await client.send(.get, "/api/v1/job-descriptions", token: orgs.token)
            #expect((list.json["items"] as? [Any])?.isEmpty == true)

            let saved = try await client.send(
                .post, "/api/v1/imports?save=true", token: orgs.token, json: ["content": Self.html, "format": "html"]
            )
            #expect(saved.status == .ok)
            let stored = try #require(saved.json["jobDescription"] as? [String: Any])
            #expect(stored["version"] as? Int == 1)
            let id = try #require(stored["id"] as? String)
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: orgs.token).status == .ok)
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: orgs.otherToken).status == .notFound)
        }
    }

    @Test("binary, empty and oversized input get clear problems", arguments: TestDatabase.available)
    func badInput(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let binary = try await client.send(
                .post, "/api/v1/imports", token: orgs.token, body: "%PDF-1.7\u{0}\u{1}\u{2}binary", headers: [.contentType: "text/plain"]
            )
            #expect(binary.status == .unsupportedMediaType)
            #expect(binary.headers[.contentType] == "application/problem+json")
            let empty = try await client.send(.post, "/api/v1/imports", token: orgs.token, json: ["content": "   \n  "])
            #expect(empty.status == .unprocessableContent)
            let huge = try await client.send(
                .post, "/api/v1/imports", token: orgs.token, body: String(repeating: "word ", count: 250_000), headers: [.contentType: "text/plain"]
            )
            #expect(huge.status == .contentTooLarge)
            let yaml = try await client.send(.post, "/api/v1/imports", token: orgs.token, body: "a: b", headers: [.contentType: "application/yaml"])
            #expect(yaml.status == .unsupportedMediaType)
        }
    }

    /// A Word file LibreOffice made from one of the importer's fixtures.
    static let wordFile: [UInt8] = {
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("JobsmithImportTests/Samples/LibreOffice/workday-registered-nurse.docx")
        return [UInt8]((try? Data(contentsOf: samples)) ?? Data())
    }()

    @Test("a Word file in the body is read; a damaged one is a 422 naming the problem; a PDF is a 415", arguments: TestDatabase.available)
    func wordAndPDFBodies(database: TestDatabase) async throws {
        try #require(Self.wordFile.count > 1_000)
        try await withTestApp(database) { client, orgs in
            func post(_ bytes: [UInt8]) async throws -> JSONResponse {
                let headers: HTTPFields = [.authorization: "Bearer \(orgs.token)", .contentType: "text/plain"]
                return try await client.execute(uri: "/api/v1/imports", method: .post, headers: headers, body: ByteBuffer(bytes: bytes)) {
                    JSONResponse(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
                }
            }
            let word = try await post(Self.wordFile)
            #expect(word.status == .ok)
            #expect((word.json["document"] as? [String: Any])?["title"] as? String == "Registered Nurse – Cardiac Step-Down Unit")
            #expect((word.json["report"] as? [String: Any])?["format"] as? String == "docx")

            let damaged = try await post(Array(Self.wordFile.prefix(Self.wordFile.count / 2)))
            #expect(damaged.status == .unprocessableContent)
            #expect(damaged.headers[.contentType] == "application/problem+json")
            #expect(damaged.body.contains("damaged or incomplete"))

            let pdf = try await post(Array("%PDF-1.7\n1 0 obj << >> endobj\n".utf8))
            #expect(pdf.status == .unsupportedMediaType)
            #expect(pdf.body.contains("pdftotext"))
        }
    }
}
