import Foundation

/// Counts words, sentences and syllables over a document's prose and flags sentences that are too long. A word is a
/// run of letters and digits (hyphenated words count once); every string, list item and line starts a sentence.
struct ReadabilityScanner {
    /// Sentences with more words than this get a ``ReadabilityRules/longSentence`` finding.
    static let longSentenceWords = 30

    private(set) var words = 0
    private(set) var sentences = 0
    private(set) var syllables = 0
    private(set) var longestSentence = 0

    /// Adds the prose just scanned by `scanner`.
    mutating func scan(_ scanner: TextScanner, location: FieldLocation, findings: inout FindingCollector) {
        let tokens = scanner.tokens
        guard !tokens.isEmpty else { return }
        scanner.bytes.withUnsafeBufferPointer { bytes in
            var sentenceFirst = 0
            var sentenceWords = 0
            for (index, token) in tokens.enumerated() {
                if token.flags.contains(.sentenceStart), index > 0 {
                    closeSentence(
                        words: sentenceWords, first: tokens[sentenceFirst], last: tokens[index - 1], location: location, findings: &findings)
                    sentenceFirst = index
                    sentenceWords = 0
                }
                if !token.flags.contains(.joinedByHyphen) { sentenceWords += 1 }
                syllables += token.flags.contains(.numeric) ? 1 : SyllableCounter.count(bytes, start: token.start, end: token.end)
            }
            closeSentence(words: sentenceWords, first: tokens[sentenceFirst], last: tokens[tokens.count - 1], location: location, findings: &findings)
        }
    }

    private mutating func closeSentence(
        words sentenceWords: Int, first: Token, last: Token, location: FieldLocation, findings: inout FindingCollector
    ) {
        words += sentenceWords
        sentences += 1
        longestSentence = max(longestSentence, sentenceWords)
        guard sentenceWords > Self.longSentenceWords else { return }
        let rule = ReadabilityRules.longSentence
        findings.add(
            rule.id,
            rule.severity,
            at: location,
            start: first.start,
            end: last.end,
            message: "This sentence has \(sentenceWords) words; sentences over \(Self.longSentenceWords) words are hard to follow.",
            suggestion: rule.suggestion
        )
    }

    /// The statistics so far.
    var result: Readability {
        guard words > 0, sentences > 0 else {
            return Readability(
                fleschReadingEase: 0, fleschKincaidGrade: 0, words: 0, sentences: sentences, averageSentenceLength: 0, longestSentence: 0)
        }
        let wordsPerSentence = Double(words) / Double(sentences)
        let syllablesPerWord = Double(syllables) / Double(words)
        return Readability(
            fleschReadingEase: Self.rounded(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
            fleschKincaidGrade: Self.rounded(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
            words: words,
            sentences: sentences,
            averageSentenceLength: Self.rounded(wordsPerSentence),
            longestSentence: longestSentence
        )
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 100).rounded() / 100
    }
}
