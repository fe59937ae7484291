import JobsmithDomain

extension LintFinding {
    /// The finding with its one-click replacement spelled for `locale` ("organized" → "organised"), and the
    /// suggestion that quotes it changed alike. The message quotes the description as written and stays.
    func respelled(for locale: ContentLocale) -> LintFinding {
        guard let replacement else { return self }
        let spelled = locale.spell(replacement)
        guard spelled != replacement else { return self }
        var finding = self
        finding.replacement = spelled
        finding.suggestion = suggestion?.replacing("“\(replacement)”", with: "“\(spelled)”")
        return finding
    }
}
