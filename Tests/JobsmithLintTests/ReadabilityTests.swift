import JobsmithDomain
import Testing

@testable import JobsmithLint

@Suite("Readability and length")
struct ReadabilityTests {
    /// A document whose only prose is `summary` (the title does not count).
    private func readability(_ summary: String, lists: [String] = []) -> LintResult {
        let doc = JobDocument(title: "Engineer", summary: summary, responsibilities: lists)
        return Linter.lint(doc, options: options())
    }

    @Test("Flesch scores of a known sentence match the values computed by hand")
    func knownSentence() {
        // 9 words, 1 sentence, 11 syllables (the quick brown fox jumps o-ver the la-zy dog):
        // ease = 206.835 − 1.015 × 9 − 84.6 × 11/9 = 94.30; grade = 0.39 × 9 + 11.8 × 11/9 − 15.59 = 2.34.
        let stats = readability("The quick brown fox jumps over the lazy dog.").readability
        #expect(stats.words == 9)
        #expect(stats.sentences == 1)
        #expect(stats.fleschReadingEase == 94.3)
        #expect(stats.fleschKincaidGrade == 2.34)
        #expect(stats.averageSentenceLength == 9)
        #expect(stats.longestSentence == 9)
    }

    @Test("A harder passage scores lower")
    func harderPassage() {
        // 9 words and 39 syllables by the heuristic: ease = 206.835 − 1.015 × 9 − 84.6 × 39/9 = −168.9, grade 39.05.
        let stats = readability("Organizational responsibilities include coordinating interdepartmental communication and documentation activities.")
            .readability
        #expect(stats.words == 9)
        #expect(stats.fleschReadingEase == -168.9)
        #expect(stats.fleschKincaidGrade == 39.05)
    }

    @Test(
        "Syllables are counted with the usual adjustments",
        arguments: [
            ("table", 2), ("make", 1), ("makes", 1), ("boxes", 2), ("places", 2), ("worked", 1), ("wanted", 2), ("the", 1),
            ("people", 2), ("beautiful", 3), ("yes", 1), ("year", 1), ("lazy", 2), ("rhythm", 1), ("queue", 1), ("don't", 1),
            ("a", 1), ("2025", 1),
        ])
    func syllables(word: String, expected: Int) {
        var scanner = TextScanner()
        scanner.scan(word)
        let token = scanner.tokens[0]
        let count =
            token.flags.contains(.numeric)
            ? 1
            : scanner.bytes.withUnsafeBufferPointer {
                SyllableCounter.count($0, start: token.start, end: token.end)
            }
        #expect(count == expected)
    }

    @Test("Sentences end at terminators and line breaks, not at abbreviations; list items are sentences")
    func sentences() {
        #expect(readability("We build tools. You will help! Ready?").readability.sentences == 3)
        #expect(readability("Use languages, e.g. Swift and Go, and tools such as Docker etc. every day.").readability.sentences == 1)
        #expect(readability("First line\nSecond line").readability.sentences == 2)
        #expect(readability("One.", lists: ["Write code", "Review code"]).readability.sentences == 3)
        #expect(readability("Version 2.5 ships today.").readability.sentences == 1)
    }

    @Test("Hyphenated words count once")
    func hyphenatedWords() {
        #expect(readability("A well-known, self-funded company.").readability.words == 4)
    }

    @Test("A sentence over 30 words is a warning covering the sentence; 30 words is fine")
    func longSentence() throws {
        let thirty = Array(repeating: "word", count: 30).joined(separator: " ")
        #expect(readability(thirty + ".").findings("readability-long-sentence").isEmpty)
        let long = "Short one. " + Array(repeating: "word", count: 31).joined(separator: " ") + ". Another."
        let result = readability(long)
        let finding = try #require(result.findings("readability-long-sentence").first)
        #expect(finding.severity == .warning)
        #expect(finding.section == "/summary")
        #expect(finding.start == 11)
        #expect(finding.end == 11 + 31 * 5 - 1)
        #expect(finding.message.contains("31 words"))
        #expect(result.readability.longestSentence == 31)
    }

    @Test("Under 250 words is too short, over 1,000 too long, in between fine")
    func length() {
        let words = { (count: Int) in Array(repeating: "Ship it.", count: count / 2).joined(separator: " ") }
        #expect(readability(words(100)).findings("length-too-short").map(\.severity) == [.warning])
        #expect(readability(words(500)).findings(prefix: "length-").isEmpty)
        let long = readability(words(1_100))
        #expect(long.findings("length-too-long").map(\.section) == [""])
        #expect(long.readability.words == 1_100)
    }

    @Test("Nothing to read gives zero scores rather than NaN")
    func empty() {
        let stats = Linter.lint(JobDocument(title: "Engineer"), options: options()).readability
        #expect(stats.words == 0)
        #expect(stats.fleschReadingEase == 0)
        #expect(stats.fleschKincaidGrade == 0)
    }
}
