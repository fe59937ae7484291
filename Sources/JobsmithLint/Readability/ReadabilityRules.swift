import JobsmithDomain

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

    /// Advice for a short description that names the parts it lacks, so it never asks for what is already there.
    static func shortDescriptionSuggestion(_ document: JobDocument, options: LintOptions) -> String {
        var parts: [String] = []
        if document.responsibilities.count(where: { !$0.isBlank }) < 5 { parts.append("the responsibilities") }
        if document.requirements.count(where: { !$0.isBlank }) < 3 { parts.append("the requirements") }
        if document.reportsTo?.isBlank ?? true, document.collaboratesWith.allSatisfy(\.isBlank) { parts.append("the team") }
        if options.checksJobFacts, document.salary == nil { parts.append("the pay") }
        if document.benefits.allSatisfy(\.isBlank) { parts.append("the benefits") }
        guard let last = parts.popLast() else {
            return "Say more about the day-to-day work and what success looks like in the first months."
        }
        let list = parts.isEmpty ? last : parts.joined(separator: ", ") + " and " + last
        return "Describe " + list + " in more detail."
    }

    /// Every readability rule.
    static let all = [longSentence, difficult, tooShort, tooLong]

    /// Adds the document-level findings for `readability`, the statistics of `document`.
    static func check(_ readability: Readability, of document: JobDocument, options: LintOptions, findings: inout FindingCollector) {
        if readability.words < minimumWords {
            findings.add(
                tooShort.id, tooShort.severity, at: .document,
                message: "The description is too short: \(readability.words) words, fewer than \(minimumWords).",
                suggestion: shortDescriptionSuggestion(document, options: options))
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
