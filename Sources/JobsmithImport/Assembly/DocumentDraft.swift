import JobsmithDomain

/// The document being assembled, with the bookkeeping the report needs.
struct DocumentDraft {
    /// The document so far (the summary is kept apart in ``summaryParts`` until ``finish()``).
    private(set) var document: JobDocument
    /// Field names in the order they first received content.
    private(set) var sectionsFound: [String] = ["title"]
    /// Headings not in the synonym table.
    private(set) var unrecognizedHeadings: [String] = []
    /// Things the user should check.
    var warnings: [String] = []
    /// Content lines read (not headings, not the title line).
    var contentLines = 0
    /// Content lines placed in a known section.
    var placedLines = 0
    /// Guesses made; each lowers the confidence.
    var guesses = 0
    /// How much the shape of the document lowers the confidence: missing core sections, a summary holding most of
    /// the text, items that are paragraphs.
    var structurePenalty = 0.0
    private var summaryParts: [String] = []
    private var bareDollar = false

    /// A draft for a document titled `title`.
    init(title: String) {
        document = JobDocument(title: title)
    }

    /// Notes that `section` received content.
    mutating func found(_ section: DocumentSection) {
        if !sectionsFound.contains(section.rawValue) { sectionsFound.append(section.rawValue) }
    }

    /// Adds a paragraph to the summary.
    mutating func addSummary(_ text: String) {
        guard !text.isEmpty else { return }
        summaryParts.append(text)
        found(.summary)
    }

    /// Adds items to a list section.
    mutating func add(_ items: [String], to section: DocumentSection) {
        let items = items.filter { !$0.isEmpty }
        guard !items.isEmpty else { return }
        switch section {
        case .responsibilities: document.responsibilities += items
        case .requirements: document.requirements += items
        case .niceToHave: document.niceToHave += items
        case .collaboratesWith: document.collaboratesWith += items
        case .leads: document.leads += items
        case .tools: document.tools += items
        case .qualifications: document.qualifications += items
        case .benefits: document.benefits += items
        default: return
        }
        found(section)
    }

    /// Adds KPIs.
    mutating func add(_ kpis: [KPI]) {
        guard !kpis.isEmpty else { return }
        document.kpis += kpis
        found(.kpis)
    }

    /// Sets who the role reports to; `false` when it is already set to something else.
    mutating func setReportsTo(_ value: String) -> Bool {
        if let existing = document.reportsTo { return existing == value }
        document.reportsTo = value
        found(.reportsTo)
        return true
    }

    /// Adds a section kept under its own heading; `recognized` says whether the heading is a known one.
    mutating func addOther(heading: String, body: String, recognized: Bool) {
        document.otherSections.append(OtherSection(heading: heading, body: body))
        if !recognized { unrecognizedHeadings.append(heading) }
        found(.otherSections)
    }

    /// Applies facts read from a line; `false` when one of them contradicts a fact already read (the line is then kept
    /// as text so nothing is lost).
    mutating func apply(_ facts: [FactLine.Fact], from line: String) -> Bool {
        var consistent = true
        for fact in facts {
            switch fact {
            case .employment(let type):
                consistent = set(\.employmentType, type, .employmentType, line) && consistent
            case .workplace(let mode):
                consistent = set(\.workplaceType, mode, .workplaceType, line) && consistent
            case .location(let match):
                if let location = match.location {
                    let isNew = document.location == nil
                    if !isNew, document.locations.count < DocumentLimits.placeCount,
                        !document.locations.contains(where: { $0.isSamePlace(as: location) })
                    {
                        // Another place the job is open in.
                        document.locations.append(location)
                    } else {
                        consistent = set(\.location, location, .location, line) && consistent
                    }
                    if isNew, let inference = match.inference { warnings.append("Inferred \(inference) in “\(line.quotedForReport)”.") }
                }
                if let mode = match.workplace { consistent = set(\.workplaceType, mode, .workplaceType, line) && consistent }
            case .salary(let match):
                let isNew = document.salary == nil
                consistent = set(\.salary, match.salary, .salary, line) && consistent
                if isNew {
                    bareDollar = match.bareDollar
                    if !match.periodStated {
                        guesses += 1
                        warnings.append("No pay period in “\(line.quotedForReport)”; read as per \(match.salary.period.rawValue).")
                    }
                    if match.bounded {
                        guesses += 1
                        warnings.append("“\(line.quotedForReport)” gives one bound; minimum and maximum were both set to it.")
                    }
                }
            }
        }
        return consistent
    }

    private mutating func set<Value: Equatable>(
        _ field: WritableKeyPath<JobDocument, Value?>, _ value: Value, _ section: DocumentSection, _ line: String
    ) -> Bool {
        if let existing = document[keyPath: field] {
            guard existing == value else {
                warnings.append("Kept the first \(section.heading.lowercased()); “\(line.quotedForReport)” stays in the text.")
                return false
            }
            return true
        }
        document[keyPath: field] = value
        found(section)
        return true
    }

    /// Keeps a template site's notes under one "About this template" section, however many places they came from.
    mutating func addTemplateNotes(_ body: String) {
        guard !body.isEmpty else { return }
        if let index = document.otherSections.firstIndex(where: { $0.heading == TemplateBoilerplate.heading }) {
            document.otherSections[index].body += "\n\n" + body
            return
        }
        warnings.append("Kept the template site’s notes out of the summary, under “\(TemplateBoilerplate.heading)”.")
        addOther(heading: TemplateBoilerplate.heading, body: body, recognized: true)
    }

    /// Takes the facts written into the title ("Account Executive (Chicago, IL)") when they agree with the facts read
    /// elsewhere, and shortens the title to the role; otherwise the title stays as written.
    mutating func takeFacts(of title: TitleText.Reading, fullTitle: String) {
        guard let factText = title.factText else { return }
        let agrees = title.facts.allSatisfy { fact in
            switch fact {
            case .location(let match):
                (match.location == nil || document.location == nil || document.location == match.location)
                    && (match.workplace == nil || document.workplaceType == nil || document.workplaceType == match.workplace)
            case .workplace(let mode): document.workplaceType == nil || document.workplaceType == mode
            case .employment(let type): document.employmentType == nil || document.employmentType == type
            case .salary: false
            }
        }
        guard agrees else {
            document.title = fullTitle
            return
        }
        _ = apply(title.facts, from: fullTitle)
        warnings.append("Read “\(factText.quotedForReport)” in the title as facts of the job and left it out of the title.")
    }

    /// Reads a "City, ST" (a US state or Canadian province code) from the first of `lines` that has one, when no
    /// location was found; the line itself stays where it is.
    mutating func takeCityAndState(from lines: [String]) {
        for line in lines {
            guard let found = LocationParser.cityAndRegion(in: line) else { continue }
            document.location = found.location
            self.found(.location)
            guesses += 1
            warnings.append("Read the location “\(found.text)” from “\(line.quotedForReport)”; check it.")
            return
        }
    }

    /// Finishes the document: joins the summary, reads a bare `$` as the local dollar of the location's country, and
    /// checks the shape of what was read.
    mutating func finish() {
        if !summaryParts.isEmpty { document.summary = summaryParts.joined(separator: "\n\n") }
        checkStructure()
        if bareDollar, let country = document.location?.country, let local = Self.localDollars[country], var salary = document.salary {
            salary.currency = local
            document.salary = salary
            warnings.append("Read “$” as \(local) because the job is in \(country).")
        }
    }

    private static let localDollars = ["CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN"]

    /// The report for this draft.
    func report(format: ImportFormat) -> ImportReport {
        let share = contentLines == 0 ? 1.0 : Double(placedLines) / Double(contentLines)
        let confidence = (max(0, min(1, share - 0.05 * Double(guesses) - structurePenalty)) * 100).rounded() / 100
        return ImportReport(
            format: format,
            sectionsFound: sectionsFound,
            unrecognizedHeadings: unrecognizedHeadings,
            confidence: confidence,
            warnings: warnings
        )
    }
}
