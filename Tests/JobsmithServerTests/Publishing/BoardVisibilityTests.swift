import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Where a posting is visible")
struct BoardVisibilityTests {
    /// Every public place a posting shows up, with a check that it is there.
    private func appearances(
        of postingID: String, title: String, on slug: String, client: any TestClientProtocol
    ) async throws -> [String: Bool] {
        var seen: [String: Bool] = [:]
        seen["page"] = try await client.page("/boards/\(slug)/jobs/\(postingID)").status == .ok
        seen["board"] = try await client.page("/boards/\(slug)").body.contains("/jobs/\(postingID)\">\(title)</a>")
        let list = try await client.page("/api/v1/boards/\(slug)/jobs")
        seen["api list"] = (list.json["jobs"] as? [[String: Any]])?.contains { $0["id"] as? String == postingID } ?? false
        seen["api job"] = try await client.page("/api/v1/boards/\(slug)/jobs/\(postingID)").status == .ok
        let rss = try XMLElementNode.parse(try await client.page("/boards/\(slug)/feed.rss").body)
        seen["rss"] = rss.first("channel")?.all("item").contains { $0.text(of: "guid")?.hasSuffix(postingID) == true } ?? false
        let atom = try XMLElementNode.parse(try await client.page("/boards/\(slug)/feed.atom").body)
        seen["atom"] = atom.all("entry").contains { $0.text(of: "id") == "urn:uuid:\(postingID)" }
        let sitemap = try XMLElementNode.parse(try await client.page("/boards/\(slug)/sitemap.xml").body)
        seen["sitemap"] = sitemap.all("url").contains { $0.text(of: "loc")?.hasSuffix(postingID) == true }
        let indeed = try XMLElementNode.parse(try await client.page("/boards/\(slug)/indeed.xml").body)
        seen["indeed"] = indeed.all("job").contains { $0.text(of: "referencenumber") == postingID }
        return seen
    }

    @Test(
        "a posting is on the board, the JSON API and every feed, and unpublishing removes it from all of them",
        arguments: TestDatabase.available)
    func publishAndUnpublish(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let posting = try await client.publish(id, token: orgs.token)
            let postingID = try #require(posting["id"] as? String)
            let shown = try await appearances(of: postingID, title: "Backend Developer", on: orgs.slug, client: client)
            #expect(shown.values.allSatisfy { $0 }, "\(shown)")

            let unpublish = try await client.send(.post, "/api/v1/job-descriptions/\(id)/unpublish", token: orgs.token)
            #expect(unpublish.status == .noContent)
            let hidden = try await appearances(of: postingID, title: "Backend Developer", on: orgs.slug, client: client)
            #expect(hidden.values.allSatisfy { !$0 }, "\(hidden)")
            let stored = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: orgs.token)
            #expect(stored.json["status"] as? String == "draft")
            #expect(try await client.posting(of: id, token: orgs.token)?["status"] as? String == "unpublished")
            #expect(try await client.send(.post, "/api/v1/job-descriptions/\(id)/unpublish", token: orgs.token).status == .noContent)

            let again = try await client.publish(id, token: orgs.token)
            #expect(again["id"] as? String == postingID)
            let back = try await appearances(of: postingID, title: "Backend Developer", on: orgs.slug, client: client)
            #expect(back.values.allSatisfy { $0 }, "\(back)")
        }
    }

    @Test("a posting past validThrough disappears from the board, API and feeds by itself", arguments: TestDatabase.available)
    func expiry(database: TestDatabase) async throws {
        let clock = TestClock()
        try await withTestApp(database, now: { clock.now }) { client, orgs in
            let validThrough = clock.now.addingTimeInterval(86_400).formatted(.iso8601)
            let id = try await client.createJobDescription(token: orgs.token)
            let posting = try await client.publish(id, token: orgs.token, ["validThrough": validThrough])
            let lasting = try await client.createAndPublish(token: orgs.token, document(["title": "Data Engineer"]))
            let postingID = try #require(posting["id"] as? String)
            let shown = try await appearances(of: postingID, title: "Backend Developer", on: orgs.slug, client: client)
            #expect(shown.values.allSatisfy { $0 }, "\(shown)")

            clock.advance(by: 2 * 86_400)
            let hidden = try await appearances(of: postingID, title: "Backend Developer", on: orgs.slug, client: client)
            #expect(hidden.values.allSatisfy { !$0 }, "\(hidden)")
            let other = try await appearances(of: lasting["id"] as! String, title: "Data Engineer", on: orgs.slug, client: client)
            #expect(other.values.allSatisfy { $0 }, "\(other)")
            #expect(try await client.posting(of: id, token: orgs.token)?["status"] as? String == "expired")
            let expired = try await client.send(.get, "/api/v1/postings?status=expired", token: orgs.token)
            #expect((expired.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [postingID])
            let open = try await client.send(.get, "/api/v1/postings?status=open", token: orgs.token)
            #expect((open.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [lasting["id"] as? String])

            let renewed = try await client.publish(id, token: orgs.token, ["validThrough": clock.now.addingTimeInterval(86_400).formatted(.iso8601)])
            #expect(renewed["status"] as? String == "open")
            #expect(renewed["publishedAt"] as? String != posting["publishedAt"] as? String)
            let back = try await appearances(of: postingID, title: "Backend Developer", on: orgs.slug, client: client)
            #expect(back.values.allSatisfy { $0 }, "\(back)")
        }
    }

    @Test("deleting a published job description withdraws its posting; restoring brings back a draft", arguments: TestDatabase.available)
    func deleteWithdraws(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let id = try await client.createJobDescription(token: orgs.token)
            let posting = try await client.publish(id, token: orgs.token)
            let postingID = try #require(posting["id"] as? String)
            let delete = try await client.send(.delete, "/api/v1/job-descriptions/\(id)", token: orgs.token, headers: [.ifMatch: "\"v1\""])
            #expect(delete.status == .noContent)
            let hidden = try await appearances(of: postingID, title: "Backend Developer", on: orgs.slug, client: client)
            #expect(hidden.values.allSatisfy { !$0 }, "\(hidden)")
            let restored = try await client.send(.post, "/api/v1/job-descriptions/\(id)/restore", token: orgs.token)
            #expect(restored.json["status"] as? String == "draft")
            #expect(try await client.page("/boards/\(orgs.slug)/jobs/\(postingID)").status == .notFound)
        }
    }

    @Test(
        "the board groups postings by department and filters by location, workplace and employment type",
        arguments: TestDatabase.available)
    func boardGroupingAndFilters(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            _ = try await client.createAndPublish(token: orgs.token)
            _ = try await client.createAndPublish(
                token: orgs.token,
                document(["title": "Product Designer", "workplaceType": "remote", "location": ["country": "US"], "employmentType": "contract"])
            )
            _ = try await client.createAndPublish(token: orgs.token, document(["title": "Recruiter"]), ["department": "Talent <Team>"])
            let board = try await client.page("/boards/\(orgs.slug)").body
            #expect(board.contains("3 open positions."))
            let engineering = try #require(board.range(of: ">Engineering</h2>"))
            let design = try #require(board.range(of: ">Design</h2>"))
            let talent = try #require(board.range(of: ">Talent &lt;Team&gt;</h2>"))
            #expect(design.lowerBound < engineering.lowerBound && engineering.lowerBound < talent.lowerBound)
            #expect(board.contains("<option value=\"Remote (US)\">Remote (US)</option>"))
            #expect(board.contains("<option value=\"Denver, CO, US\">Denver, CO, US</option>"))

            let remote = try await client.page("/boards/\(orgs.slug)?workplaceType=remote").body
            #expect(remote.contains(">Product Designer</a>"))
            #expect(!remote.contains(">Backend Developer</a>"))
            #expect(remote.contains("<option value=\"remote\" selected>Remote</option>"))
            #expect(remote.contains("1 open position of 3 match these filters."))
            let denver = try await client.page("/boards/\(orgs.slug)?location=Denver%2C+CO%2C+US&employmentType=full_time").body
            #expect(denver.contains(">Backend Developer</a>"))
            #expect(denver.contains(">Recruiter</a>"))
            #expect(!denver.contains(">Product Designer</a>"))
            let none = try await client.page("/boards/\(orgs.slug)?employmentType=internship").body
            #expect(none.contains("No open positions match these filters."))

            let api = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?location=remote&location=Denver&department=design")
            let titles = (api.json["jobs"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
            #expect(titles == ["Product Designer"])
            let byType = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?workplaceType=hybrid&employmentType=full_time")
            #expect((byType.json["meta"] as? [String: Any])?["total"] as? Int == 2)
            let badType = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?workplaceType=underwater")
            #expect(badType.status == .badRequest)
        }
    }
}
