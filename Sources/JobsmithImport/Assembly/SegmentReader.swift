import JobsmithDomain

/// Puts the lines of one segment where they belong in the draft: facts first, then the rest by the heading's section.
/// Whatever has no field of its own goes to `otherSections` under the original heading.
enum SegmentReader {
    /// Reads `segment` into `draft`.
    ///
    /// - Parameters:
    ///   - segment: the heading and its lines.
    ///   - format: the input format, which decides how prose lines wrap.
    ///   - hasSummarySection: whether the document has a summary heading, so text before the first heading is an
    ///     introduction rather than the summary.
    ///   - draft: the document being assembled.
    static func read(_ segment: Segment, format: ImportFormat, hasSummarySection: Bool, into draft: inout DocumentDraft) {
        let context = LineFacts.Context(section: segment.section, preamble: segment.heading == nil, format: format)
        var remaining: [SourceLine] = []
        var lineCount = 0
        for line in segment.lines {
            guard line.kind != .blank else {
                remaining.append(line)
                continue
            }
            lineCount += 1
            draft.contentLines += 1
            if LineFacts.consume(line, context, into: &draft) {
                draft.placedLines += 1
            } else {
                remaining.append(line)
            }
        }
        let content = remaining.filter { $0.kind != .blank }.count
        if let heading = segment.heading, let match = segment.match, match.method == .keyword, content > 0 {
            draft.guesses += 1
            draft.warnings.append("Read the heading “\(heading.quotedForReport)” as \(match.section.heading.lowercased()) from a keyword; check it.")
        }
        guard let heading = segment.heading else {
            preamble(remaining, count: content, hasSummarySection: hasSummarySection, into: &draft)
            return
        }
        guard let section = segment.section else {
            draft.addOther(heading: heading, body: ProseText.body(remaining), recognized: false)
            return
        }
        if content > 0 || lineCount == 0 {
            place(remaining, count: content, heading: heading, section: section, format: format, into: &draft)
        }
    }

    /// Splits a list section into its list and the prose paragraphs after its last item (a closing remark, an
    /// equal-opportunity note without a heading), which are not items.
    private static func splitTrailingProse(_ lines: [SourceLine]) -> (list: [SourceLine], after: [SourceLine]) {
        guard let lastItem = lines.lastIndex(where: \.isItem),
            let firstBlank = lines[lastItem...].firstIndex(where: { $0.kind == .blank }),
            lines[firstBlank...].contains(where: { $0.kind == .text })
        else { return (lines, []) }
        return (Array(lines[..<firstBlank]), Array(lines[firstBlank...]))
    }

    /// Keeps text that follows a section without belonging to it as "Additional information".
    private static func additional(_ lines: [SourceLine], after heading: String, into draft: inout DocumentDraft) {
        draft.warnings.append("Kept the text after “\(heading.quotedForReport)” as “Additional information”.")
        draft.addOther(heading: "Additional information", body: ProseText.body(lines), recognized: true)
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
        let body = ProseText.body(lines)
        draft.placedLines += count
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
            draft.addSummary(ProseText.body(lines))
        case .responsibilities, .requirements, .niceToHave, .collaboratesWith, .leads, .tools, .qualifications, .benefits:
            let (listLines, after) = splitTrailingProse(lines)
            let list = ListItems.read(listLines, section: section, format: format)
            draft.add(list.items, to: section)
            for leadIn in list.leadIns {
                draft.warnings.append("Kept the lead-in “\(leadIn.quotedForReport)” as a \(section.heading.lowercased()) item.")
            }
            if !after.isEmpty { additional(after, after: heading, into: &draft) }
        case .kpis:
            let result = KPIReader.read(lines)
            guard result.described > 0 || lines.allSatisfy({ $0.kind == .blank || $0.isItem }) else {
                draft.warnings.append("“\(heading.quotedForReport)” did not read as a list of KPIs; kept it as its own section.")
                draft.addOther(heading: heading, body: ProseText.body(lines), recognized: true)
                break
            }
            draft.add(result.kpis)
        case .reportsTo:
            let paragraphs = paragraphsOf(lines)
            guard let first = paragraphs.first, first.count == 1, draft.setReportsTo(first[0].text) else {
                draft.warnings.append("“\(heading.quotedForReport)” is not a single line; kept it as its own section.")
                draft.addOther(heading: heading, body: ProseText.body(lines), recognized: true)
                break
            }
            let rest = paragraphs.dropFirst().flatMap { [SourceLine.blank] + $0 }
            if !rest.isEmpty { additional(rest, after: heading, into: &draft) }
        case .title, .salary, .location, .workplaceType, .employmentType, .otherSections:
            draft.addOther(heading: heading, body: ProseText.body(lines), recognized: true)
        }
        draft.placedLines += count
    }
}
