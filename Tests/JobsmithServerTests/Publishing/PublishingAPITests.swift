import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Publishing API")
struct PublishingAPITests {
    @Test("publish answers the posting and marks the job description published", arguments: TestDatabase.available)
    func publish(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let posting = try await client.publish(id, token: orgs.token, ["validThrough": "2099-06-30T00:00:00Z", "requisitionId": "REQ-7"])
            #expect(posting["jobDescriptionId"] as? String == id)
            #expect(posting["version"] as? Int == 1)
            #expect(posting["status"] as? String == "open")
            #expect(posting["applyUrl"] as? String == "https://acme.example/apply?job=1&src=board")
            #expect(posting["validThrough"] as? String == "2099-06-30T00:00:00Z")
            #expect(posting["department"] as? String == "Engineering")
            #expect(posting["requisitionId"] as? String == "REQ-7")
            #expect(posting["forced"] as? Bool == false)
            #expect(posting["forcedRules"] as? [String] == [])
            #expect(posting["publishedBy"] as? String == "token: tests")
            #expect(posting["publishedAt"] is String)
            #expect((posting["url"] as? String)?.hasSuffix("/boards/\(orgs.slug)/jobs/\(posting["id"] as! String)") == true)

            let stored = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: orgs.token)
            #expect(stored.json["status"] as? String == "published")
            let read = try await client.posting(of: id, token: orgs.token)
            #expect(read?["id"] as? String == posting["id"] as? String)
            #expect(read?["jobDescriptionId"] as? String == id)
            let published = try await client.send(.get, "/api/v1/job-descriptions?status=published", token: orgs.token)
            #expect((published.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])

            let department = try await client.publish(id, token: orgs.token, ["department": "Platform"])
            #expect(department["department"] as? String == "Platform")
            #expect(department["id"] as? String == posting["id"] as? String)
            let general = try await client.createAndPublish(token: orgs.token, document(["title": "Chief Vibes Officer"]))
            #expect(general["department"] as? String == "General")
        }
    }

    @Test("publish needs an apply URL or e-mail and checks every field", arguments: TestDatabase.available)
    func publishValidation(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let path = "/api/v1/job-descriptions/\(id)/publish"
            let cases: [([String: Any], String)] = [
                ([:], "/applyUrl"),
                (["applyUrl": "javascript:alert(1)"], "/applyUrl"),
                (["applyUrl": "https://acme.example@evil.example/"], "/applyUrl"),
                (["applyUrl": "https://acme.example/a b"], "/applyUrl"),
                (["applyUrl": "/relative"], "/applyUrl"),
                (["applyEmail": "not an address"], "/applyEmail"),
                (["applyEmail": "jobs@acme.example?bcc=x@y.example"], "/applyEmail"),
                (["applyEmail": "jobs@acme.example", "validThrough": "2001-01-01T00:00:00Z"], "/validThrough"),
                (["applyEmail": "jobs@acme.example", "department": "Line\nbreak"], "/department"),
                (["applyEmail": "jobs@acme.example", "department": String(repeating: "x", count: 101)], "/department"),
            ]
            for (body, pointer) in cases {
                let response = try await client.send(.post, path, token: orgs.token, json: body)
                #expect(response.status == .unprocessableContent, "\(body)")
                #expect(response.headers[.contentType] == "application/problem+json")
                let errors = response.json["errors"] as? [[String: Any]] ?? []
                #expect(errors.contains { $0["pointer"] as? String == pointer }, "\(body): \(response.body)")
            }
            let missing = try await client.send(.post, path, token: orgs.token, json: [:])
            #expect((missing.json["detail"] as? String)?.contains("applyEmail is required") == true)
            let badDate = try await client.send(.post, path, token: orgs.token, json: ["applyEmail": "a@b.example", "validThrough": "soon"])
            #expect(badDate.status == .unprocessableContent || badDate.status == .badRequest)
            let notJSON = try await client.send(.post, path, token: orgs.token, body: "applyUrl=x", headers: [.contentType: "text/plain"])
            #expect(notJSON.status == .unsupportedMediaType)
            let stored = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: orgs.token)
            #expect(stored.json["status"] as? String == "draft")

            let email = try await client.send(.post, path, token: orgs.token, json: ["applyEmail": "jobs@acme.example"])
            #expect(email.status == .ok)
            #expect(email.json["applyEmail"] as? String == "jobs@acme.example")
            #expect(email.json["applyUrl"] == nil)
        }
    }

    @Test(
        "lint errors block publishing with 422 listing them, unless force is given, which is recorded",
        arguments: TestDatabase.available)
    func lintGate(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let flawed = document(["requirements": ["Digital natives only", "Experience with SQL databases"]])
            let id = try await client.createJobDescription(token: orgs.token, flawed)
            let path = "/api/v1/job-descriptions/\(id)/publish"
            let refused = try await client.send(.post, path, token: orgs.token, json: ["applyUrl": "https://acme.example/apply"])
            #expect(refused.status == .unprocessableContent)
            #expect((refused.json["detail"] as? String)?.contains("exclusionary-digital-native") == true)
            let findings = try #require(refused.json["findings"] as? [[String: Any]])
            let finding = try #require(findings.first { $0["rule"] as? String == "exclusionary-digital-native" })
            #expect(finding["section"] as? String == "/requirements/0")
            #expect(finding["severity"] as? String == "error")
            #expect((finding["message"] as? String)?.isEmpty == false)
            #expect(findings.allSatisfy { $0["severity"] as? String == "error" })
            let errors = try #require(refused.json["errors"] as? [[String: Any]])
            #expect(errors.contains { $0["rule"] as? String == "exclusionary-digital-native" && $0["pointer"] as? String == "/requirements/0" })
            let board = try await client.page("/boards/\(orgs.slug)")
            #expect(!board.body.contains("Backend Developer"))

            let forced = try await client.send(.post, path, token: orgs.token, json: ["applyUrl": "https://acme.example/apply", "force": true])
            #expect(forced.status == .ok)
            #expect(forced.json["forced"] as? Bool == true)
            #expect((forced.json["forcedRules"] as? [String])?.contains("exclusionary-digital-native") == true)
            let read = try await client.posting(of: id, token: orgs.token)
            #expect(read?["forced"] as? Bool == true)
            let listed = try await client.page("/boards/\(orgs.slug)")
            #expect(listed.body.contains("Backend Developer"))
        }
    }

    @Test("edits after publishing stay private until published again, at the same address", arguments: TestDatabase.available)
    func snapshotUntilRepublished(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let first = try await client.publish(id, token: orgs.token)
            let postingID = try #require(first["id"] as? String)
            let pagePath = "/boards/\(orgs.slug)/jobs/\(postingID)"
            let before = try await client.page(pagePath)

            let edit = try await client.send(
                .put, "/api/v1/job-descriptions/\(id)", token: orgs.token, json: document(["title": "Staff Backend Developer"]),
                headers: [.ifMatch: "\"v1\""]
            )
            #expect(edit.status == .ok)
            let after = try await client.page(pagePath)
            #expect(after.body == before.body)
            #expect(after.headers[.eTag] == before.headers[.eTag])
            let api = try await client.page("/api/v1/boards/\(orgs.slug)/jobs/\(postingID)")
            #expect(api.json["title"] as? String == "Backend Developer")
            let stale = try await client.posting(of: id, token: orgs.token)
            #expect(stale?["version"] as? Int == 1)

            let pinned = try await client.send(
                .post, "/api/v1/job-descriptions/\(id)/publish", token: orgs.token, json: ["applyUrl": "https://acme.example/apply"],
                headers: [.ifMatch: "\"v1\""]
            )
            #expect(pinned.status == .preconditionFailed)

            let second = try await client.publish(id, token: orgs.token)
            #expect(second["id"] as? String == postingID)
            #expect(second["version"] as? Int == 2)
            #expect(second["publishedAt"] as? String == first["publishedAt"] as? String)
            let republished = try await client.page(pagePath)
            #expect(republished.body.contains("<h1>Staff Backend Developer</h1>"))
            #expect(republished.headers[.eTag] != before.headers[.eTag])
            let api2 = try await client.page("/api/v1/boards/\(orgs.slug)/jobs/\(postingID)")
            #expect(api2.json["title"] as? String == "Staff Backend Developer")
        }
    }

    @Test("the postings list pages newest publish first and filters by state", arguments: TestDatabase.available)
    func listPostings(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            var ids: [String] = []
            for title in ["Backend Developer", "Data Engineer", "Product Designer"] {
                ids.append(try await client.createAndPublish(token: orgs.token, document(["title": title]))["id"] as! String)
            }
            let draft = try await client.createJobDescription(token: orgs.token)
            #expect(try await client.posting(of: draft, token: orgs.token) == nil)
            let seen = try await client.collectPages("/api/v1/postings", token: orgs.token, pageSize: 2)
            #expect(Set(seen) == Set(ids))
            #expect(seen.count == 3)

            // Published last, listed first.
            #expect(seen.first == ids.last)
            let bad = try await client.send(.get, "/api/v1/postings?cursor=nonsense", token: orgs.token)
            #expect(bad.status == .badRequest)
            let badID = try await client.send(.get, "/api/v1/postings?jobDescriptionId=nope", token: orgs.token)
            #expect(badID.status == .badRequest)
            let unpublished = try await client.send(.get, "/api/v1/postings?status=unpublished", token: orgs.token)
            #expect((unpublished.json["items"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("another organization's token gets 404 on publish, unpublish, posting and stats", arguments: TestDatabase.available)
    func otherOrganization(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let posting = try await client.publish(id, token: orgs.token)
            let base = "/api/v1/job-descriptions/\(id)"
            for (method, path, body) in [
                (HTTPRequest.Method.post, base + "/publish", ["applyUrl": "https://evil.example/"] as [String: Any]?),
                (.post, base + "/unpublish", nil), (.get, base + "/stats", nil),
            ] {
                let response = try await client.send(method, path, token: orgs.otherToken, json: body)
                #expect(response.status == .notFound, "\(method) \(path)")
            }
            #expect(try await client.posting(of: id, token: orgs.otherToken) == nil)
            let otherList = try await client.send(.get, "/api/v1/postings", token: orgs.otherToken)
            #expect((otherList.json["items"] as? [Any])?.isEmpty == true)
            let unknown = try await client.send(
                .post, "/api/v1/job-descriptions/\(UUID().uuidString)/publish", token: orgs.token, json: ["applyUrl": "https://a.example/"])
            #expect(unknown.status == .notFound)
            let noToken = try await client.send(.post, base + "/publish", token: nil, json: ["applyUrl": "https://a.example/"])
            #expect(noToken.status == .unauthorized)

            let postingID = try #require(posting["id"] as? String)
            let otherBoard = try await client.page("/boards/\(orgs.otherSlug)")
            #expect(otherBoard.status == .ok)
            #expect(!otherBoard.body.contains("Backend Developer"))
            #expect(try await client.page("/boards/\(orgs.otherSlug)/jobs/\(postingID)").status == .notFound)
            #expect(try await client.page("/boards/\(orgs.otherSlug)/jobs/\(postingID)/apply").status == .notFound)
            let otherAPI = try await client.page("/api/v1/boards/\(orgs.otherSlug)/jobs")
            #expect((otherAPI.json["jobs"] as? [Any])?.isEmpty == true)
            #expect(try await client.page("/api/v1/boards/\(orgs.otherSlug)/jobs/\(postingID)").status == .notFound)
            for feed in ["feed.rss", "feed.atom", "sitemap.xml", "indeed.xml"] {
                let body = try await client.page("/boards/\(orgs.otherSlug)/\(feed)").body
                #expect(!body.contains(postingID), "\(feed)")
            }
            let mine = try await client.page("/boards/\(orgs.slug)/jobs/\(postingID)")
            #expect(mine.status == .ok)
        }
    }

    @Test(
        "page views and apply clicks are counted per posting, crawlers excluded, and shown by stats",
        arguments: TestDatabase.available)
    func counts(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let never = try await client.send(.get, "/api/v1/job-descriptions/\(id)/stats", token: orgs.token)
            #expect(never.status == .ok)
            #expect(never.json["views"] as? Int == 0)
            #expect(never.json["since"] == nil)

            let posting = try await client.publish(id, token: orgs.token)
            let page = "/boards/\(orgs.slug)/jobs/\(posting["id"] as! String)"
            _ = try await client.page(page)
            _ = try await client.page(page, headers: [.userAgent: "Mozilla/5.0 (X11; Linux x86_64)"])
            _ = try await client.page(page, headers: [.userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1)"])
            _ = try await client.send(.head, page, token: nil)
            let apply = try await client.page(page + "/apply")
            #expect(apply.status == .seeOther)
            #expect(apply.headers[.location] == "https://acme.example/apply?job=1&src=board")
            #expect(apply.headers[.cacheControl] == "no-store")
            #expect(apply.headers[.setCookie] == nil)

            let stats = try await client.send(.get, "/api/v1/job-descriptions/\(id)/stats", token: orgs.token)
            #expect(stats.status == .ok)
            #expect(stats.json["views"] as? Int == 2)
            #expect(stats.json["applyClicks"] as? Int == 1)
            #expect(stats.json["since"] as? String == posting["publishedAt"] as? String)
            let days = try #require(stats.json["days"] as? [[String: Any]])
            #expect(days.count == 1)
            #expect(days.first?["views"] as? Int == 2)
            #expect((days.first?["date"] as? String)?.count == 10)

            _ = try await client.page(page)
            _ = try await client.page(page + "/apply")
            let more = try await client.send(.get, "/api/v1/job-descriptions/\(id)/stats", token: orgs.token)
            #expect(more.json["views"] as? Int == 3)
            #expect(more.json["applyClicks"] as? Int == 2)

            let emailed = try await client.createAndPublish(
                token: orgs.token, document(["title": "Data Analyst & <Co>"]), ["applyUrl": NSNull(), "applyEmail": "jobs@acme.example"]
            )
            let mailto = try await client.page("/boards/\(orgs.slug)/jobs/\(emailed["id"] as! String)/apply")
            #expect(mailto.status == .seeOther)
            #expect(mailto.headers[.location] == "mailto:jobs@acme.example?subject=Application%3A%20Data%20Analyst%20%26%20%3CCo%3E")
        }
    }
}
