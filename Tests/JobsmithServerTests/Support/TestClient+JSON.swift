import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

/// A decoded JSON response.
struct JSONResponse {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
    }
}

extension TestClientProtocol {
    /// Sends a request with a bearer token and optional JSON body, and returns the response as text.
    func send(
        _ method: HTTPRequest.Method,
        _ uri: String,
        token: String?,
        json: Any? = nil,
        body: String? = nil,
        headers extra: HTTPFields = [:]
    ) async throws -> JSONResponse {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        var buffer: ByteBuffer?
        if let json {
            buffer = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
            if headers[.contentType] == nil { headers[.contentType] = "application/json" }
        } else if let body {
            buffer = ByteBuffer(string: body)
        }
        return try await execute(uri: uri, method: method, headers: headers, body: buffer) { response in
            JSONResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Creates a job description and returns its id.
    func createJobDescription(token: String, _ document: [String: Any] = sampleDocument) async throws -> String {
        let response = try await send(.post, "/api/v1/job-descriptions", token: token, json: document)
        guard response.status == .created, let id = response.json["id"] as? String else {
            throw TestFailure("create failed: \(response.status) \(response.body)")
        }
        return id
    }
}

extension TestClientProtocol {
    /// Follows `nextCursor` through every page of a list endpoint and returns the ids in order, checking each page:
    /// 200, at most `pageSize` items, and a `nextCursor` key (null on the last page).
    func collectPages(_ path: String, token: String, pageSize: Int) async throws -> [String] {
        var seen: [String] = []
        var cursor: String?
        let separator = path.contains("?") ? "&" : "?"
        repeat {
            let query = path + separator + "limit=\(pageSize)" + (cursor.map { "&cursor=\($0)" } ?? "")
            let page = try await send(.get, query, token: token)
            #expect(page.status == .ok)
            let items = try #require(page.json["items"] as? [[String: Any]])
            #expect(items.count <= pageSize)
            #expect(page.json.keys.contains("nextCursor"))
            seen += items.compactMap { $0["id"] as? String }
            cursor = page.json["nextCursor"] as? String
        } while cursor != nil
        return seen
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A complete document used across the tests; never mutated, only copied.
nonisolated(unsafe) let sampleDocument: [String: Any] = [
    "title": "Backend Developer",
    "summary": "Build the services <and> APIs that power our product & keep them fast.",
    "responsibilities": ["Design and build REST APIs", "Write tests for every change", "Review code"],
    "requirements": ["3+ years building web services", "Experience with SQL databases"],
    "niceToHave": ["Swift on the server"],
    "kpis": [["name": "Deployment frequency", "description": "Releases to production per week."]],
    "reportsTo": "Engineering Manager",
    "collaboratesWith": ["Product managers", "Frontend developers"],
    "leads": ["No direct reports"],
    "tools": ["Swift", "PostgreSQL"],
    "qualifications": ["Degree in computer science or equivalent experience"],
    "benefits": ["Health insurance"],
    "salary": ["min": 110000, "max": 140000, "currency": "USD", "period": "year"],
    "location": ["city": "Denver", "region": "CO", "country": "US"],
    "workplaceType": "hybrid",
    "employmentType": "full_time",
    "otherSections": [["heading": "About us", "body": "We make hiring fair."]],
]
