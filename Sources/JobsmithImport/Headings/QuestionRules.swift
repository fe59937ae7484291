import JobsmithDomain

/// Question-style headings ("What does a … do?", "Who does the … report to?") and the sections they ask about (data).
enum QuestionRules {
    /// A rule: the normalized question starts with `prefix` (when given), ends with `suffix` (when given) and contains
    /// every word group in `contains` at a word start ("responsibilit" is a stem; "lead " with a space a whole word).
    struct Rule: Sendable {
        var prefix: String? = nil
        var suffix: String? = nil
        var contains: [String] = []
        var section: DocumentSection
    }

    /// Words a question starts with.
    static let questionWords: Set<Substring> = [
        "what", "who", "how", "are", "is", "do", "does", "will", "where", "why", "which", "whom", "can", "should",
        "was", "wer", "wie", "welche", "welchen", "an", "warum", "wo", "mit", "gibt",
    ]

    /// Checked in order; the first rule that fits wins, so the specific rules come first.
    static let rules: [Rule] = [
        Rule(contains: ["report to"], section: .reportsTo),
        Rule(contains: ["reports to"], section: .reportsTo),
        Rule(contains: ["berichtet"], section: .reportsTo),
        Rule(contains: ["responsibilit"], section: .responsibilities),
        Rule(contains: ["duties"], section: .responsibilities),
        Rule(contains: ["aufgaben"], section: .responsibilities),
        Rule(prefix: "what will", suffix: "do", section: .responsibilities),
        Rule(prefix: "what will", suffix: "doing", section: .responsibilities),
        Rule(prefix: "what would", suffix: "do", section: .responsibilities),
        Rule(prefix: "what does", suffix: "do", section: .summary),
        Rule(prefix: "what is", contains: ["role"], section: .summary),
        Rule(contains: ["tool"], section: .tools),
        Rule(contains: ["software"], section: .tools),
        Rule(contains: ["technolog"], section: .tools),
        Rule(contains: ["success", "measure"], section: .kpis),
        Rule(contains: ["success", "look"], section: .kpis),
        Rule(contains: ["kpi"], section: .kpis),
        Rule(contains: ["metrics"], section: .kpis),
        Rule(contains: ["nice to have"], section: .niceToHave),
        Rule(contains: ["bonus"], section: .niceToHave),
        Rule(contains: ["preferred"], section: .niceToHave),
        Rule(contains: ["education"], section: .qualifications),
        Rule(contains: ["degree"], section: .qualifications),
        Rule(contains: ["certif"], section: .qualifications),
        Rule(contains: ["licen"], section: .qualifications),
        Rule(contains: ["skills"], section: .requirements),
        Rule(contains: ["experience"], section: .requirements),
        Rule(contains: ["looking for"], section: .requirements),
        Rule(contains: ["requirements"], section: .requirements),
        Rule(contains: ["qualifications"], section: .qualifications),
        Rule(contains: ["required"], section: .requirements),
        Rule(contains: ["need to"], section: .requirements),
        Rule(contains: ["mitbringen"], section: .requirements),
        Rule(contains: ["work with"], section: .collaboratesWith),
        Rule(contains: ["work closely"], section: .collaboratesWith),
        Rule(contains: ["collaborat"], section: .collaboratesWith),
        Rule(contains: ["direct reports"], section: .leads),
        Rule(contains: ["manage"], section: .leads),
        Rule(contains: ["lead "], section: .leads),
        Rule(contains: ["benefits"], section: .benefits),
        Rule(contains: ["perks"], section: .benefits),
        Rule(contains: ["offer"], section: .benefits),
        Rule(contains: ["in it for"], section: .benefits),
        Rule(contains: ["bieten"], section: .benefits),
        Rule(contains: ["salary"], section: .salary),
        Rule(contains: ["how much"], section: .salary),
        Rule(contains: ["pay "], section: .salary),
        Rule(contains: ["compensation"], section: .salary),
        Rule(prefix: "where", section: .location),
        Rule(prefix: "why", section: .otherSections),
        Rule(prefix: "who are we", section: .otherSections),
        Rule(prefix: "who we are", section: .otherSections),
        Rule(prefix: "how to apply", section: .otherSections),
        Rule(prefix: "how do i apply", section: .otherSections),
    ]
}
