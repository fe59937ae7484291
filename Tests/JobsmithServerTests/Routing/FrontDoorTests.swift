import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Each front door answers its own unknown addresses and methods")
struct FrontDoorTests {
    @Test(
        "an unknown address is problem+json in the API, the operations endpoints and the board, an HTML page in the web app",
        arguments: TestDatabase.available)
    func unknownAddresses(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            for uri in [
                "/api", "/api/v1", "/api/v2/jobs", "/api/v1/no-such-resource", "/api/v1/job-descriptions/a/b/c", "/health/nope", "/docs/more",
                "/boards/\(orgs.slug)/no/such/page", "/api/v1/boards/\(orgs.slug)/no/such/page",
            ] {
                let response = try await client.send(.get, uri, token: orgs.token)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentType] == "application/problem+json", "\(uri)")
                #expect(response.headers[.contentSecurityPolicy] == nil, "\(uri)")
                #expect(response.headers[.setCookie] == nil, "\(uri)")
            }
            let board = try await client.send(.get, "/api/v1/boards/\(orgs.slug)/no/such/page", token: nil)
            #expect(board.headers[.accessControlAllowOrigin] == "*")
            for uri in ["/no-such-page", "/jobs/a/b/c/d/e", "/apiary", "/assets/a/b"] {
                let response = try await client.send(.get, uri, token: nil)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(uri)")
            }
        }
    }

    @Test(
        "a method a door does not route is 405 with Allow before authentication; one no door routes is 501",
        arguments: TestDatabase.available)
    func methods(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let delete = try await client.send(.delete, "/api/v1/job-descriptions", token: nil)
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "GET, POST")
            #expect(delete.headers[.contentType] == "application/problem+json")
            let docs = try await client.send(.post, "/docs", token: nil)
            #expect(docs.status == .methodNotAllowed)
            #expect(docs.headers[.allow] == "GET")
            let query = try await client.send(HTTPRequest.Method("QUERY")!, "/api/v1/me", token: nil)
            #expect(query.status == .methodNotAllowed)
            #expect(query.headers[.allow] == "GET")
            let unknown = try await client.send(HTTPRequest.Method("PURGE")!, "/api/v1/job-descriptions", token: orgs.token)
            #expect(unknown.status == .notImplemented)
            #expect(unknown.headers[.contentType] == "application/problem+json")
            #expect(unknown.headers[.allow] == nil)
        }
    }

    @Test("HEAD on the public board answers as GET does, without a body and without counting a view", arguments: TestDatabase.available)
    func headOnBoard(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let posting = try await client.publish(id, token: orgs.token)
            for uri in ["/boards/\(orgs.slug)", "/boards/\(orgs.slug)/jobs/\(posting["id"] as! String)", "/boards/\(orgs.slug)/feed.rss"] {
                let get = try await client.page(uri)
                let head = try await client.send(.head, uri, token: nil)
                #expect(head.status == .ok, "\(uri)")
                #expect(head.body.isEmpty, "\(uri)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(uri)")
                #expect(head.headers[.eTag] == get.headers[.eTag], "\(uri)")
            }
            let post = try await client.send(.post, "/boards/\(orgs.slug)", token: nil)
            #expect(post.headers[.allow] == "GET, HEAD")
            let stats = try await client.send(.get, "/api/v1/job-descriptions/\(id)/stats", token: orgs.token)
            #expect(stats.json["views"] as? Int == 1)
        }
    }

    @Test("a POST to an unknown web address is a 404 page, not a refused form", arguments: TestDatabase.available)
    func postToUnknownWebAddress(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, _ in
            let browser = Browser(client)
            let response = try await browser.post("/no-such-form", [("name", "x")], csrf: false)
            #expect(response.status == .notFound)
            #expect(response.body.contains("Page not found"))
        }
    }
}
