import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@testable import JobsmithCore
@testable import JobsmithServer

/// Chunked request bodies on a real server (issue 10, defect 7): over the 1 MiB limit they get 413, malformed or cut
/// off 400, on the API and on web forms; they used to get 500.
@Suite("Hostile input: chunked request bodies")
struct RequestBodyTests {
    static let overLimit = [UInt8](repeating: UInt8(ascii: "a"), count: 64 * 1024)

    /// The targets: the API's create and the sign-in form, which needs no session.
    static let targets: [(path: String, contentType: String)] = [
        ("/api/v1/job-descriptions", "application/json"), ("/login", "application/x-www-form-urlencoded"),
    ]

    @Test("defect 7: a chunked body over 1 MiB gets 413", arguments: TestDatabase.available)
    func chunkedOverLimit(database: TestDatabase) async throws {
        try await withTestApp(database, setup: .live) { client, orgs in
            let port = try #require(client.port)
            for target in Self.targets {
                let head = RawHTTP.chunkedHead("POST", target.path, contentType: target.contentType, token: orgs.token)
                let chunks = [[UInt8]](repeating: RawHTTP.chunk(Self.overLimit), count: 17)
                let answer = try await RawHTTP.exchange(port: port, [head] + chunks + [RawHTTP.lastChunk])
                #expect(answer.status == 413, "\(target.path): \(answer.text.prefix(300))")
            }
        }
    }

    @Test("defect 7: a malformed or cut-off chunked body gets 400", arguments: TestDatabase.available)
    func malformedChunks(database: TestDatabase) async throws {
        try await withTestApp(database, setup: .live) { client, orgs in
            let port = try #require(client.port)
            for target in Self.targets {
                let head = RawHTTP.chunkedHead("POST", target.path, contentType: target.contentType, token: orgs.token)
                let badSize = try await RawHTTP.exchange(port: port, [head, Array("zz\r\n{}\r\n0\r\n\r\n".utf8)])
                #expect(badSize.status == 400, "\(target.path) bad chunk size: \(badSize.text.prefix(300))")
                let cutOff = try await RawHTTP.exchange(port: port, [head, Array("10\r\n{\"title\":".utf8)], closeWriting: true)
                #expect(cutOff.status == 400, "\(target.path) cut off: \(cutOff.text.prefix(300))")
            }
            // The server is still there.
            #expect(try await client.send(.get, "/api/v1/templates?limit=1", token: orgs.token).status == .ok)
        }
    }

    @Test("a multipart part whose headers run into the next boundary is skipped, not a crash, even before sign-in", arguments: TestDatabase.available)
    func multipartHeadersAtBoundary(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let browser = Browser(client)
            _ = try await browser.get("/login")
            let body = "--B\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n--B--\r\n"
            let response = try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=B", .cookie: "jobsmith_csrf=\(browser.cookieJar["jobsmith_csrf"] ?? "")"],
                body: ByteBuffer(string: body)
            ) { $0.status }
            #expect(response == .forbidden)
            #expect(try await browser.post("/login", [("email", app.email), ("password", "wrong")]).status == .unauthorized)
        }
    }
}
