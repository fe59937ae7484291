import JobsmithDomain
import Testing

@Suite("Document validation")
struct ValidationTests {
    @Test("a complete document is valid")
    func validDocument() {
        let document = JobDocument(
            title: "Nurse", summary: "Care for patients.", responsibilities: ["Care"],
            salary: Salary(min: 30, max: 45, currency: "USD", period: .hour), location: Location(city: "Denver", region: "CO", country: "US")
        )
        #expect(document.validate().isEmpty)
    }

    @Test("every problem is reported with its pointer")
    func problems() {
        var document = JobDocument(title: "")
        document.requirements = Array(repeating: "x", count: 51)
        document.kpis = [KPI(name: "", description: "d")]
        document.salary = Salary(min: -1, max: .infinity, currency: "usd", period: .year)
        document.location = Location()
        document.otherSections = [OtherSection(heading: " ", body: "b")]
        let pointers = document.validate().map(\.pointer)
        #expect(
            pointers == [
                "/title", "/requirements", "/kpis/0/name", "/salary/min", "/salary/max", "/salary/currency", "/location",
                "/otherSections/0/heading",
            ]
        )
    }

    @Test("min above max is explained with both amounts")
    func minAboveMax() {
        let document = JobDocument(title: "A", salary: Salary(min: 90_000, max: 80_000, currency: "EUR", period: .year))
        #expect(document.validate() == [ValidationProblem(pointer: "/salary/min", message: "must not be greater than max (90000 > 80000)")])
    }

    @Test("control characters are refused, newlines and tabs are not")
    func controlCharacters() {
        #expect(JobDocument(title: "A\u{7}").validate().map(\.pointer) == ["/title"])
        #expect(JobDocument(title: "A", summary: "line\nline\tend").validate().isEmpty)
    }

    @Test("control characters are exactly Unicode's category Cc, less tab, line feed and carriage return")
    func controlCharactersMatchTheCategory() {
        var scalars = Array(0..<0x1_0000).compactMap(Unicode.Scalar.init)
        scalars += [0x1_F600, 0xE_0001, 0x10_FFFD].compactMap(Unicode.Scalar.init)
        let allowed: Set<Unicode.Scalar> = ["\t", "\n", "\r"]
        let mismatched = scalars.filter { scalar in
            let expected = scalar.properties.generalCategory == .control && !allowed.contains(scalar)
            return String(scalar).containsControlCharacters != expected
        }
        #expect(mismatched.isEmpty, "\(mismatched.prefix(5).map { String($0.value, radix: 16) })")
        #expect(scalars.filter { String($0).containsControlCharacters }.count == 62)
    }
}
