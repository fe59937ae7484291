import JobsmithDomain
import JobsmithLint
import Testing

/// Random text built from the words the checks react to (coded words, pronouns, articles, markup, hyphens, emoji):
/// every finding must point inside its string, and applying any replacement must give text the linter accepts again.
@Suite("Finding ranges under random input")
struct FindingRangeFuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "a", "an", "the", "An", "A", "he", "She", "her", "his", "him", "lead", "Lead", "leads", "leading", "leader", "team", "Team",
        "sales", "to", "of", "aggressive", "ambitious", "competitive", "salary", "rockstar", "rockstars", "ninja", "guys", "10x",
        "developer", "decisions", "challenge", "challenging", "individual", "support", "commit", "kind", "objective", "C",
        "self", "confident", "driven", "data", "-", "–", "—", "‑", ",", ".", "!", "?", ";", ":", "'s", "’", "\"", "(", ")",
        "<b>", "</b>", "**", "__", "_", "*", "`", "#", "[x](y)", "&amp;", "&#39;", "🚀", "é", "Café", "\n", "  ", "\t", "/", "&",
        "no", "direct", "reports", "None", "N/A", "organisation", "Colour", "licence", "to", "license", "organize", "Color",
        "www.colour.com", "@", "{{company}}", "Programme", "computer", "program",
    ]

    static func randomText(_ generator: inout SplitMix, words: ClosedRange<Int>) -> String {
        var text = ""
        for _ in 0..<Int.random(in: words, using: &generator) {
            let piece = pieces.randomElement(using: &generator)!
            text += Bool.random(using: &generator) ? piece + " " : piece
        }
        return text
    }

    @Test("Random documents give findings inside their strings and replacements that apply", arguments: 0..<4)
    func randomDocuments(seed: UInt64) {
        var generator = SplitMix(state: seed)
        for _ in 0..<100 {
            var document = JobDocument(title: Self.randomText(&generator, words: 1...6))
            document.summary = Self.randomText(&generator, words: 0...40)
            document.responsibilities = (0..<3).map { _ in Self.randomText(&generator, words: 0...15) }
            document.leads = [Self.randomText(&generator, words: 0...6)]
            document.reportsTo = Self.randomText(&generator, words: 0...4)
            let strict = Bool.random(using: &generator)
            let locale = [nil, ContentLocale.enUS, .enGB].randomElement(using: &generator)!
            let result = Linter.lint(document, options: LintOptions(employeeCount: 10, strictGenderLists: strict, locale: locale))
            for finding in result.findings where !finding.section.isEmpty {
                guard let field = text(at: finding.section, in: document) else { continue }
                let count = field.utf16.count
                #expect(finding.start >= 0 && finding.start <= finding.end && finding.end <= count, "\(finding.rule) \(finding.section)")
                guard let replacement = finding.replacement, finding.end <= count, finding.start <= finding.end else { continue }
                #expect(!replacement.isEmpty, "\(finding.rule): empty replacement")
                let units = Array(field.utf16)
                let fixed =
                    String(decoding: units[..<finding.start], as: UTF16.self) + replacement
                    + String(decoding: units[finding.end...], as: UTF16.self)
                var again = document
                again.summary = fixed
                _ = Linter.lint(again, options: LintOptions(strictGenderLists: strict, locale: locale))
            }
            _ = MarkdownRenderer.render(document)
            _ = HTMLRenderer.fragment(document)
        }
    }
}
