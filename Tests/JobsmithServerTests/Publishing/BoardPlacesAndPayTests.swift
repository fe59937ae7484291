import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The job-board API and the Indeed feed carry every place of a posting and the pay of each.
@Suite("Job board: every place and its pay")
struct BoardPlacesAndPayTests {
    /// Open in Austin, Seattle and New York; Seattle and New York are paid more (Zone A).
    nonisolated(unsafe) static let threeCities: [String: Any] = {
        var job = sampleDocument
        job.removeValue(forKey: "location")
        let austin = ["city": "Austin", "region": "TX", "country": "US"]
        let seattle = ["city": "Seattle", "region": "WA", "country": "US"]
        let newYork = ["city": "New York", "region": "NY", "country": "US"]
        job["locations"] = [austin, seattle, newYork]
        job["payByLocation"] = [
            ["name": "Zone A", "locations": [seattle, newYork], "salary": ["min": 150000, "max": 190000.5, "currency": "USD", "period": "year"]]
        ]
        return job
    }()

    static let places = "Austin, TX, US; Seattle, WA, US; New York, NY, US"

    @Test("the board API names every office and, with pay_transparency=true, gives each pay range in cents", arguments: TestDatabase.available)
    func boardAPI(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token, Self.threeCities)
            let postingID = try #require(posting["id"] as? String)
            let list = try await client.page("/api/v1/boards/\(orgs.slug)/jobs")
            let job = try #require((list.json["jobs"] as? [[String: Any]])?.first)
            #expect((job["location"] as? [String: Any])?["name"] as? String == Self.places)
            let offices = try #require(job["offices"] as? [[String: Any]])
            #expect(offices.compactMap { $0["name"] as? String } == ["Austin, TX, US", "Seattle, WA, US", "New York, NY, US"])
            #expect(offices.compactMap { $0["location"] as? String } == ["Austin, TX, US", "Seattle, WA, US", "New York, NY, US"])
            #expect(job["pay_input_ranges"] == nil, "pay only on request, as Greenhouse does")

            let expected: [[String: String]] = [
                [
                    "min_cents": "15000000", "max_cents": "19000050", "currency_type": "USD", "pay_period": "year",
                    "title": "Zone A (Seattle, WA, US; New York, NY, US)",
                ],
                ["min_cents": "11000000", "max_cents": "14000000", "currency_type": "USD", "pay_period": "year", "title": "Austin, TX, US"],
            ]
            func ranges(_ response: JSONResponse, _ job: [String: Any]?) -> [[String: String]] {
                (job?["pay_input_ranges"] as? [[String: Any]] ?? []).map { $0.mapValues { "\($0)" } }
            }
            let withPay = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?pay_transparency=true")
            #expect(ranges(withPay, (withPay.json["jobs"] as? [[String: Any]])?.first) == expected)
            let detail = try await client.page("/api/v1/boards/\(orgs.slug)/jobs/\(postingID)?pay_transparency=true")
            #expect(ranges(detail, detail.json) == expected)
            let detailWithout = try await client.page("/api/v1/boards/\(orgs.slug)/jobs/\(postingID)")
            #expect(detailWithout.json["pay_input_ranges"] == nil)

            // One pay everywhere is one range titled "Base pay"; a remote job is one remote office.
            var remote = sampleDocument
            remote["title"] = "Data Engineer"
            remote["workplaceType"] = "remote"
            remote["location"] = ["country": "US"]
            _ = try await client.createAndPublish(token: orgs.token, remote)
            let both = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?pay_transparency=true")
            let data = try #require((both.json["jobs"] as? [[String: Any]])?.first { $0["title"] as? String == "Data Engineer" })
            #expect((data["offices"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Remote (US)"])
            #expect(ranges(both, data).map { $0["title"] } == ["Base pay"])

            // Any of the places filters, as does the remote office.
            for (filter, titles) in [
                ("Seattle", ["Backend Developer"]), ("ny", ["Backend Developer"]), ("New%20York,%20NY,%20US", ["Backend Developer"]),
                ("remote", ["Data Engineer"]), ("Boston", []),
            ] {
                let filtered = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?location=\(filter)")
                #expect((filtered.json["jobs"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String } == titles, "\(filter)")
            }
        }
    }

    @Test("a pay_transparency other than true or false is a 400 problem naming it", arguments: TestDatabase.available)
    func hostilePayTransparency(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token, Self.threeCities)
            let postingID = try #require(posting["id"] as? String)
            for value in ["maybe", "", "1e309", "TRUE", "1", "%F0%9F%92%B0", "true%20", String(repeating: "t", count: 4_000)] {
                for path in ["/api/v1/boards/\(orgs.slug)/jobs", "/api/v1/boards/\(orgs.slug)/jobs/\(postingID)"] {
                    let response = try await client.page("\(path)?pay_transparency=\(value)")
                    #expect(response.status == .badRequest, "\(value.prefix(20))")
                    #expect(response.headers[.contentType] == "application/problem+json")
                    #expect(response.json["detail"] as? String == "pay_transparency must be true or false.", "\(response.body.prefix(300))")
                }
            }
            let off = try await client.page("/api/v1/boards/\(orgs.slug)/jobs?pay_transparency=false")
            #expect(off.status == .ok && (off.json["jobs"] as? [[String: Any]])?.first?["pay_input_ranges"] == nil)
        }
    }

    @Test("the Indeed feed has one job per place with that place's pay", arguments: TestDatabase.available)
    func indeedFeed(database: TestDatabase) async throws {
        try await withTestApp(database) { client, orgs in
            let posting = try await client.createAndPublish(token: orgs.token, Self.threeCities)
            let postingID = try #require(posting["id"] as? String)
            let feed = try XMLElementNode.parse(try await client.page("/boards/\(orgs.slug)/indeed.xml").body)
            let jobs = feed.all("job")
            #expect(jobs.compactMap { $0.text(of: "referencenumber") } == [postingID, "\(postingID)-2", "\(postingID)-3"])
            #expect(jobs.compactMap { $0.text(of: "city") } == ["Austin", "Seattle", "New York"])
            #expect(jobs.compactMap { $0.text(of: "state") } == ["TX", "WA", "NY"])
            #expect(
                jobs.compactMap { $0.text(of: "salary") } == [
                    "USD 110,000 – 140,000 per year", "USD 150,000 – 190,000.50 per year", "USD 150,000 – 190,000.50 per year",
                ])
            #expect(Set(jobs.compactMap { $0.text(of: "url") }).count == 1)
        }
    }
}
