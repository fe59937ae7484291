/// Rules about what a description must contain.
enum CompletenessRules {
    /// More requirements than this is a wish list.
    static let maximumRequirements = 10

    /// No summary.
    static let missingSummary = missing(
        "summary", .error, "A summary tells candidates in a few sentences what the job is and why it matters.",
        "Add two or three sentences on the role, the team and the impact.")
    /// No responsibilities.
    static let missingResponsibilities = missing(
        "responsibilities", .error,
        "Without responsibilities candidates cannot tell what they would do all day.", "List 4–8 concrete responsibilities.")
    /// No requirements.
    static let missingRequirements = missing(
        "requirements", .error,
        "Without requirements candidates cannot tell whether they qualify.", "List the few requirements that are truly essential.")
    /// No location (jobs only).
    static let missingLocation = missing(
        "location", .warning,
        "Candidates filter by location first, and pay-transparency laws depend on it. Not checked for templates.",
        "Add the city, region and country, or the country a remote job is open to.")
    /// No salary (jobs only).
    static let missingSalary = missing(
        "salary", .warning,
        "Postings without pay get fewer applicants, and many jurisdictions require it. Where a pay-transparency law "
            + "applies, its finding takes the place of this one. Not checked for templates.",
        "Add the pay range you in good faith expect to offer.")

    /// A wish list of requirements.
    static let tooManyRequirements = LintRuleInfo(
        id: "completeness-too-many-requirements",
        severity: .warning,
        category: .completeness,
        title: "More than 10 requirements",
        reason: "Long wish lists put off qualified candidates, women especially, who tend to apply only when they meet "
            + "every requirement.",
        suggestion: "Keep the essential requirements and move the rest to “nice to have”."
    )

    /// Far more requirements than responsibilities.
    static let requirementsOutweighResponsibilities = LintRuleInfo(
        id: "completeness-requirements-outweigh-responsibilities",
        severity: .warning,
        category: .completeness,
        title: "Requirements more than twice the responsibilities",
        reason: "A description that asks far more than it explains reads as a wish list and says little about the job.",
        suggestion: "Trim the requirements to the essentials, or describe the job in more detail."
    )

    /// More years of experience than the level needs.
    static let yearsAboveLevel = LintRuleInfo(
        id: "completeness-years-above-level",
        severity: .warning,
        category: .completeness,
        title: "Asks for more years of experience than the level suggests",
        reason: "Years of experience are a poor proxy for skill, and demands above the level (at most "
            + JobLevel.allCases.map { "\($0.rawValue) \($0.maximumYearsOfExperience)" }.joined(separator: ", ")
            + " years) screen out capable candidates. The level comes from "
            + "the options or the title (mid when the title names none).",
        suggestion: "Lower the number, or describe the skills and outcomes you need instead of years.",
        matches: [
            "<n>+ years", "at least <n> years", "minimum (of) <n> years", "more than <n> years", "<n> or more years",
            "<n> years or more", "<n>-<m> years … experience", "<n> to <m> years … experience", "<n> years (of) … experience",
        ]
    )

    /// Every completeness rule.
    static let all = [
        missingSummary, missingResponsibilities, missingRequirements, missingLocation, missingSalary, tooManyRequirements,
        requirementsOutweighResponsibilities, yearsAboveLevel,
    ]

    private static func missing(_ field: String, _ severity: Severity, _ reason: String, _ suggestion: String) -> LintRuleInfo {
        LintRuleInfo(
            id: "completeness-missing-\(field)",
            severity: severity,
            category: .completeness,
            title: "No \(field)",
            reason: reason,
            suggestion: suggestion
        )
    }
}
