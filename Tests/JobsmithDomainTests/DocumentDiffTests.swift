import JobsmithDomain
import Testing

@Suite("Document diff")
struct DocumentDiffTests {
    @Test("items are added, removed and changed in place")
    func listChanges() {
        let old = JobDocument(title: "A", responsibilities: ["one", "two", "three"], tools: ["Swift"])
        let new = JobDocument(title: "B", responsibilities: ["one", "2", "three", "four"], tools: [])
        let diff = DocumentDiff(from: old, to: new)
        #expect(diff.sections.map(\.section) == ["title", "responsibilities", "tools"])
        #expect(diff.sections[0].changed == [.init(from: "A", to: "B")])
        #expect(diff.sections[1].changed == [.init(from: "two", to: "2")])
        #expect(diff.sections[1].added == ["four"])
        #expect(diff.sections[2].removed == ["Swift"])
    }

    @Test("identical documents have no changes")
    func identical() {
        let document = JobDocument(title: "A", responsibilities: ["x"])
        #expect(DocumentDiff(from: document, to: document).sections.isEmpty)
    }
}

@Suite("Document diff of places and pay")
struct PlacesDiffTests {
    @Test("Places, remote eligibility, pay zones and other pay show as changes")
    func placesAndPay() {
        let salary = Salary(min: 1, max: 2, currency: "USD", period: .hour)
        let old = JobDocument(title: "A", location: Location(city: "Denver", region: "CO", country: "US"))
        var new = old
        new.locations.append(Location(city: "Austin", region: "TX", country: "US"))
        new.remote = RemoteEligibility(countries: ["US"])
        new.payByLocation = [PayZone(locations: [Location(city: "Austin", region: "TX", country: "US")], salary: salary)]
        new.otherCompensation = [OtherCompensation(kind: .tips, description: "Pooled tips")]
        let diff = DocumentDiff(from: old, to: new)
        #expect(diff.sections.map(\.section) == ["location", "remote", "payByLocation", "otherCompensation"])
        #expect(diff.sections[0].added == ["Austin, TX, US"])
        #expect(diff.sections[2].added == ["Austin, TX, US: USD 1 – 2 per hour"])
    }
}
