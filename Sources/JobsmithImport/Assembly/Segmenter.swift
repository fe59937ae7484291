import JobsmithDomain

/// Splits lines into ``Segment``s at headings: explicit ones (`#`, underlined, `<h2>`) and the ones people write as
/// plain lines: bold lines, ALL-CAPS lines, question lines, short lines ending in a colon, lines that name a known
/// section (with or without blank lines around them), and (outside Markdown, where headings are marked) short Title
/// Case lines standing above a paragraph.
enum Segmenter {
    /// The segments of `lines`; the first one holds the text before the first heading.
    static func split(_ lines: [SourceLine], format: ImportFormat) -> [Segment] {
        var segments = [Segment(heading: nil, match: nil)]
        for index in lines.indices {
            let line = lines[index]
            switch line.kind {
            case .heading:
                let asText = SourceLine(kind: .text, text: line.text)
                if LabeledLine(asText)?.section != nil {
                    // "<h3>Location: Denver, CO</h3>" is a fact line dressed as a heading.
                    segments[segments.count - 1].lines.append(asText)
                    continue
                }
                let heading = line.text.trimmingTrailing(":").trimmed
                segments.append(Segment(heading: heading, match: HeadingClassifier.classify(heading)))
            case .text:
                if let heading = impliedHeading(lines, index, within: segments[segments.count - 1].section, format: format) {
                    segments.append(heading)
                } else {
                    segments[segments.count - 1].lines.append(line)
                }
            case .item, .blank:
                segments[segments.count - 1].lines.append(line)
            }
        }
        return segments
    }

    /// The heading the text line at `index` is, or `nil` when it is content.
    private static func impliedHeading(_ lines: [SourceLine], _ index: Int, within current: DocumentSection?, format: ImportFormat) -> Segment? {
        let line = lines[index]
        let text = line.text
        guard text.count <= 160, line.boldLead == nil, !HeadingCandidate.isNavigationTrail(text) else { return nil }
        let words = HeadingCandidate.wordCount(text)
        guard words <= 16 else { return nil }
        let name = text.trimmingTrailing(":").trimmed
        guard !name.isEmpty, !name.containsBytes(": ") else { return nil }  // "Reports to: VP Sales" is a label line
        let startsParagraph = index == 0 || lines[index - 1].kind == .blank || isHeading(lines[index - 1])
        let endsParagraph = index + 1 == lines.count || lines[index + 1].kind == .blank || lines[index + 1].isItem
        let endsSentence = text.last.map { ".!,;".contains($0) } ?? false
        let match = HeadingClassifier.classify(name)
        let confident = match.map { $0.method != .keyword } ?? false
        // In a KPI section, unknown bold or short lines are KPI names, not headings; so is a one-word list heading such
        // as "Collaboration" amid KPI names and their descriptions.
        let mayBeUnknown = current != .kpis
        if current == .kpis, !name.contains(" "), match.map({ kpiNameSections.contains($0.section) }) ?? false,
            describes(lines, after: index), followsDescribedName(lines, before: index)
        {
            return nil
        }

        func heading() -> Segment { Segment(heading: name, match: match) }

        if words <= 12 {
            if line.isBold, !endsSentence, words <= 10 {
                if match != nil || mayBeUnknown { return heading() }
            }
            if HeadingCandidate.isAllCaps(text), !endsSentence, words <= 10, words >= 2 || text.filter(\.isLetter).count >= 4 {
                if match != nil || mayBeUnknown { return heading() }
            }
            if text.hasSuffix("?") {
                if match != nil, match?.method != .keyword { return heading() }
                if match == nil, startsParagraph, endsParagraph, words <= 10, mayBeUnknown { return heading() }
            }
            if text.hasSuffix(":"), words <= 8 {
                if match != nil, confident || startsParagraph { return heading() }
                if match == nil, startsParagraph, words <= 5, HeadingCandidate.isTitleCase(name), mayBeUnknown { return heading() }
            }
        }
        // A known heading needs no blank line around it: pastes lose them ("About the role" right above its text),
        // and template sites write question headings without a question mark.
        if confident, let match, !endsSentence, !text.hasSuffix(":"), isStandaloneHeading(name, match, words: words) { return heading() }
        guard startsParagraph, words <= 6, !endsSentence, !text.hasSuffix(":"), !text.hasSuffix("?") else { return nil }
        // "A Typical Week" above its paragraph, in plain text and HTML.
        let opensText = index + 1 < lines.count && lines[index + 1].kind == .text && HeadingCandidate.wordCount(lines[index + 1].text) >= 5
        if match == nil, mayBeUnknown, format != .markdown, words >= 2, opensText, HeadingCandidate.isTitleCase(text),
            text.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 })
        {
            return heading()
        }
        return nil
    }

    /// Whether a line matched as `match` reads as a heading even inside running text: a synonym of up to eight words
    /// (but not "Experience with Airflow", a one-word synonym with more after it), or a question about the role of up to sixteen ("What are the key responsibilities of a Backend Developer") that
    /// does not ask the reader something ("Do you have experience with SQL" is a requirement).
    private static func isStandaloneHeading(_ name: String, _ match: HeadingMatch, words: Int) -> Bool {
        switch match.method {
        case .synonym: return words <= 8 && !match.extendsSingleWord
        case .question:
            let normalized = HeadingText.normalize(name).split(separator: " ")
            return words <= 16 && normalized.count >= 2 && normalized[1] != "you" && normalized[1] != "du" && normalized[1] != "sie"
        case .keyword: return false
        }
    }

    /// Sections whose one-word headings ("Collaboration", "Experience", "Quality") also serve as KPI names.
    private static let kpiNameSections: Set<DocumentSection> = [
        .responsibilities, .requirements, .niceToHave, .collaboratesWith, .leads, .tools, .qualifications, .benefits,
    ]

    /// Whether the lines before `index` end with a KPI name and its description, as alternating KPI lines do.
    private static func followsDescribedName(_ lines: [SourceLine], before index: Int) -> Bool {
        let earlier = lines[..<index].filter { $0.kind != .blank }.suffix(2)
        guard earlier.count == 2, let name = earlier.first, name.kind == .text, !name.text.hasSuffix("."),
            HeadingCandidate.wordCount(name.text) <= 8
        else { return false }
        return describes([name, earlier.last!], after: 0)
    }

    /// Whether the next line describes the line at `index`: a sentence of five words or more ending in a full stop.
    private static func describes(_ lines: [SourceLine], after index: Int) -> Bool {
        guard index + 1 < lines.count else { return false }
        let next = lines[index + 1]
        return next.kind == .text && next.text.hasSuffix(".") && HeadingCandidate.wordCount(next.text) >= 5
    }

    private static func isHeading(_ line: SourceLine) -> Bool {
        if case .heading = line.kind { return true }
        return false
    }
}
