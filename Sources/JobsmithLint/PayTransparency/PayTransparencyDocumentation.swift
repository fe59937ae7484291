/// docs/pay-transparency-laws.md, rendered from the law table so the page and the checks cannot disagree.
public enum PayTransparencyDocumentation {
    /// The text of docs/pay-transparency-laws.md.
    public static func markdown() -> String {
        let table = PayTransparencyLaws.table
        var out = """
            # Pay-transparency laws

            <!-- Generated from Sources/JobsmithLint/Resources/pay-transparency-laws.json; do not edit. Regenerate with:
                 scripts/update-docs.sh -->

            > **Not legal advice.** This table is a compliance aid compiled by the Jobsmith developers from statutes,
            > agency pages and public summaries of them. Laws change, summaries disagree, and some facts below are
            > marked as not verified against the official text. Check with counsel before relying on it.

            \(table.about) Last reviewed: \(table.reviewed).

            `jobsmith lint` (`--as-of YYYY-MM-DD` for any day), `POST /api/v1/lint` and the publish gate check every
            place a job is open in (`locations`) and every jurisdiction remote applicants may live in (`remote`)
            against these laws, each place with its own pay where pay differs by place (`payByLocation`). A finding
            names the law, its citation and the places. Laws taking effect within \(PayTransparencyCheck.upcomingWindowDays) days
            of the day checked give an "upcoming" warning with the date. Where an EU member state's own law is in force
            it is checked instead of the directive; where none is once the directive's deadline has passed, findings
            say the deadline has passed. The employer's size comes from the company profile's `employeeCount`; laws
            that count only employees in their jurisdiction are checked against the total, so a large employer with few
            people there may get findings it does not need.

            | Jurisdiction | Law | In force | Employers | Must disclose | Pay due | Remote jobs | Also requires |
            |---|---|---|---|---|---|---|---|

            """
        for law in table.laws {
            let flag = law.unverified.contains("effective") ? " (not verified)" : ""
            let employers = law.minimumEmployees == 1 ? "all" : "\(law.minimumEmployees)+"
            let remote = law.coversRemoteRoles ? "covered" : "not checked"
            out += "| [\(law.jurisdiction)](#\(anchor(law))) | \(law.citedName) | \(law.effective)\(flag) | \(employers) | "
            out += law.disclose.map(\.shortName).joined(separator: ", ") + " | \(law.payTiming.wording) | \(remote) | "
            out += (law.postingRules.isEmpty ? "—" : law.postingRules.map(ruleName).joined(separator: "; ")) + " |\n"
        }
        out += memberStates(table.laws)
        out += "\n## The laws\n"
        for law in table.laws {
            out += "\n<a id=\"\(anchor(law))\"></a>\n\n### \(law.jurisdiction)\n\n"
            out += "- Rule: `\(law.ruleID)`\n- Law: \(law.law)\n- Citation: \(law.citation)\n"
            out += "- In force from: \(law.effective)\n"
            out += "- Employers: " + (law.minimumEmployees == 1 ? "all" : "\(law.minimumEmployees) or more employees") + "\n"
            out += "- Must disclose: " + law.disclose.map(\.requirement).joined(separator: "; ") + ", \(law.payTiming.wording)\n"
            out += "- Remote jobs open to applicants there: " + (law.coversRemoteRoles ? "covered" : "not checked") + "\n"
            if !law.postingRules.isEmpty { out += "- Also requires: " + law.postingRules.map(ruleName).joined(separator: "; ") + "\n" }
            out += "- Source: " + (law.sourceUrl.map { "<\($0)>" } ?? "none recorded") + "\n"
            if !law.unverified.isEmpty { out += "- Not verified: " + law.unverified.map(factName).joined(separator: ", ") + "\n" }
            if !law.notes.isEmpty { out += "\n\(law.notes)\n" }
        }
        return out
    }

    /// The member states of the directive, each with its own law or the deadline-passed status.
    private static func memberStates(_ laws: [PayTransparencyLaw]) -> String {
        guard let directive = laws.first(where: { $0.id == PayTransparencyCheck.transposedDirective }) else {
            return ""
        }
        var out = "\n## EU member states and Directive (EU) 2023/970\n\n"
        out += "The transposition deadline was \(directive.effective).\n\n| Member state | National law |\n|---|---|\n"
        for country in directive.countries.sorted() {
            let national = laws.first { $0.implements == directive.id && $0.countries.contains(country) }
            let status = national.map { "[\($0.citedName)](#\(anchor($0))), from \($0.effective)" } ?? "none in this table: the deadline has passed"
            out += "| \(country) | \(status) |\n"
        }
        return out
    }

    private static func anchor(_ law: PayTransparencyLaw) -> String { law.ruleID }

    private static func ruleName(_ rule: PayTransparencyLaw.PostingRule) -> String {
        switch rule {
        case .existingVacancy: "say whether there is an existing vacancy"
        case .aiScreening: "say whether AI screens, assesses or selects applicants"
        case .noCanadianExperience: "no Canadian-experience requirements"
        case .genderNeutralTitle: "gender-neutral job titles"
        }
    }

    private static func factName(_ fact: String) -> String {
        switch fact {
        case "effective": "the date"
        case "citation": "the citation"
        case "minimumEmployees": "the employer-size threshold"
        case "sourceUrl": "the source URL"
        default: fact
        }
    }
}
