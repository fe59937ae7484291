import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// The editor edits every place, where remote applicants may live, pay zones and other compensation with plain form
/// posts (no JavaScript), names the field of every problem inline, and the history names the new fields.
@Suite("Web app: places and pay in the editor")
struct WebPlacesEditorTests {
    nonisolated(unsafe) static let zoned: [String: Any] = {
        var job = sampleDocument
        job.removeValue(forKey: "location")
        job["locations"] = [["city": "Austin", "region": "TX", "country": "US"], ["city": "Seattle", "region": "WA", "country": "US"]]
        job["payByLocation"] = [
            [
                "name": "Zone A", "locations": [["city": "Seattle", "region": "WA", "country": "US"]],
                "salary": ["min": 140000, "max": 170000, "currency": "USD", "period": "year"],
            ]
        ]
        job["otherCompensation"] = [["kind": "bonus", "description": "Annual bonus of up to 10%"]]
        job["remote"] = ["countries": ["US"], "regions": ["CO"]]
        return job
    }()

    /// The form as the page sends it, with `places`, one zone and `extra` fields.
    static func form(
        version: Int, places: [(String, String, String)], zone: (name: String, places: [Int], min: String, max: String)?,
        remote: (String, String) = ("", ""), compensation: [(String, String)] = [], action: String = "save"
    ) -> [(String, String)] {
        var fields: [(String, String)] = [
            ("version", String(version)), ("title", "Backend Developer"), ("summary", "Build the services and APIs that power our product."),
            ("responsibilities", "Design and build REST APIs"), ("requirements", "3+ years building web services"),
        ]
        for place in places {
            fields += [("locations.city", place.0), ("locations.region", place.1), ("locations.country", place.2), ("locations.postalCode", "")]
        }
        fields += [("remote.countries", remote.0), ("remote.regions", remote.1)]
        fields += [("salary.min", "110000"), ("salary.max", "140000"), ("salary.currency", "USD"), ("salary.period", "year")]
        if let zone {
            fields += [("payByLocation.0.present", "1"), ("payByLocation.0.name", zone.name)]
            fields += zone.places.map { ("payByLocation.0.places", String($0)) }
            fields += [
                ("payByLocation.0.salary.min", zone.min), ("payByLocation.0.salary.max", zone.max), ("payByLocation.0.salary.currency", "USD"),
                ("payByLocation.0.salary.period", "year"),
            ]
        }
        for entry in compensation { fields += [("otherCompensation.kind", entry.0), ("otherCompensation.description", entry.1)] }
        fields += [("workplaceType", "hybrid"), ("employmentType", "full_time"), ("action", action)]
        return fields
    }

    @Test("places, remote applicants, pay zones and other compensation are edited without JavaScript", arguments: TestDatabase.available)
    func editPlacesAndPay(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let id = try await client.createJobDescription(token: app.token, Self.zoned)
            let browser = try await Browser.signedIn(client, as: app.email)
            let page = try await browser.get("/jobs/\(id)")
            #expect(page.status == .ok)
            #expect(page.body.contains("name=\"locations.city\" value=\"Austin\""))
            #expect(page.body.contains("name=\"locations.city\" value=\"Seattle\""))
            #expect(page.body.contains("name=\"payByLocation.0.places\" value=\"1\" checked"))
            #expect(!page.body.contains("name=\"payByLocation.0.places\" value=\"0\" checked"))
            #expect(page.body.contains("name=\"remote.countries\" value=\"US\""))
            #expect(page.body.contains("value=\"Annual bonus of up to 10%\""))

            // Adding a place re-renders the form with an empty row, saving nothing.
            let added = try await browser.post(
                "/jobs/\(id)",
                Self.form(
                    version: 1, places: [("Austin", "TX", "US"), ("Seattle", "WA", "US")], zone: ("Zone A", [1], "140000", "170000"),
                    action: "add:locations"))
            #expect(added.status == .ok)
            #expect(added.body.components(separatedBy: "name=\"locations.city\"").count - 1 == 3)
            #expect(added.body.contains("Place 3: city"))

            // Saving a third place, a zone for two places, remote Canada and two kinds of other pay.
            let saved = try await browser.post(
                "/jobs/\(id)",
                Self.form(
                    version: 1, places: [("Austin", "TX", "US"), ("Seattle", "WA", "US"), ("New York", "NY", "us")],
                    zone: ("Zone A", [1, 2], "150,000", "190000"), remote: ("US, ca", "CO, US-TX"),
                    compensation: [("bonus", "Annual bonus of up to 10%"), ("equity", "Stock options")]))
            #expect(saved.status == .seeOther, "\(saved.body.prefix(600))")
            let stored = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: app.token).json
            let places = try #require(stored["locations"] as? [[String: Any]])
            #expect(places.compactMap { $0["city"] as? String } == ["Austin", "Seattle", "New York"])
            #expect(places.last?["country"] as? String == "US")
            let zones = try #require(stored["payByLocation"] as? [[String: Any]])
            #expect(zones.count == 1)
            #expect((zones.first?["locations"] as? [[String: Any]])?.compactMap { $0["city"] as? String } == ["Seattle", "New York"])
            #expect((zones.first?["salary"] as? [String: Any])?["min"] as? Double == 150000)
            #expect((stored["remote"] as? [String: Any])?["countries"] as? [String] == ["US", "CA"])
            #expect((stored["remote"] as? [String: Any])?["regions"] as? [String] == ["CO", "US-TX"])
            #expect((stored["otherCompensation"] as? [[String: Any]])?.compactMap { $0["kind"] as? String } == ["bonus", "equity"])

            // The history names the new fields.
            let diff = try await browser.get("/jobs/\(id)/compare?from=1&to=2")
            #expect(diff.status == .ok)
            for heading in ["Places", "Pay by location", "Other compensation", "Remote applicants"] {
                #expect(diff.body.contains(heading), "the diff has a \(heading) heading")
            }

            // Removing a place takes it out of the zone too.
            let removed = try await browser.post(
                "/jobs/\(id)",
                Self.form(
                    version: 2, places: [("Austin", "TX", "US"), ("Seattle", "WA", "US"), ("New York", "NY", "US")],
                    zone: ("Zone A", [1, 2], "150000", "190000"), action: "remove:locations:1"))
            #expect(removed.status == .ok)
            #expect(!removed.body.contains("value=\"Seattle\""))
            #expect(removed.body.contains("name=\"payByLocation.0.places\" value=\"1\" checked"), "New York is now place 2, still in the zone")
        }
    }

    @Test("problems of places and pay zones are shown inline, naming the field", arguments: TestDatabase.available)
    func inlineErrors(database: TestDatabase) async throws {
        try await withWebTestApp(database) { client, app in
            let id = try await client.createJobDescription(token: app.token, Self.zoned)
            let browser = try await Browser.signedIn(client, as: app.email)
            let refused = try await browser.post(
                "/jobs/\(id)",
                Self.form(
                    version: 1, places: [("Austin", "TX", "US"), ("Austin", "TX", "US")], zone: ("Zone A", [], "lots", "170000"),
                    compensation: [("bonus", String(repeating: "x", count: 1_200))]))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.contains("Place 2: repeats /locations/0"), "\(refused.body.prefix(300))")
            #expect(refused.body.contains("Zone 1 salary: must be a number, such as 85000"))
            #expect(refused.body.contains("value=\"lots\""), "what was typed is shown again")
            #expect(refused.body.contains("Pay 1:"))
            #expect(refused.body.contains("aria-invalid=\"true\""))
            let unchanged = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: app.token).json
            #expect(unchanged["version"] as? Int == 1)

            // A zone left without pay names it too.
            let noPay = try await browser.post(
                "/jobs/\(id)", Self.form(version: 1, places: [("Austin", "TX", "US"), ("Seattle", "WA", "US")], zone: ("Zone A", [1], "", "")))
            #expect(noPay.status == .unprocessableContent)
            #expect(noPay.body.contains("Zone 1 salary: needs the pay of this zone (from and to)"))
        }
    }
}
