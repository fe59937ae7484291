import JobsmithDomain
import JobsmithImport
import Testing

/// What a fixture must import as: title, facts, section sizes and other-section headings.
struct FixtureExpectation: Sendable, CustomStringConvertible {
    var file: String
    var title: String
    var location: Location?
    var workplace: WorkplaceType?
    var employment: EmploymentType?
    var salary: Salary?
    var reportsTo: String?
    /// Item counts per list section (`responsibilities`, `kpis` …); sections not named must be empty.
    var counts: [String: Int]
    var hasSummary = true
    var otherHeadings: [String] = []
    var unrecognized: [String] = []

    var description: String { file }

    /// Records an issue for every way `result` differs from the expectation, and for a document that does not validate.
    func check(_ result: ImportResult, sourceLocation: SourceLocation = #_sourceLocation) {
        let document = result.document
        #expect(document.title == title, sourceLocation: sourceLocation)
        #expect(document.location == location, sourceLocation: sourceLocation)
        #expect(document.workplaceType == workplace, sourceLocation: sourceLocation)
        #expect(document.employmentType == employment, sourceLocation: sourceLocation)
        #expect(document.salary == salary, sourceLocation: sourceLocation)
        #expect(document.reportsTo == reportsTo, sourceLocation: sourceLocation)
        #expect(Self.counts(of: document) == counts, sourceLocation: sourceLocation)
        #expect((document.summary?.isEmpty == false) == hasSummary, sourceLocation: sourceLocation)
        #expect(document.otherSections.map(\.heading) == otherHeadings, sourceLocation: sourceLocation)
        #expect(result.report.unrecognizedHeadings == unrecognized, sourceLocation: sourceLocation)
        #expect(document.validate().isEmpty, "\(document.validate())", sourceLocation: sourceLocation)
    }

    /// The item count of each list section of `document`, by field name.
    static func counts(of document: JobDocument) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (section, items) in document.listSections where !items.isEmpty { counts[section.rawValue] = items.count }
        if !document.kpis.isEmpty { counts["kpis"] = document.kpis.count }
        return counts
    }
}
