import Foundation
import JobsmithDomain
import Testing

@Suite("Places, remote eligibility and pay by location")
struct PlacesModelTests {
    private let denver = Location(city: "Denver", region: "CO", country: "US")
    private let austin = Location(city: "Austin", region: "TX", country: "US")
    private let seattle = Location(city: "Seattle", region: "WA", country: "US", postalCode: "98101")

    private func decode(_ json: String) throws -> JobDocument {
        try JSONDecoder().decode(JobDocument.self, from: Data(json.utf8))
    }

    private func object(_ document: JobDocument) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(document)) as? [String: Any])
    }

    @Test("An old single-location document reads as one place and is written back with both spellings")
    func oldDocumentRoundTrip() throws {
        let old = try decode(#"{"title": "Nurse", "location": {"city": "Denver", "region": "CO", "country": "US"}}"#)
        #expect(old.locations == [denver])
        #expect(old.location == denver)
        let written = try object(old)
        #expect((written["location"] as? [String: String])?["city"] == "Denver")
        #expect((written["locations"] as? [[String: String]])?.map { $0["city"] } == ["Denver"])
        let again = try JSONDecoder().decode(JobDocument.self, from: JSONEncoder().encode(old))
        #expect(again == old)
        #expect(again.validate().isEmpty)
    }

    @Test("A document without places writes no location and an empty list")
    func noPlaces() throws {
        let written = try object(JobDocument(title: "Barista"))
        #expect(written["location"] == nil)
        #expect((written["locations"] as? [Any])?.isEmpty == true)
    }

    @Test("The alias reads and writes the first place")
    func alias() {
        var document = JobDocument(title: "Engineer", locations: [denver, austin])
        #expect(document.location == denver)
        document.location = seattle
        #expect(document.locations == [seattle, austin])
        document.location = nil
        #expect(document.locations == [austin])
        document.location = nil
        document.location = nil
        #expect(document.locations.isEmpty)
        document.location = denver
        #expect(document.locations == [denver])
    }

    @Test("A new document with several places, remote eligibility, zones and other pay round-trips through JSON")
    func fullRoundTrip() throws {
        let document = JobDocument(
            title: "Engineer",
            salary: Salary(min: 120_000, max: 150_000, currency: "USD", period: .year),
            locations: [denver, austin, seattle],
            remote: RemoteEligibility(countries: ["US"], regions: ["CO", "TX"]),
            payByLocation: [
                PayZone(name: "Zone A", locations: [seattle], salary: Salary(min: 140_000, max: 170_000, currency: "USD", period: .year))
            ],
            otherCompensation: [OtherCompensation(kind: .bonus, description: "Annual bonus of up to 10% of base pay")],
            hiring: HiringDisclosures(existingVacancy: true, aiScreening: false),
            workplaceType: .hybrid
        )
        #expect(document.validate().isEmpty)
        let decoded = try JSONDecoder().decode(JobDocument.self, from: JSONEncoder().encode(document))
        #expect(decoded == document)
        #expect(decoded.payByLocation[0].locations[0].postalCode == "98101")
    }

    @Test("A pay zone may name one place with location")
    func zoneWithOnePlace() throws {
        let document = try decode(
            #"""
            {"title": "Engineer", "locations": [{"city": "Seattle", "region": "WA", "country": "US"}],
             "payByLocation": [{"location": {"city": "Seattle", "region": "WA", "country": "US"},
                                "salary": {"min": 1, "max": 2, "currency": "USD", "period": "hour"}}]}
            """#)
        #expect(document.payByLocation.first?.locations.map(\.city) == ["Seattle"])
        #expect(throws: DecodingError.self) {
            try decode(
                #"{"title": "A", "payByLocation": [{"location": {"country": "US"}, "locations": [], "salary": {"min": 1, "max": 2, "currency": "USD", "period": "hour"}}]}"#
            )
        }
    }

    @Test("Each place pays its zone's range, the others the base salary")
    func placePay() {
        let base = Salary(min: 100, max: 120, currency: "USD", period: .year)
        let zone = Salary(min: 130, max: 150, currency: "USD", period: .year)
        let document = JobDocument(
            title: "A", salary: base, locations: [denver, seattle],
            payByLocation: [PayZone(locations: [Location(city: "seattle", region: "wa", country: "US")], salary: zone)])
        #expect(document.placePay.map(\.salary) == [base, zone])
        #expect(document.placePay.map(\.zone) == [nil, 0])
    }

    @Test("location and locations that disagree are a problem unless the stored version shows which one changed")
    func conflictingSpellings() throws {
        let json =
            #"{"title": "A", "location": {"city": "Boston", "region": "MA", "country": "US"}, "locations": [{"city": "Denver", "region": "CO", "country": "US"}, {"city": "Austin", "region": "TX", "country": "US"}]}"#
        let sent = try decode(json)
        #expect(sent.validate().map(\.pointer) == ["/location"])

        // An older client kept `locations` as it got it and changed `location`: the first place becomes Boston.
        var olderClient = sent
        olderClient.resolvePlaces(against: JobDocument(title: "A", locations: [denver, austin]))
        #expect(olderClient.locations.map(\.city) == ["Boston", "Austin"])
        #expect(olderClient.validate().isEmpty)

        // A newer client changed `locations` and kept the stale `location`: the list wins.
        var newerClient = sent
        newerClient.resolvePlaces(against: JobDocument(title: "A", location: Location(city: "Boston", region: "MA", country: "US")))
        #expect(newerClient.locations.map(\.city) == ["Denver", "Austin"])
        #expect(newerClient.validate().isEmpty)

        // Neither matches what was stored: still a problem.
        var neither = sent
        neither.resolvePlaces(against: JobDocument(title: "A", location: seattle))
        #expect(neither.validate().map(\.pointer) == ["/location"])
    }

    @Test("Problems point at the spelling the client sent")
    func pointersFollowSpelling() throws {
        let old = try decode(#"{"title": "A", "location": {"country": "XX"}}"#)
        #expect(old.validate().map(\.pointer) == ["/location/country"])
        let new = try decode(#"{"title": "A", "locations": [{"country": "US"}, {"country": "XX"}]}"#)
        #expect(new.validate().map(\.pointer) == ["/locations/1/country"])
    }

    @Test("Places, remote eligibility, zones and other pay are validated as strictly as the rest")
    func validation() {
        let good = Salary(min: 1, max: 2, currency: "USD", period: .hour)
        var document = JobDocument(title: "A", locations: [denver, Location(city: "denver", region: "co", country: "US")])
        document.remote = RemoteEligibility(countries: ["US", "ZZ", "US"], regions: ["CA-ON", " ", String(repeating: "x", count: 201)])
        document.payByLocation = [
            PayZone(locations: [austin], salary: good),
            PayZone(name: "B", locations: [denver], salary: Salary(min: 3, max: 2, currency: "usd", period: .hour)),
            PayZone(locations: [denver], salary: good),
            PayZone(locations: [], salary: good),
        ]
        document.otherCompensation = [OtherCompensation(kind: .equity, description: "")]
        #expect(
            document.validate().map(\.pointer) == [
                "/locations/1", "/remote/countries/1", "/remote/countries/2", "/remote/regions/0", "/remote/regions/1", "/remote/regions/2",
                "/payByLocation/0/locations/0", "/payByLocation/1/salary/min", "/payByLocation/1/salary/currency",
                "/payByLocation/2/locations/0", "/payByLocation/3/locations", "/otherCompensation/0/description",
            ])
        #expect(JobDocument(title: "A", remote: RemoteEligibility(countries: [], regions: ["CO"])).validate().map(\.pointer) == ["/remote/countries"])
    }

    @Test("Counts and lengths are bounded")
    func bounds() {
        let places = (0..<51).map { Location(city: "City \($0)", country: "US") }
        var document = JobDocument(title: "A", locations: places)
        document.otherCompensation = Array(repeating: OtherCompensation(kind: .tips, description: "Tips"), count: 21)
        document.payByLocation = Array(
            repeating: PayZone(locations: [], salary: Salary(min: 1, max: 2, currency: "USD", period: .hour)), count: 51)
        let pointers = Set(document.validate().map(\.pointer))
        #expect(pointers.isSuperset(of: ["/locations", "/otherCompensation", "/payByLocation"]))
        let postal = JobDocument(title: "A", location: Location(country: "US", postalCode: String(repeating: "9", count: 21)))
        #expect(postal.validate().map(\.pointer) == ["/location/postalCode"])
    }
}
