import JobsmithDomain

/// Removes Markdown inline markup from one line (emphasis, code spans, links, escapes), keeping the words and noting
/// which of them were bold, because bold lines are headings and bold leads are labels.
enum InlineMarkdown {
    /// How far to look for the end of an emphasis, code span or link; keeps a pathological line linear.
    private static let searchWindow = 1_000

    /// A line without its inline markup.
    struct Result: Equatable {
        /// The plain text.
        var text: String
        /// Whether all of the text was bold.
        var isBold: Bool
        /// The bold words the line starts with when plain text follows.
        var boldLead: String?
    }

    /// Reads the inline markup of `line`.
    static func read(_ line: Substring) -> Result {
        let characters = Array(line)
        var output: [(character: Character, bold: Bool)] = []
        output.reserveCapacity(characters.count)
        render(characters, 0..<characters.count, bold: false, into: &output)
        return result(output)
    }

    private static func result(_ output: [(character: Character, bold: Bool)]) -> Result {
        var start = 0
        var end = output.count
        while start < end, output[start].character.isWhitespace { start += 1 }
        while end > start, output[end - 1].character.isWhitespace { end -= 1 }
        let visible = output[start..<end]
        let text = String(visible.map(\.character))
        let boldCount = visible.filter { $0.bold && !$0.character.isWhitespace }.count
        let plainCount = visible.filter { !$0.bold && !$0.character.isWhitespace }.count
        var lead: String?
        if boldCount > 0, plainCount > 0, visible.first?.bold == true {
            let leadEnd = visible.firstIndex { !$0.bold && !$0.character.isWhitespace } ?? end
            lead = String(output[start..<leadEnd].map(\.character)).trimmed
        }
        return Result(text: text, isBold: boldCount > 0 && plainCount == 0, boldLead: lead)
    }

    private static func render(_ chars: [Character], _ range: Range<Int>, bold: Bool, into out: inout [(character: Character, bold: Bool)]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let character = chars[index]
            switch character {
            case "\\" where index + 1 < end && chars[index + 1].isASCII && chars[index + 1].isPunctuationOrSymbol:
                out.append((chars[index + 1], bold))
                index += 2
            case "`":
                index = codeSpan(chars, index, end, bold: bold, into: &out)
            case "*", "_", "~":
                index = emphasis(chars, index, end, bold: bold, into: &out)
            case "!" where index + 1 < end && chars[index + 1] == "[":
                if let next = link(chars, index + 1, end, bold: bold, image: true, into: &out) {
                    index = next
                } else {
                    out.append((character, bold))
                    index += 1
                }
            case "[":
                if let next = link(chars, index, end, bold: bold, image: false, into: &out) {
                    index = next
                } else {
                    out.append((character, bold))
                    index += 1
                }
            case "<":
                index = angle(chars, index, end, bold: bold, into: &out)
            default:
                out.append((character, bold))
                index += 1
            }
        }
    }

    private static func codeSpan(_ chars: [Character], _ start: Int, _ end: Int, bold: Bool, into out: inout [(character: Character, bold: Bool)])
        -> Int
    {
        var runEnd = start
        while runEnd < end, chars[runEnd] == "`" { runEnd += 1 }
        let length = runEnd - start
        var probe = runEnd
        let end = min(end, runEnd + searchWindow)
        while probe < end {
            if chars[probe] == "`" {
                var closeEnd = probe
                while closeEnd < end, chars[closeEnd] == "`" { closeEnd += 1 }
                if closeEnd - probe == length {
                    var inner = runEnd..<probe
                    if inner.count >= 2, chars[inner.lowerBound] == " ", chars[inner.upperBound - 1] == " " {
                        inner = (inner.lowerBound + 1)..<(inner.upperBound - 1)
                    }
                    for index in inner { out.append((chars[index], bold)) }
                    return closeEnd
                }
                probe = closeEnd
            } else {
                probe += 1
            }
        }
        for index in start..<runEnd { out.append((chars[index], bold)) }
        return runEnd
    }

    private static func emphasis(_ chars: [Character], _ start: Int, _ end: Int, bold: Bool, into out: inout [(character: Character, bold: Bool)])
        -> Int
    {
        let marker = chars[start]
        var runEnd = start
        while runEnd < end, chars[runEnd] == marker { runEnd += 1 }
        let length = runEnd - start
        let before: Character? = start > 0 ? chars[start - 1] : nil
        let opens =
            runEnd < end && !chars[runEnd].isWhitespace
            && (marker != "_" || !(before?.isLetter ?? false || before?.isNumber ?? false))
            && (marker != "~" || length == 2)
        if opens, length <= 3, let close = closer(chars, marker: marker, length: length, from: runEnd, end: end) {
            render(chars, runEnd..<close, bold: bold || (marker != "~" && length >= 2), into: &out)
            return close + length
        }
        for index in start..<runEnd { out.append((chars[index], bold)) }
        return runEnd
    }

    private static func closer(_ chars: [Character], marker: Character, length: Int, from start: Int, end: Int) -> Int? {
        var index = start
        let end = min(end, start + searchWindow)
        while index < end {
            if chars[index] == "`" {
                // Emphasis does not close inside a code span.
                var skip = index + 1
                while skip < end, chars[skip] != "`" { skip += 1 }
                index = skip + 1
                continue
            }
            guard chars[index] == marker else {
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < end, chars[runEnd] == marker { runEnd += 1 }
            let run = runEnd - index
            let after: Character? = runEnd < end ? chars[runEnd] : nil
            let closes =
                index > start && !chars[index - 1].isWhitespace
                && (marker != "_" || !(after?.isLetter ?? false || after?.isNumber ?? false))
            if closes && (run == length || (length == 1 && run == 3) || (length >= 2 && run > length)) {
                return index
            }
            index = runEnd
        }
        return nil
    }

    private static func link(
        _ chars: [Character], _ start: Int, _ end: Int, bold: Bool, image: Bool, into out: inout [(character: Character, bold: Bool)]
    ) -> Int? {
        var depth = 0
        var index = start
        var labelEnd: Int?
        let end = min(end, start + searchWindow)
        while index < end {
            if chars[index] == "[" { depth += 1 }
            if chars[index] == "]" {
                depth -= 1
                if depth == 0 {
                    labelEnd = index
                    break
                }
            }
            index += 1
        }
        guard let labelEnd, labelEnd + 1 < end, chars[labelEnd + 1] == "(" else { return nil }
        var urlEnd = labelEnd + 2
        var parens = 1
        while urlEnd < end {
            if chars[urlEnd] == "(" { parens += 1 }
            if chars[urlEnd] == ")" {
                parens -= 1
                if parens == 0 { break }
            }
            urlEnd += 1
        }
        guard urlEnd < end else { return nil }
        let labelStart = start + 1
        var urlText = String(chars[(labelEnd + 2)..<urlEnd]).trimmed
        if let space = urlText.firstIndex(of: " ") { urlText = String(urlText[..<space]) }  // drop a "title"
        if urlText.hasPrefix("<"), urlText.hasSuffix(">") { urlText = String(urlText.dropFirst().dropLast()) }
        let mark = out.count
        render(chars, labelStart..<labelEnd, bold: bold, into: &out)
        let label = String(out[mark...].map(\.character))
        // The address is content too (an application link, a benefits page), unless it repeats the label.
        if !image, !urlText.isEmpty, !urlText.hasPrefix("#"), urlText != label, "mailto:" + label != urlText {
            for character in " (\(urlText))" { out.append((character, bold)) }
        }
        return urlEnd + 1
    }

    private static func angle(_ chars: [Character], _ start: Int, _ end: Int, bold: Bool, into out: inout [(character: Character, bold: Bool)]) -> Int
    {
        var close = start + 1
        let end = min(end, start + searchWindow)
        while close < end, chars[close] != ">", chars[close] != "<" { close += 1 }
        guard close < end, chars[close] == ">" else {
            out.append(("<", bold))
            return start + 1
        }
        let inner = String(chars[(start + 1)..<close])
        let lowered = inner.lowercased()
        if !inner.contains(" "), lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("mailto:") {
            for character in inner.hasPrefix("mailto:") ? String(inner.dropFirst(7)) : inner { out.append((character, bold)) }
            return close + 1
        }
        if lowered == "br" || lowered == "br/" || lowered == "br /" {
            out.append((" ", bold))
            return close + 1
        }
        out.append(("<", bold))
        return start + 1
    }
}

extension Character {
    /// Whether the character is punctuation or a symbol (what a backslash can escape in Markdown).
    var isPunctuationOrSymbol: Bool {
        isPunctuation || isSymbol
    }
}
