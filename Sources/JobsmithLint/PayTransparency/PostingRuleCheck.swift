import JobsmithDomain

/// The rules beyond pay that some laws add to postings: Ontario's vacancy and AI statements and its ban on requiring
/// Canadian experience, and the EU's gender-neutral job titles. The wording rules reuse the phrase rules' matches
/// (`exclusionary-local-experience`, `exclusionary-gendered-term`), so both run on the same word lists.
enum PostingRuleCheck {
    /// The phrase rule whose matches are "Canadian experience" requirements.
    static let canadianExperienceRule = "exclusionary-local-experience"
    /// The phrase rule whose matches are gendered job titles and terms.
    static let genderedTermRule = "exclusionary-gendered-term"

    /// Adds the findings of `rule` for `law`.
    static func check(
        _ rule: PayTransparencyLaw.PostingRule, law: PayTransparencyLaw, document: JobDocument, context: PayTransparencyCheck.Context,
        findings: inout FindingCollector
    ) {
        switch rule {
        case .existingVacancy:
            guard document.hiring?.existingVacancy == nil else { return }
            context.add(
                .error, at: .hiring("existingVacancy", position: 0),
                "\(law.citedName) requires job postings in \(law.jurisdiction) to say whether they are for an existing vacancy; this posting does not.",
                suggestion: "Say whether the position is vacant now (hiring.existingVacancy).", findings: &findings)
        case .aiScreening:
            guard document.hiring?.aiScreening == nil else { return }
            context.add(
                .warning, at: .hiring("aiScreening", position: 1),
                "\(law.citedName) requires job postings in \(law.jurisdiction) to say so when artificial intelligence is used to screen, "
                    + "assess or select applicants; this posting does not say whether it is.",
                suggestion: "Say whether artificial intelligence screens, assesses or selects applicants (hiring.aiScreening).", findings: &findings)
        case .noCanadianExperience:
            for (location, match) in findings.entries(of: canadianExperienceRule) {
                context.add(
                    .error, at: location, start: match.start, end: match.end,
                    "\(law.citedName) forbids requiring Canadian experience in job postings in \(law.jurisdiction).",
                    suggestion: match.suggestion ?? "Ask for the skills or credentials the job needs, wherever they were gained.", findings: &findings
                )
            }
        case .genderNeutralTitle:
            for (location, match) in findings.entries(of: genderedTermRule) where location == .field(.title) {
                context.add(
                    .error, at: location, start: match.start, end: match.end,
                    "\(law.citedName) requires gender-neutral job titles for jobs in \(law.jurisdiction); \(match.message)",
                    suggestion: match.suggestion ?? "Use a gender-neutral title.", findings: &findings)
            }
        }
    }
}
