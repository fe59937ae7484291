extension ImportFormat {
    /// The packaged format `bytes` are in, from their signature: ``docx`` for a ZIP archive (a Word package, or
    /// another ZIP the Word reader refuses), ``pdf`` for a PDF header in the first kilobyte; `nil` for anything else.
    ///
    /// - Parameter bytes: the start of a file, or all of it.
    public static func packaged(_ bytes: [UInt8]) -> ImportFormat? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .docx }
        let header = Array("%PDF-".utf8)
        let window = bytes.prefix(1_024)
        guard let first = window.firstIndex(of: header[0]) else { return nil }
        var index = first
        while index + header.count <= window.endIndex {
            if window[index..<(index + header.count)].elementsEqual(header) { return .pdf }
            guard let next = window[(index + 1)...].firstIndex(of: header[0]) else { return nil }
            index = next
        }
        return nil
    }

    /// Guesses the format from the content itself.
    ///
    /// HTML when the text starts with a tag; Markdown when it has `#` headings; HTML when it holds at least two common
    /// HTML tags; Markdown when it has `**bold**`, `__bold__`, `[links](…)` or code fences; plain text otherwise. Lists
    /// and underlined headings read the same in Markdown and plain text, so they decide nothing.
    ///
    /// - Parameter content: the document text.
    public static func detect(_ content: String) -> ImportFormat {
        let html = htmlEvidence(content.utf8)
        if html.startsWithTag { return .html }
        let markdown = markdownEvidence(content)
        if markdown == .headings { return .markdown }
        if html.tags >= 2 { return .html }
        return markdown == .inline ? .markdown : .text
    }

    private enum MarkdownEvidence {
        case none, inline, headings
    }

    private static let htmlTags: Set<String> = [
        "html", "body", "head", "div", "p", "span", "br", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "strong", "b", "em", "i", "u", "a", "table", "tr", "td", "section", "article", "font", "meta", "style",
        "o:p", "hr", "img", "blockquote", "pre", "code",
    ]

    /// Whether the first non-space character opens a tag, and how many known tags (up to two) the text holds.
    private static func htmlEvidence(_ bytes: String.UTF8View) -> (startsWithTag: Bool, tags: Int) {
        let start = bytes.firstIndex { !Byte.isWhitespace($0) } ?? bytes.endIndex
        if start < bytes.endIndex, bytes[start] == Byte.lessThan {
            let next = bytes.index(after: start)
            if next < bytes.endIndex, bytes[next] == Byte.exclamation || Byte.isLetter(bytes[next]) { return (true, 0) }
        }
        var tags = 0
        var index = start
        while index < bytes.endIndex, tags < 2 {
            guard bytes[index] == Byte.lessThan else {
                index = bytes.index(after: index)
                continue
            }
            var nameStart = bytes.index(after: index)
            if nameStart < bytes.endIndex, bytes[nameStart] == Byte.slash { nameStart = bytes.index(after: nameStart) }
            var nameEnd = nameStart
            while nameEnd < bytes.endIndex, Byte.isNameCharacter(bytes[nameEnd]), bytes.distance(from: nameStart, to: nameEnd) < 12 {
                nameEnd = bytes.index(after: nameEnd)
            }
            if nameEnd > nameStart, nameEnd < bytes.endIndex,
                bytes[nameEnd] == Byte.greaterThan || bytes[nameEnd] == Byte.slash || Byte.isWhitespace(bytes[nameEnd]),
                htmlTags.contains(String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased())
            {
                tags += 1
            }
            index = nameEnd > index ? nameEnd : bytes.index(after: index)
        }
        return (false, tags)
    }

    private static func markdownEvidence(_ content: String) -> MarkdownEvidence {
        var evidence = MarkdownEvidence.none
        for line in content.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("#") {
                let hashes = trimmed.prefix { $0 == "#" }
                let rest = trimmed.dropFirst(hashes.count)
                if hashes.count <= 6, rest.isEmpty || rest.first == " " { return .headings }
            }
            if evidence == .none, trimmed.contains("**") || trimmed.contains("__") || trimmed.contains("](") || trimmed.hasPrefix("```") {
                evidence = .inline
            }
        }
        return evidence
    }
}
