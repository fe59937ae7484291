import JobsmithDomain

/// Points out words spelled in the other variety of English than the description's (``LintOptions/locale``), with
/// the spelling that fits as the one-click replacement.
struct SpellingScanner {
    /// The English the description is written in.
    let locale: ContentLocale

    /// Adds a finding for every word of the string last scanned that `locale` spells differently.
    func scan(_ scanner: TextScanner, text: String, location: FieldLocation, findings: inout FindingCollector) {
        // Tools are product names, which keep the spelling their makers chose.
        guard location.section != .tools else { return }
        let tokens = scanner.tokens
        for index in tokens.indices {
            let token = tokens[index]
            guard token.length >= 3, let word = Self.letters(of: token, in: scanner) else { continue }
            // A job title is written in capitals throughout, so only other fields have names to leave alone.
            if location.section != .title, scanner.isInCapitalizedName(index, text: text, orStartingSentence: true) { continue }
            guard !Self.isInAddress(token, scanner) else { continue }
            let written = text.utf16Slice(token.start, token.start + word.count)
            guard
                let respelled = respelled(written, word, previous: index > 0 && scanner.adjacent(index - 1, index) ? tokens[index - 1] : nil, scanner)
            else { continue }
            let rule = locale == .enUS ? SpellingRules.british : SpellingRules.american
            let variety =
                locale == .enUS ? "the British spelling; the description is in US English" : "the US spelling; the description is in British English"
            findings.add(
                rule.id, rule.severity, at: location, start: token.start, end: token.start + word.count,
                message: "“\(written)” is \(variety).", suggestion: "Use “\(respelled)”.", replacement: respelled)
        }
    }

    /// `written` in this locale's spelling, in its case, when that differs.
    private func respelled(_ written: String, _ word: String, previous: Token?, _ scanner: TextScanner) -> String? {
        switch locale {
        case .enUS:
            guard let american = AmericanSpelling.words[word] else { return nil }
            return LetterCase(of: written, startsSentence: true).apply(to: american)
        case .enGB:
            let before = previous.flatMap { Self.letters(of: $0, in: scanner) } ?? ""
            return BritishSpelling.britishForm(of: written, after: before)
        }
    }

    /// The lowercase ASCII letters of `token` up to an apostrophe ("organisation's" → "organisation"), or `nil` when
    /// it has digits or other letters.
    private static func letters(of token: Token, in scanner: TextScanner) -> String? {
        var word = ""
        for byte in scanner.word(token) {
            if byte == UInt8(ascii: "'") { break }
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") else { return nil }
            word.unicodeScalars.append(Unicode.Scalar(byte))
        }
        return word
    }

    /// Whether `token` is part of a link, an email address, a path, a domain or file name or a placeholder, which
    /// are spelled as they must be typed.
    private static func isInAddress(_ token: Token, _ scanner: TextScanner) -> Bool {
        let bytes = scanner.bytes
        func isLetter(_ index: Int) -> Bool {
            index >= 0 && index < bytes.count && bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z")
        }
        if token.end < bytes.count, bytes[token.end] == UInt8(ascii: "."), isLetter(token.end + 1) { return true }
        if token.start > 0, bytes[token.start - 1] == UInt8(ascii: "."), isLetter(token.start - 2) { return true }
        var start = token.start
        while start > 0, !Self.separates(bytes[start - 1]) { start -= 1 }
        var end = token.end
        while end < bytes.count, !Self.separates(bytes[end]) { end += 1 }
        let chunk = bytes[start..<end]
        return chunk.first == UInt8(ascii: "/") || chunk.contains(UInt8(ascii: "@")) || chunk.contains(UInt8(ascii: "{"))
            || chunk.starts(with: "www.".utf8) || chunk.firstRange(of: "://".utf8) != nil
    }

    private static func separates(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }
}
