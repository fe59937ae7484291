/// Rules about words spelled in the other variety of English than the description's.
enum SpellingRules {
    /// A British spelling in a US English description.
    static let british = LintRuleInfo(
        id: "spelling-british",
        severity: .info,
        category: .spelling,
        title: "British spelling in US English",
        reason: "The description is in US English (the organization's language in its company profile, or "
            + "`jobsmith lint --locale en-US`), but this word is spelled the British way. Mixed spelling reads as careless "
            + "to US candidates. The words are those of the table British English renders use, read the other way. "
            + "Names written with capitals (\"Barbican Centre\", \"Royal College of Nursing\"), links, email addresses and "
            + "the tools list are left alone.",
        suggestion: "Use the US spelling offered.",
        matches: [
            "organisation → organization", "colour → color", "centre → center", "licence → license", "travelled → traveled", "programme → program",
            "…",
        ]
    )

    /// A US spelling in a British English description.
    static let american = LintRuleInfo(
        id: "spelling-american",
        severity: .info,
        category: .spelling,
        title: "US spelling in British English",
        reason: "The description is in British English (the organization's language in its company profile, or "
            + "`jobsmith lint --locale en-GB`), but this word is spelled the US way. The British forms are the ones "
            + "British English renders use: -ise (organise), -our (colour), -re (centre), licence as a noun and license "
            + "as a verb, practice as a noun and practise as a verb, programme except for a computer program. Names "
            + "written with capitals (\"World Health Organization\", \"Labor Day\"), links, email addresses and the "
            + "tools list are left alone.",
        suggestion: "Use the British spelling offered.",
        matches: ["organization → organisation", "color → colour", "center → centre", "a license → a licence", "traveled → travelled", "…"]
    )

    /// Every spelling rule.
    static let all = [british, american]
}
