/// Turns the text a PDF engine extracted into ``SourceLine``s: running headers and footers repeated on every page and
/// page numbers ("Page 2 of 3") are dropped, bullets the engine wrote in a column of their own are put back before
/// their items, Word's nested bullets are recognized, lines that only wrapped at the right margin are joined again,
/// and the result is read as plain text.
///
/// A line wrapped when the first word of the next line would not have fitted on it: its length plus that word reaches
/// the width of the text column (the longest lines of the document). A shorter line was ended on purpose: a heading,
/// a list item, the end of a paragraph.
enum PDFTextLines {
    /// The lines of `text`, pages separated by form feeds.
    static func read(_ text: String) -> [SourceLine] {
        var pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmed }
        }
        while let last = pages.last, last.allSatisfy(\.isEmpty), pages.count > 1 { pages.removeLast() }
        let repeated = runningLines(pages)
        var lines: [String] = []
        for page in pages {
            if !lines.isEmpty { lines.append("") }
            lines += page.filter { !repeated.contains($0) && !isPageNumber($0) }
        }
        return LineReader.read(unwrapped(nestedBullets(rejoinedBullets(lines))).joined(separator: "\n"), markdown: false)
    }

    /// Bullet glyphs a PDF engine may write on lines of their own.
    private static let bullets: Set<String> = ["•", "◦", "▪", "▫", "●", "○", "■", "□", "‣", "⁃", "–", "-", "*", "·", "\u{F0B7}", "\u{F0A7}"]

    /// Puts back bullets written as a column of their own ("•", "•", "•", then the three items): a run of lines that
    /// are only a bullet, followed (after blank lines) by as many text lines, becomes bulleted lines.
    private static func rejoinedBullets(_ lines: [String]) -> [String] {
        var out: [String] = []
        var index = 0
        while index < lines.count {
            var run = index
            while run < lines.count, bullets.contains(lines[run]) { run += 1 }
            let count = run - index
            guard count > 0 else {
                out.append(lines[index])
                index += 1
                continue
            }
            var next = run
            while next < lines.count, lines[next].isEmpty { next += 1 }
            let items = lines[next...].prefix { !$0.isEmpty && !bullets.contains($0) }.prefix(count)
            guard items.count == count else {
                out += lines[index..<run]
                index = run
                continue
            }
            out += items.map { lines[index] + " " + $0 }
            index = next + count
        }
        return out
    }

    /// Word's nested-list bullets, an "o" or "§" in the Symbol and Wingdings fonts, become "◦" inside a bulleted list
    /// (up to the next blank line); elsewhere "o" and "§" start ordinary text.
    private static func nestedBullets(_ lines: [String]) -> [String] {
        var out: [String] = []
        var inList = false
        for line in lines {
            if line.isEmpty {
                inList = false
            } else if inList, line.hasPrefix("o ") || line.hasPrefix("§ "), line.dropFirst(2).first?.isUppercase == true {
                out.append("◦ " + line.dropFirst(2))
                continue
            } else if let marker = ListMarker.match(line[...])?.marker {
                inList = marker.count == 1 && marker.first?.isNumber == false
            }
            out.append(line)
        }
        return out
    }

    /// Lines at the top or bottom of at least two pages and of most pages: running headers and footers.
    private static func runningLines(_ pages: [[String]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for page in pages {
            let content = page.filter { !$0.isEmpty }
            for line in Set(content.prefix(2) + content.suffix(2)) where !line.isEmpty { counts[line, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= 2 && $0.value * 2 > pages.count }.keys)
    }

    /// "3", "- 3 -", "Page 3", "Page 3 of 4", "3 / 4", "3 of 4".
    private static func isPageNumber(_ line: String) -> Bool {
        guard line.count <= 20, line.contains(where: \.isNumber) else { return false }
        var words = line.lowercased().split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "/" }
        if words.first == "page" || words.first == "seite" { words.removeFirst() }
        words.removeAll { $0 == "of" || $0 == "von" }
        return (1...2).contains(words.count) && words.allSatisfy { $0.allSatisfy(\.isNumber) }
    }

    /// `lines` with the lines that wrapped at the margin joined to the line before.
    private static func unwrapped(_ lines: [String]) -> [String] {
        let width = columnWidth(lines)
        guard width >= 30 else { return lines }
        var out: [String] = []
        // Whether a line wrapped depends on the line of the page before it, not on the paragraph joined so far.
        var previous = ""
        for line in lines {
            if let joined = out.last, !previous.isEmpty, !line.isEmpty, continues(line, after: previous, width: width) {
                out[out.count - 1] = joined + (Self.endsInHyphenatedWord(joined) ? "" : " ") + line
            } else {
                out.append(line)
            }
            previous = line
        }
        return out
    }

    /// Whether `line` ends in a word broken at the margin with its hyphen ("Step-" before "Down Unit"): the hyphen is
    /// kept (it is more often part of the word than inserted by hyphenation) and no space is added.
    private static func endsInHyphenatedWord(_ line: String) -> Bool {
        guard line.hasSuffix("-"), line.count >= 2 else { return false }
        return line.dropLast().last?.isLetter == true
    }

    /// The width of the text column in characters: the length most full lines reach.
    private static func columnWidth(_ lines: [String]) -> Int {
        let lengths = lines.map(\.count).filter { $0 > 0 }.sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
    }

    private static func continues(_ line: String, after previous: String, width: Int) -> Bool {
        guard ListMarker.match(line[...]) == nil, !HeadingCandidate.isAllCaps(line) || line.count > 40 else { return false }
        // A sentence that ends at the margin may be followed by a heading ("About the role", "Bonus points").
        if ".!?:".contains(previous.last ?? " "), HeadingCandidate.wordCount(line) <= 8, !".!?,;".contains(line.last ?? "."),
            HeadingClassifier.classify(line.trimmingTrailing(":")).map({ $0.method != .keyword }) ?? (HeadingCandidate.wordCount(line) <= 5)
        {
            return false
        }
        // A question heading ("What skills are required for this role?") starts a section after any line.
        if line.hasSuffix("?"), HeadingCandidate.wordCount(line) <= 14, HeadingClassifier.classify(line).map({ $0.method != .keyword }) == true {
            return false
        }
        // A question heading too long for one line: "Are any tools required for the Customer" / "Service Representative role?"
        if line.hasSuffix("?"), HeadingCandidate.wordCount(line) <= 6, !".!?:;,".contains(previous.last ?? "."),
            HeadingClassifier.classify(previous + " " + line).map({ $0.method != .keyword }) == true
        {
            return true
        }
        let firstWord = line.prefix { $0 != " " }.count
        let filled = (previous.count + 1 + firstWord) * 100 >= width * 92
        let lowercaseStart = line.first?.isLowercase == true && !".!?:".contains(previous.last ?? ".")
        return filled || lowercaseStart
    }
}
