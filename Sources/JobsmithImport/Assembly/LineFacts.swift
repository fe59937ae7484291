import JobsmithDomain

/// Takes facts out of single lines: labelled facts anywhere ("Location: Denver, CO (hybrid)", "Reports to: VP Sales"),
/// unlabelled fact lines where facts are expected (before the first heading, in the summary and fact sections), and
/// inline lists under a section label ("Responsibilities: own X; run Y").
///
/// A line is consumed only when all of it was understood; otherwise what could be read is still taken (a salary in a
/// sentence) and the line stays in its section, so nothing is lost.
enum LineFacts {
    /// Where a line stands, which decides what may be read from it.
    struct Context {
        /// The section of the heading above the line; `nil` before the first heading or under an unknown heading.
        var section: DocumentSection?
        /// Whether the line is before the first heading.
        var preamble: Bool
        /// The input format (Jobsmith's Markdown facts are read exactly).
        var format: ImportFormat
    }

    private static let listSections: Set<DocumentSection> = [
        .responsibilities, .requirements, .niceToHave, .collaboratesWith, .leads, .tools, .qualifications, .benefits,
    ]
    private static let factSections: Set<DocumentSection> = [.location, .salary, .workplaceType, .employmentType]

    /// Reads facts from `line` into `draft`; `true` when the line was fully consumed.
    static func consume(_ line: SourceLine, _ context: Context, into draft: inout DocumentDraft) -> Bool {
        if let labeled = LabeledLine(line), let section = labeled.section {
            // "Location: Denver · Type: Full-time" holds several labelled facts on one line.
            if factSections.contains(section), line.text.contains(where: { "·|•".contains($0) }), let reading = FactLine.read(line.text) {
                return draft.apply(reading.facts, from: line.text) && reading.pure
            }
            if let consumed = labelled(labeled, section, line, context, into: &draft) { return consumed }
        }
        let expectsFacts = context.preamble || context.section == .summary || context.section.map(factSections.contains) == true
        guard expectsFacts else { return false }
        if let section = context.section, factSections.contains(section) {
            return underFactHeading(line.text, section, into: &draft)
        }
        guard let reading = FactLine.read(line.text) else { return false }
        return draft.apply(reading.facts, from: line.text) && reading.pure
    }

    /// A labelled line: `true`/`false` when handled (consumed or kept), `nil` when the label is not one to act on here.
    private static func labelled(
        _ labeled: LabeledLine, _ section: DocumentSection, _ line: SourceLine, _ context: Context, into draft: inout DocumentDraft
    ) -> Bool? {
        switch section {
        case .location, .salary, .workplaceType, .employmentType:
            let exact = context.format == .markdown && line.boldLead != nil && HeadingText.normalize(labeled.label) == "location"
            if let facts = FactLine.labelledFact(section, labeled.value, exactLocation: exact) {
                return draft.apply(facts, from: line.text)
            }
            return partialFact(labeled.value, section, line.text, into: &draft)
        case .title:
            return labeled.value == draft.document.title ? true : nil
        case .reportsTo:
            return draft.setReportsTo(labeled.value.trimmingTrailing(".").trimmed)
        case _ where context.section == nil && !context.preamble:
            return nil  // inline lists are not taken out of sections under unknown headings
        case _ where section == context.section || line.isItem:
            return nil  // "Skills: Python" inside requirements is a requirement as written
        case .summary:
            draft.addSummary(labeled.value)
            return true
        case .kpis:
            let kpis = ListItems.split(labeled.value, names: false).map { SourceLine(kind: .item(marker: nil), text: $0) }
            draft.add(KPIReader.read(kpis).kpis)
            return true
        case _ where listSections.contains(section):
            draft.add(ListItems.split(labeled.value, names: [.collaboratesWith, .leads, .tools].contains(section)), to: section)
            return true
        default:
            return nil
        }
    }

    /// Takes what can be read from a fact value that is more than the fact ("Hybrid (3 days in the office)", a salary
    /// sentence); the line itself is kept.
    private static func partialFact(_ value: String, _ section: DocumentSection, _ line: String, into draft: inout DocumentDraft) -> Bool {
        switch section {
        case .salary:
            if let salary = SalaryParser.parse(value) { _ = draft.apply([.salary(salary)], from: line) }
        case .location, .workplaceType:
            if let location = LocationParser.parse(value, labelled: true) { _ = draft.apply([.location(location)], from: line) }
        case .employmentType:
            if let reading = FactLine.read(value) {
                _ = draft.apply(reading.facts, from: line)
            } else if let first = value.split(whereSeparator: { ",(;".contains($0) }).first, let type = WorkArrangement.employment(first.trimmed) {
                // "Full-time, three 12-hour shifts per week": the type is clear, the rest stays in the text.
                _ = draft.apply([.employment(type)], from: line)
            }
        default:
            break
        }
        return false
    }

    /// A line under a fact heading ("Location" then "Denver, CO"); salary sentences give their salary and stay.
    private static func underFactHeading(_ text: String, _ section: DocumentSection, into draft: inout DocumentDraft) -> Bool {
        if let facts = FactLine.labelledFact(section, text) {
            return draft.apply(facts, from: text)
        }
        if let reading = FactLine.read(text) {
            return draft.apply(reading.facts, from: text) && reading.pure
        }
        return partialFact(text, section, text, into: &draft)
    }
}
