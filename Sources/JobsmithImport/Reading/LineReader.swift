import JobsmithDomain

/// Reads plain text and Markdown into ``SourceLine``s: headings (`#`, underlined), list items with their wrapped
/// continuation lines joined, and prose lines. Markdown inline markup is removed; plain text is kept as written.
enum LineReader {
    /// The lines of `content`.
    ///
    /// - Parameters:
    ///   - content: the document text.
    ///   - markdown: whether to read Markdown syntax (`#` headings, emphasis, links, code fences, tables, quotes).
    static func read(_ content: String, markdown: Bool) -> [SourceLine] {
        var reader = State(markdown: markdown)
        var rawLines = content.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        if markdown, let frontMatter = frontMatter(rawLines) {
            // YAML front matter ("title: …", "location: …") reads as label lines.
            for line in frontMatter.lines { reader.consume(line.replacingControlCharacters[...]) }
            reader.consume("")
            rawLines = rawLines[frontMatter.end...]
        }
        for rawLine in rawLines {
            reader.consume(rawLine.replacingControlCharacters[...])
        }
        return reader.lines
    }

    /// The lines between a leading `---` and the next `---` (within 60 lines), and the index after the closing one.
    private static func frontMatter(_ lines: ArraySlice<Substring>) -> (lines: ArraySlice<Substring>, end: Int)? {
        guard let first = lines.first, first.trimmed == "---" else { return nil }
        let start = lines.startIndex + 1
        guard let close = lines[start...].prefix(60).firstIndex(where: { $0.trimmed == "---" || $0.trimmed == "..." }) else { return nil }
        let body = lines[start..<close]
        guard body.allSatisfy({ $0.trimmed.isEmpty || $0.contains(":") || $0.first == " " || $0.trimmed.hasPrefix("-") }) else { return nil }
        return (body, close + 1)
    }

    private struct State {
        let markdown: Bool
        var lines: [SourceLine] = []
        var fence: Substring?
        /// The indentation of the last item or prose line, to tell a wrapped continuation (indented further) from a new line.
        var previousIndent = 0

        init(markdown: Bool) {
            self.markdown = markdown
        }

        mutating func consume(_ rawLine: Substring) {
            let indent = Self.indentation(rawLine)
            var trimmed = rawLine.trimmed[...]
            if markdown, let fenceMarker = fence {
                if trimmed.hasPrefix(fenceMarker) {
                    fence = nil
                } else {
                    append(trimmed.isEmpty ? .blank : SourceLine(kind: .text, text: String(trimmed)))
                }
                return
            }
            if markdown, trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                return
            }
            if markdown {
                while trimmed.first == ">" { trimmed = trimmed.dropFirst().trimmingLeadingSpaces }
                if trimmed.hasSuffix("\\") { trimmed = trimmed.dropLast().trimmed[...] }
            }
            guard !trimmed.isEmpty else {
                append(.blank)
                return
            }
            if markdown, let heading = Self.atxHeading(trimmed) {
                let inline = InlineMarkdown.read(heading.text)
                append(inline.text.isEmpty ? .blank : SourceLine(kind: .heading(level: heading.level), text: inline.text))
                return
            }
            if let underline = Self.underline(trimmed) {
                // Under a short line, "===" and "---" underline a heading; anywhere else they are rules.
                if let last = lines.last, last.kind == .text, last.text.count <= 120, underline == "=" || underline == "-" {
                    lines[lines.count - 1] = SourceLine(kind: .heading(level: underline == "=" ? 1 : 2), text: last.text)
                } else {
                    append(.blank)
                }
                return
            }
            if markdown, trimmed.first == "|" {
                tableRow(trimmed)
                return
            }
            if let match = ListMarker.match(trimmed) {
                let text = markdown ? InlineMarkdown.read(match.rest) : InlineMarkdown.Result(text: String(match.rest), isBold: false, boldLead: nil)
                append(SourceLine(kind: .item(marker: String(match.marker)), text: text.text, isBold: text.isBold, boldLead: text.boldLead))
                previousIndent = indent
                return
            }
            let text = markdown ? InlineMarkdown.read(trimmed) : InlineMarkdown.Result(text: String(trimmed), isBold: false, boldLead: nil)
            if let last = lines.last, last.isItem, continues(text, indent: indent) {
                lines[lines.count - 1].text += " " + text.text
                return
            }
            append(SourceLine(kind: .text, text: text.text, isBold: text.isBold, boldLead: text.boldLead))
            previousIndent = indent
        }

        /// Whether a line right after a list item wraps that item rather than starting something new.
        private func continues(_ text: InlineMarkdown.Result, indent: Int) -> Bool {
            if text.isBold || text.text.hasSuffix(":") || text.text.hasSuffix("?") || HeadingCandidate.isAllCaps(text.text) { return false }
            if indent > previousIndent { return true }
            // Markdown joins unindented lines too (lazy continuation); plain text only when the sentence clearly goes on.
            return markdown || text.text.first?.isLowercase == true
        }

        private mutating func tableRow(_ row: Substring) {
            let cells = row.split(separator: "|").map { $0.trimmed }.filter { !$0.isEmpty }
            if cells.allSatisfy({ cell in cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) { return }
            let texts = cells.map { InlineMarkdown.read($0[...]).text }
            let text = texts.count == 2 && !texts[0].hasSuffix(":") ? texts[0] + ": " + texts[1] : texts.joined(separator: " | ")
            append(SourceLine(kind: .text, text: text))
        }

        private mutating func append(_ line: SourceLine) {
            if line.kind == .blank, lines.last?.kind == .blank || lines.isEmpty { return }
            lines.append(line)
        }

        private static func indentation(_ line: Substring) -> Int {
            var width = 0
            for character in line {
                if character == " " {
                    width += 1
                } else if character == "\t" {
                    width += 4
                } else {
                    break
                }
            }
            return width
        }

        private static func atxHeading(_ line: Substring) -> (level: Int, text: Substring)? {
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes) else { return nil }
            let rest = line.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
            var text = rest.trimmed[...]
            // An optional closing sequence of #s.
            let closing = text.reversed().prefix { $0 == "#" }.count
            if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
                text = text.dropLast(closing).trimmed[...]
            }
            return (hashes, text)
        }

        /// The repeated character of a rule or setext underline (`===`, `---`, `***`, `___`, `~~~`), or `nil`.
        private static func underline(_ line: Substring) -> Character? {
            guard let first = line.first, "=-*_~".contains(first) else { return nil }
            var count = 0
            for character in line {
                if character == first {
                    count += 1
                } else if character != " " {
                    return nil
                }
            }
            return count >= (first == "=" ? 2 : 3) ? first : nil
        }
    }
}
