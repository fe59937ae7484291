/// Readability and length rules, and the document-level checks on the finished statistics.
enum ReadabilityRules {
    /// Fewer words than this is too short to describe a job.
    static let minimumWords = 250
    /// More words than this loses readers.
    static let maximumWords = 1_000
    /// A Flesch reading ease below this is "very difficult" (college graduate level).
    static let difficultReadingEase = 30.0

    /// A sentence over 30 words.
    static let longSentence = LintRuleInfo(
        id: "readability-long-sentence",
        severity: .warning,
        category: .readability,
        title: "Sentence over 30 words",
        reason: "Long sentences are hard to follow, especially for readers with dyslexia or reading in a second language.",
        suggestion: "Split it into two or more sentences, or turn it into a list."
    )

    /// Flesch reading ease below 30.
    static let difficult = LintRuleInfo(
        id: "readability-difficult",
        severity: .info,
        category: .readability,
        title: "Very difficult to read",
        reason: "A Flesch reading ease below 30 means the text reads at college-graduate level; plain English scores 60–70.",
        suggestion: "Use shorter sentences and everyday words."
    )

    /// Under 250 words.
    static let tooShort = LintRuleInfo(
        id: "length-too-short",
        severity: .warning,
        category: .readability,
        title: "Under 250 words",
        reason: "Very short descriptions leave out what candidates need to decide whether to apply.",
        suggestion: "Describe the responsibilities, requirements, team, pay and benefits in more detail."
    )

    /// Over 1,000 words.
    static let tooLong = LintRuleInfo(
        id: "length-too-long",
        severity: .warning,
        category: .readability,
        title: "Over 1,000 words",
        reason: "Long descriptions lose readers before they reach the essentials.",
        suggestion: "Cut to the essentials: what the job is, what it needs, what it pays."
    )

    /// Every readability rule.
    static let all = [longSentence, difficult, tooShort, tooLong]

    /// Adds the document-level findings for `readability`.
    static func check(_ readability: Readability, findings: inout FindingCollector) {
        if readability.words < minimumWords {
            findings.add(
                tooShort.id, tooShort.severity, at: .document,
                message: "The description is too short: \(readability.words) words, fewer than \(minimumWords).", suggestion: tooShort.suggestion)
        } else if readability.words > maximumWords {
            findings.add(
                tooLong.id, tooLong.severity, at: .document,
                message: "The description is too long: \(readability.words) words, more than 1,000.", suggestion: tooLong.suggestion)
        }
        if readability.words > 0, readability.fleschReadingEase < difficultReadingEase {
            findings.add(
                difficult.id, difficult.severity, at: .document,
                message: "The description is very difficult to read (Flesch reading ease \(readability.fleschReadingEase)).",
                suggestion: difficult.suggestion)
        }
    }
}
