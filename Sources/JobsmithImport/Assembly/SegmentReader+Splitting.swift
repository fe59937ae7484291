import JobsmithDomain

/// How the lines of a segment are split before placing: a list from the prose after it, an equal-opportunity
/// statement from the list it ends, a template site's notes from the summary.
extension SegmentReader {
    /// `lines` without a template site's blurb and instructions, which go to their own section.
    static func withoutBoilerplate(_ lines: [SourceLine], into draft: inout DocumentDraft) -> [SourceLine] {
        guard lines.contains(where: { $0.kind != .blank && TemplateBoilerplate.contains($0.text) }) else { return lines }
        var kept: [SourceLine] = []
        var boilerplate: [SourceLine] = []
        for line in lines {
            if line.kind == .blank {
                kept.append(line)
                boilerplate.append(line)
            } else if TemplateBoilerplate.contains(line.text) {
                boilerplate.append(line)
            } else {
                kept.append(line)
            }
        }
        draft.addTemplateNotes(ProseText.body(Self.trimmedBlanks(boilerplate)))
        return Self.trimmedBlanks(kept)
    }

    /// `lines` without blank lines at either end or twice in a row.
    static func trimmedBlanks(_ lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        for line in lines where line.kind != .blank || (out.last.map { $0.kind != .blank } ?? false) { out.append(line) }
        if out.last?.kind == .blank { out.removeLast() }
        return out
    }

    /// Splits a list section's lines before an equal-opportunity statement that ends it without a heading.
    static func splitStatement(_ lines: [SourceLine]) -> (list: [SourceLine], statement: [SourceLine]) {
        guard let start = lines.firstIndex(where: { $0.kind == .text && EqualOpportunityStatement.contains($0.text) }),
            !lines[start...].contains(where: \.isItem)
        else { return (lines, []) }
        return (Array(lines[..<start]), Array(lines[start...]))
    }

    /// The lines of a summary split into leading prose and a list of at least three short lines that runs to the end
    /// (items, or lines of at most 25 words without a full stop); `nil` when the summary does not end in such a list.
    static func listAfterProse(_ lines: [SourceLine]) -> (prose: [SourceLine], list: [SourceLine])? {
        let content = lines.indices.filter { lines[$0].kind != .blank }
        var start = content.endIndex
        while start > content.startIndex {
            let line = lines[content[start - 1]]
            guard line.isItem || (HeadingCandidate.wordCount(line.text) <= 25 && !line.text.hasSuffix(".")) else { break }
            start -= 1
        }
        guard content.endIndex - start >= 3 else { return nil }
        let first = content[start]
        return (Array(lines[..<first]), Array(lines[first...]))
    }

    /// Splits a list section into its list and the prose paragraphs after its last item (a closing remark, an
    /// equal-opportunity note without a heading), which are not items.
    static func splitTrailingProse(_ lines: [SourceLine]) -> (list: [SourceLine], after: [SourceLine]) {
        guard let lastItem = lines.lastIndex(where: \.isItem),
            let firstBlank = lines[lastItem...].firstIndex(where: { $0.kind == .blank }),
            lines[firstBlank...].contains(where: { $0.kind == .text })
        else { return (lines, []) }
        return (Array(lines[..<firstBlank]), Array(lines[firstBlank...]))
    }
}
