import JobsmithDomain

/// Flags HTML and Markdown markup in the title, offering the title without it as the replacement.
enum TitleMarkupCheck {
    /// Adds a finding covering the whole title when it contains markup.
    static func check(_ document: JobDocument, findings: inout FindingCollector) {
        guard let markup = TitleMarkup(document.title) else { return }
        let rule = FormattingRules.markupInTitle
        let kind = markup.hasHTML && markup.hasMarkdown ? "HTML and Markdown" : markup.hasHTML ? "HTML" : "Markdown"
        let quoted = markup.pieces.map { "“\($0)”" }.joined(separator: ", ")
        findings.add(
            rule.id,
            rule.severity,
            at: .field(.title),
            start: 0,
            end: document.title.utf16.count,
            message: "The title contains \(kind) markup (\(quoted)), which job boards would show as typed.",
            suggestion: markup.plainText.isEmpty ? rule.suggestion : "Use “\(markup.plainText)”.",
            replacement: markup.plainText.isEmpty ? nil : markup.plainText
        )
    }
}
