import JobsmithDomain

/// Puts the lines of one segment where they belong in the draft: facts first, then the rest by the heading's section.
/// Whatever has no field of its own goes to `otherSections` under the original heading.
enum SegmentReader {
    /// Reads `segment` into `draft`.
    ///
    /// - Parameters:
    ///   - segment: the heading and its lines.
    ///   - format: the input format, which decides how prose lines wrap.
    ///   - headed: the sections the document's headings name: with a summary heading, text before the first heading is
    ///     an introduction; without a responsibilities heading, a list under "What does a … do?" is the responsibilities.
    ///   - draft: the document being assembled.
    static func read(_ segment: Segment, format: ImportFormat, headed: Set<DocumentSection>, into draft: inout DocumentDraft) {
        let context = LineFacts.Context(section: segment.section, preamble: segment.heading == nil, format: format)
        let isList = segment.section.map(listSections.contains) ?? false
        var remaining: [SourceLine] = []
        // A list ends where a labelled fact follows it ("Location: Austin, TX"); prose after that is not list content.
        var afterList: [SourceLine] = []
        var lineCount = 0
        for line in segment.lines {
            guard line.kind != .blank else {
                if afterList.isEmpty { remaining.append(line) } else { afterList.append(line) }
                continue
            }
            lineCount += 1
            draft.contentLines += 1
            if LineFacts.consume(line, context, into: &draft) {
                draft.placedLines += 1
                if isList, afterList.isEmpty, remaining.contains(where: { $0.kind != .blank }),
                    LabeledLine(line)?.section.map(endsList.contains) == true
                {
                    afterList.append(.blank)
                }
            } else if !afterList.isEmpty, !line.isItem {
                afterList.append(line)
                draft.placedLines += 1
            } else {
                remaining.append(line)
            }
        }
        defer {
            if let heading = segment.heading, afterList.contains(where: { $0.kind != .blank }) { additional(afterList, after: heading, into: &draft) }
        }
        let content = remaining.filter { $0.kind != .blank }.count
        if let heading = segment.heading, let match = segment.match, match.method == .keyword, content > 0 {
            draft.guesses += 1
            draft.warnings.append("Read the heading “\(heading.quotedForReport)” as \(match.section.heading.lowercased()) from a keyword; check it.")
        }
        guard let heading = segment.heading else {
            preamble(remaining, count: content, hasSummarySection: headed.contains(.summary), into: &draft)
            return
        }
        guard let section = segment.section else {
            draft.addOther(heading: heading, body: ProseText.body(remaining), recognized: false)
            return
        }
        guard content > 0 || lineCount == 0 else { return }
        if section == .summary, !headed.contains(.responsibilities), let split = listAfterProse(remaining) {
            // Template sites answer "What does a … do?" with the duties, one per line.
            draft.guesses += 1
            draft.warnings.append("Read the lines under “\(heading.quotedForReport)” as responsibilities.")
            if split.prose.contains(where: { $0.kind != .blank }) {
                place(split.prose, count: 0, heading: heading, section: .summary, format: format, into: &draft)
            }
            place(split.list, count: content, heading: heading, section: .responsibilities, format: format, into: &draft)
            return
        }
        place(remaining, count: content, heading: heading, section: section, format: format, into: &draft)
    }

    private static let listSections: Set<DocumentSection> = [
        .responsibilities, .requirements, .niceToHave, .collaboratesWith, .leads, .tools, .qualifications, .benefits, .kpis,
    ]
    /// Labelled facts that end a list when they follow it.
    private static let endsList: Set<DocumentSection> = [.location, .salary, .workplaceType, .employmentType, .reportsTo]

    /// Keeps text that follows a section without belonging to it as "Additional information", or as "Equal
    /// opportunity" when it opens with such a statement; a template site's notes among it go to their own section.
    private static func additional(_ lines: [SourceLine], after heading: String, into draft: inout DocumentDraft) {
        let kept = withoutBoilerplate(lines, into: &draft)
        guard let first = kept.first(where: { $0.kind != .blank }) else { return }
        let name = EqualOpportunityStatement.contains(first.text) ? EqualOpportunityStatement.heading : "Additional information"
        draft.warnings.append("Kept the text after “\(heading.quotedForReport)” as “\(name)”.")
        draft.addOther(heading: name, body: ProseText.body(kept), recognized: true)
    }

    private static func paragraphsOf(_ lines: [SourceLine]) -> [[SourceLine]] {
        var paragraphs: [[SourceLine]] = [[]]
        for line in lines {
            if line.kind == .blank {
                if !paragraphs[paragraphs.count - 1].isEmpty { paragraphs.append([]) }
            } else {
                paragraphs[paragraphs.count - 1].append(line)
            }
        }
        return paragraphs.filter { !$0.isEmpty }
    }

    private static func preamble(_ lines: [SourceLine], count: Int, hasSummarySection: Bool, into draft: inout DocumentDraft) {
        guard count > 0 else { return }
        draft.placedLines += count
        let prose = withoutBoilerplate(lines, into: &draft)
        guard prose.contains(where: { $0.kind != .blank }) else { return }
        let body = ProseText.body(prose)
        if hasSummarySection {
            draft.addOther(heading: "Introduction", body: body, recognized: true)
        } else {
            draft.guesses += 1
            draft.warnings.append("Took the text before the first heading as the summary.")
            draft.addSummary(body)
        }
    }

    private static func place(
        _ lines: [SourceLine], count: Int, heading: String, section: DocumentSection, format: ImportFormat, into draft: inout DocumentDraft
    ) {
        switch section {
        case .summary:
            draft.addSummary(ProseText.body(withoutBoilerplate(lines, into: &draft)))
        case .responsibilities, .requirements, .niceToHave, .collaboratesWith, .leads, .tools, .qualifications, .benefits:
            let (untilStatement, statement) = splitStatement(lines)
            var (listLines, after) = splitTrailingProse(untilStatement)
            after += statement
            let list = ListItems.read(listLines, section: section, format: format)
            draft.add(list.items, to: section)
            for leadIn in list.leadIns {
                draft.warnings.append("Kept the lead-in “\(leadIn.quotedForReport)” as a \(section.heading.lowercased()) item.")
            }
            if !after.isEmpty { additional(after, after: heading, into: &draft) }
        case .kpis:
            let (kpiLines, statement) = splitStatement(lines)
            defer { if !statement.isEmpty { additional(statement, after: heading, into: &draft) } }
            let result = KPIReader.read(kpiLines)
            guard result.described > 0 || kpiLines.allSatisfy({ $0.kind == .blank || $0.isItem }) else {
                draft.warnings.append("“\(heading.quotedForReport)” did not read as a list of KPIs; kept it as its own section.")
                draft.addOther(heading: heading, body: ProseText.body(kpiLines), recognized: true)
                break
            }
            if !result.introduction.isEmpty {
                draft.warnings.append("Kept the introduction to “\(heading.quotedForReport)” as a section of its own.")
                draft.addOther(heading: heading, body: ProseText.body(result.introduction), recognized: true)
            }
            draft.add(result.kpis)
            if !result.remarks.isEmpty { additional(result.remarks, after: heading, into: &draft) }
        case .reportsTo:
            // An equal-opportunity statement may follow the answer without a blank line (text from a PDF).
            let (answer, statement) = splitStatement(lines)
            let paragraphs = paragraphsOf(answer)
            guard let first = paragraphs.first, first.count == 1, draft.setReportsTo(first[0].text) else {
                draft.warnings.append("“\(heading.quotedForReport)” is not a single line; kept it as its own section.")
                draft.addOther(heading: heading, body: ProseText.body(lines), recognized: true)
                break
            }
            let rest = (paragraphs.dropFirst() + (statement.isEmpty ? [] : [statement])).flatMap { [SourceLine.blank] + $0 }
            if !rest.isEmpty { additional(rest, after: heading, into: &draft) }
        case .title, .salary, .location, .workplaceType, .employmentType, .otherSections:
            draft.addOther(heading: heading, body: ProseText.body(lines), recognized: true)
        }
        draft.placedLines += count
    }
}
