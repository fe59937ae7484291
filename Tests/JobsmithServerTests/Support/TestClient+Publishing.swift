import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

extension TestClientProtocol {
    /// Publishes a job description with an apply URL (plus `extra` fields) and returns the posting.
    @discardableResult
    func publish(_ id: String, token: String, _ extra: [String: Any] = [:]) async throws -> [String: Any] {
        var body: [String: Any] = ["applyUrl": "https://acme.example/apply?job=1&src=board"]
        body.merge(extra) { $1 }
        let response = try await send(.post, "/api/v1/job-descriptions/\(id)/publish", token: token, json: body)
        guard response.status == .ok else { throw TestFailure("publish failed: \(response.status) \(response.body)") }
        return response.json
    }

    /// Creates a job description from `document` and publishes it; returns the posting.
    func createAndPublish(token: String, _ document: [String: Any] = sampleDocument, _ extra: [String: Any] = [:]) async throws -> [String: Any] {
        let id = try await createJobDescription(token: token, document)
        return try await publish(id, token: token, extra)
    }

    /// The job description's posting as the postings list shows it, or nil when it has none.
    func posting(of id: String, token: String) async throws -> [String: Any]? {
        let response = try await send(.get, "/api/v1/postings?jobDescriptionId=\(id)", token: token)
        guard response.status == .ok, let items = response.json["items"] as? [[String: Any]] else {
            throw TestFailure("listing postings failed: \(response.status) \(response.body)")
        }
        return items.first
    }

    /// A public page or feed, without a token.
    func page(_ uri: String, headers: HTTPFields = [:]) async throws -> JSONResponse {
        try await send(.get, uri, token: nil, headers: headers)
    }
}

/// The JobPosting JSON-LD object embedded in an HTML page.
func jsonLD(in html: String) throws -> [String: Any] {
    let open = "<script type=\"application/ld+json\">"
    guard let start = html.range(of: open), let end = html.range(of: "</script>", range: start.upperBound..<html.endIndex) else {
        throw TestFailure("no JSON-LD script in the page")
    }
    let text = String(html[start.upperBound..<end.lowerBound])
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
        throw TestFailure("the JSON-LD is not an object")
    }
    return object
}

/// The document with some fields replaced.
func document(_ changes: [String: Any]) -> [String: Any] {
    sampleDocument.merging(changes) { $1 }
}
