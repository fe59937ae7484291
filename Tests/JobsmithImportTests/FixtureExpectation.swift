import JobsmithDomain

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

    /// The item count of each list section of `document`, by field name.
    static func counts(of document: JobDocument) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (section, items) in document.listSections where !items.isEmpty { counts[section.rawValue] = items.count }
        if !document.kpis.isEmpty { counts["kpis"] = document.kpis.count }
        return counts
    }
}
