import JobsmithDomain

/// Checks job descriptions for biased, unreadable, incomplete or unlawful wording. Pure and thread-safe.
public enum Linter {
    /// Checks `document` and returns the findings (errors first, then warnings, then tips) with the score, gender coding and readability.
    public static func lint(_ document: JobDocument, options: LintOptions = LintOptions()) -> LintResult {
        let inferred = options.level == nil ? JobLevel.inferred(from: document) : nil
        let level = options.level ?? inferred ?? .mid
        let levelSource = options.level != nil ? "as given" : inferred != nil ? "from the title" : "assumed from the title"
        var findings = FindingCollector()
        var scanner = TextScanner()
        var gender = GenderCodingScanner(strict: options.strictGenderLists)
        var phrases = PhraseScanner(hasSalary: document.salary != nil)
        var readability = ReadabilityScanner()
        let years = ExperienceYearsScanner(level: level, levelSource: levelSource)
        let spelling = options.locale.map { SpellingScanner(locale: $0) }

        document.forEachCheckedField { text, location, isProse in
            scanner.scan(text)
            gender.scan(scanner, text: text, location: location, findings: &findings)
            phrases.scan(scanner, text: text, location: location, findings: &findings)
            years.scan(scanner, location: location, findings: &findings)
            if isProse { readability.scan(scanner, location: location, findings: &findings) }
            spelling?.scan(scanner, text: text, location: location, findings: &findings)
        }
        phrases.finish(findings: &findings)

        let genderCoding = gender.result
        if genderCoding.verdict.hasSuffix("masculine-coded") {
            let rule = GenderCodingRules.masculineVerdict
            findings.add(
                rule.id, rule.severity, at: .document,
                message: "The description is \(genderCoding.verdict): \(genderCoding.masculineCount) masculine-coded against "
                    + "\(genderCoding.feminineCount) feminine-coded words, which makes it less appealing to women.",
                suggestion: rule.suggestion)
        }
        let statistics = readability.result
        ReadabilityRules.check(statistics, of: document, options: options, findings: &findings)
        PayTransparencyCheck.check(document, options: options, findings: &findings)
        CompletenessCheck.check(document, options: options, findings: &findings)
        TitleMarkupCheck.check(document, findings: &findings)

        var sorted = findings.sorted()
        if let locale = options.locale, locale != .enUS { sorted = sorted.map { $0.respelled(for: locale) } }
        return LintResult(score: LintScore.score(sorted), findings: sorted, genderCoding: genderCoding, readability: statistics)
    }
}
