import Foundation
import JobsmithDomain

@testable import JobsmithImport

/// The "nothing lost" check: every content line of an input must be found in the imported document.
///
/// Lines are taken from the input independently of the importer (a crude tag stripper for HTML, marker stripping for
/// Markdown and text), normalized (lowercase, punctuation dropped, numbers in one form such as 145000 or 42.5) and
/// looked up in the normalized text of the document. A line that was split (list items, facts) passes when each of
/// its pieces is found; words a fact absorbs ("per year", "Germany", "Vollzeit") may vanish only when that fact was read.
enum NothingLost {
    /// The content lines of `content` that cannot be found in `document`.
    static func lostLines(_ content: String, format: ImportFormat, in document: JobDocument) -> [String] {
        let corpus = " " + normalize(corpusText(document)) + " "
        let absorbable = absorbableWords(document)
        return lines(content, format: format).filter { line in
            !isFound(line, corpus: corpus, absorbable: absorbable)
        }
    }

    /// The lines of `content` as plain text.
    static func lines(_ content: String, format: ImportFormat) -> [String] {
        var text = content
        if format == .html { text = stripHTML(text) }
        return text.split(whereSeparator: \.isNewline).compactMap { raw in
            var line = raw.trimmingCharacters(in: .whitespaces)
            if format == .html {
                line = line.replacing(/^(o|§|·|•|\d{1,2}\.)\s+/, with: "")  // Word list glyphs typed into the text
            } else {
                if line.allSatisfy({ "=-".contains($0) }) { return nil }  // setext underline
                line = line.replacing(/^#{1,6}\s+/, with: "")
                line = line.replacing(/^([-*+•·–]|\d{1,3}[.)]|[a-z]\))\s+/, with: "")
                line = line.replacing(/\*\*|__|`/, with: "")
            }
            line = line.replacing(/\s+/, with: " ").trimmingCharacters(in: .whitespaces)
            return line.contains(where: { $0.isLetter || $0.isNumber }) ? line : nil
        }
    }

    private static func isFound(_ line: String, corpus: String, absorbable: Set<String>) -> Bool {
        if isHeading(line) { return true }
        let whole = normalize(line)
        if whole.isEmpty || corpus.contains(" " + whole + " ") { return true }
        let pieces = line.replacing(/[;:,](\s|$)|[()·|•–—]|\sand\s|\sund\s/, with: "\u{1F}").split(separator: "\u{1F}")
        return pieces.allSatisfy { piece in
            if isHeading(piece) { return true }
            var words = normalize(piece).split(separator: " ")[...]
            while let first = words.first, ["and", "or", "und", "oder"].contains(first) { words = words.dropFirst() }
            if words.isEmpty || corpus.contains(" " + words.joined(separator: " ") + " ") { return true }
            // A fact piece ("up to 80000 per year", "Germany") once the words its fact absorbed are gone.
            let rest = words.filter { !absorbable.contains(String($0)) }
            return rest.isEmpty || corpus.contains(" " + rest.joined(separator: " ") + " ")
        }
    }

    private static func isHeading(_ text: some StringProtocol) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ":"))
        return HeadingClassifier.classify(trimmed) != nil || HeadingClassifier.classifyLabel(trimmed) != nil
    }

    private static func corpusText(_ document: JobDocument) -> String {
        var parts = [document.title, document.summary ?? "", document.reportsTo ?? ""]
        parts += document.responsibilities + document.requirements + document.niceToHave + document.collaboratesWith
        parts += document.leads + document.tools + document.qualifications + document.benefits
        parts += document.kpis.flatMap { [$0.name, $0.description] }
        parts += document.otherSections.flatMap { [$0.heading, $0.body] }
        if let location = document.location { parts += [location.city, location.region, location.country].compactMap { $0 } }
        if let salary = document.salary { parts += [salary.displayText, salary.min.formatted, salary.max.formatted] }
        return parts.joined(separator: " \u{1F} ")
    }

    /// Words that may vanish from a line because a fact now says them.
    private static func absorbableWords(_ document: JobDocument) -> Set<String> {
        var words: Set<String> = []
        if document.salary != nil {
            words.formUnion([
                "per", "a", "an", "year", "yearly", "annual", "annually", "annum", "p", "hour", "hourly", "month", "monthly",
                "brutto", "gross", "pro", "jahr", "monat", "stunde", "up", "to", "base", "salary", "range", "pay", "bis",
            ])
        }
        if let country = document.location?.country { words.formUnion(countryNames[country, default: []]) }
        if document.workplaceType != nil {
            words.formUnion(["remote", "hybrid", "on", "site", "onsite", "office", "homeoffice", "in"])
        }
        if document.employmentType != nil {
            words.formUnion(["full", "time", "part", "vollzeit", "teilzeit", "contract", "temporary", "internship", "praktikum"])
        }
        return words
    }

    private static let countryNames: [String: [String]] = [
        "US": ["us", "usa", "united", "states"], "DE": ["germany", "deutschland"], "GB": ["uk", "united", "kingdom", "england"],
        "CA": ["canada"], "NL": ["netherlands"],
    ]

    /// Lowercase words and canonical numbers, separated by single spaces.
    static func normalize(_ text: some StringProtocol) -> String {
        var result = String(text).lowercased()
        result = result.replacing(/\d[\d,.'’]*\d(k\b)?|\d(k\b)?/) { match in canonicalNumber(String(match.output.0)) }
        let characters = Array(result)
        var kept = ""
        for (index, character) in characters.enumerated() {
            // Letters and digits stay, and a decimal point between digits ("42.5"); everything else separates words.
            let decimalPoint =
                character == "." && index > 0 && index + 1 < characters.count
                && characters[index - 1].isNumber && characters[index + 1].isNumber
            kept.append(character.isLetter || character.isNumber || decimalPoint ? character : " ")
        }
        return kept.split(separator: " ").joined(separator: " ")
    }

    private static func canonicalNumber(_ text: String) -> String {
        var digits = text
        var factor = 1.0
        if digits.hasSuffix("k") {
            digits.removeLast()
            factor = 1_000
        }
        if digits.wholeMatch(of: /\d{1,3}([,.'’]\d{3})+/) != nil {
            digits = digits.filter(\.isNumber)
        } else if let match = digits.wholeMatch(of: /(\d+)[.,](\d{1,2})/) {
            digits = "\(match.1).\(match.2)"
        } else if digits.contains(where: { !$0.isNumber }) {
            return text
        }
        guard let value = Double(digits) else { return text }
        return (value * factor).formatted
    }

    private static func stripHTML(_ html: String) -> String {
        var text = html
        text = text.replacing(/(?is)<(script|style|head|noscript|title)\b.*?<\/\1\s*>/, with: "\n")
        text = text.replacing(/(?s)<!--.*?-->|<!\[.*?\]>/, with: "")
        text = text.replacing(/(?i)<\/?(p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|footer)\b[^>]*>/, with: "\n")
        text = text.replacing(/<[^>]*>/, with: "")
        text = text.replacing(/&#x([0-9a-fA-F]+);/) { match in
            String(Character(Unicode.Scalar(UInt32(match.1, radix: 16)!)!))
        }
        text = text.replacing(/&#(\d+);/) { match in String(Character(Unicode.Scalar(UInt32(match.1)!)!)) }
        let entities = [
            "&nbsp;": " ", "&amp;": "&", "&ndash;": "–", "&mdash;": "—", "&rsquo;": "’", "&lsquo;": "‘", "&middot;": "·",
            "&pound;": "£", "&euro;": "€", "&quot;": "\"", "&lt;": "<", "&gt;": ">",
        ]
        for (entity, character) in entities { text = text.replacingOccurrences(of: entity, with: character) }
        return text.replacingOccurrences(of: "\u{A0}", with: " ")
    }
}
