import JobsmithDomain

/// Splits lines into ``Segment``s at headings: explicit ones (`#`, underlined, `<h2>`) and the ones people write as
/// plain lines: bold lines, ALL-CAPS lines, question lines, short lines ending in a colon, short lines opening a
/// paragraph that name a known section, and (outside Markdown, where headings are marked) short Title Case lines
/// standing above a paragraph.
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
        guard text.count <= 120, line.boldLead == nil else { return nil }
        let words = HeadingCandidate.wordCount(text)
        guard words <= 12 else { return nil }
        let name = text.trimmingTrailing(":").trimmed
        guard !name.isEmpty, !name.containsBytes(": ") else { return nil }  // "Reports to: VP Sales" is a label line
        let startsParagraph = index == 0 || lines[index - 1].kind == .blank || isHeading(lines[index - 1])
        let endsParagraph = index + 1 == lines.count || lines[index + 1].kind == .blank || lines[index + 1].isItem
        let endsSentence = text.last.map { ".!,;".contains($0) } ?? false
        let match = HeadingClassifier.classify(name)
        let confident = match.map { $0.method != .keyword } ?? false
        // In a KPI section, unknown bold or short lines are KPI names, not headings.
        let mayBeUnknown = current != .kpis

        func heading() -> Segment { Segment(heading: name, match: match) }

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
        guard startsParagraph, words <= 6, !endsSentence, !text.hasSuffix(":"), !text.hasSuffix("?") else { return nil }
        if confident { return heading() }
        // "A Typical Week" above its paragraph, in plain text and HTML.
        let opensText = index + 1 < lines.count && lines[index + 1].kind == .text && HeadingCandidate.wordCount(lines[index + 1].text) >= 5
        if match == nil, mayBeUnknown, format != .markdown, words >= 2, opensText, HeadingCandidate.isTitleCase(text),
            text.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 })
        {
            return heading()
        }
        return nil
    }

    private static func isHeading(_ line: SourceLine) -> Bool {
        if case .heading = line.kind { return true }
        return false
    }
}
