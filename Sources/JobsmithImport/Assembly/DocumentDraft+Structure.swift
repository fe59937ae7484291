import JobsmithDomain

extension DocumentDraft {
    /// Lowers the confidence, with a warning, when the document does not look like a job description that was read
    /// well: no responsibilities or requirements in a document of some length, a summary holding most of the text (a
    /// heading was probably missed), or list items as long as paragraphs (lines were probably run together).
    mutating func checkStructure() {
        guard contentLines >= 8 else { return }
        if document.responsibilities.isEmpty {
            structurePenalty += 0.2
            warnings.append("No responsibilities were found; check that their heading was read.")
        }
        if document.requirements.isEmpty, document.qualifications.isEmpty {
            structurePenalty += 0.15
            warnings.append("No requirements were found; check that their heading was read.")
        }
        let summaryWords = document.summary.map(HeadingCandidate.wordCount) ?? 0
        if summaryWords > 150, summaryWords * 2 > totalWords {
            structurePenalty += 0.25
            warnings.append("The summary holds most of the document (\(summaryWords) words); a heading may have been missed.")
        }
        let longest = document.listSections.flatMap(\.items).map(HeadingCandidate.wordCount).max() ?? 0
        if longest > 80 {
            structurePenalty += 0.1
            warnings.append("A list item is \(longest) words long; separate items may have been joined.")
        }
    }

    /// The words of every text field.
    private var totalWords: Int {
        var words =
            HeadingCandidate.wordCount(document.summary ?? "")
            + document.listSections.flatMap(\.items).reduce(0) {
                $0 + HeadingCandidate.wordCount($1)
            }
        words += document.kpis.reduce(0) { $0 + HeadingCandidate.wordCount($1.name) + HeadingCandidate.wordCount($1.description) }
        words += document.otherSections.reduce(0) { $0 + HeadingCandidate.wordCount($1.body) }
        return words
    }
}
