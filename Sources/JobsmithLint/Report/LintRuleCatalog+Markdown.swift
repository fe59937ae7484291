import JobsmithDomain

extension LintRuleCatalog {
    /// The text of docs/lint-rules.md: scoring, then every rule by category, then the pay-transparency table.
    public static func markdown() -> String {
        var out = """
            # Lint rules

            <!-- Generated from LintRuleCatalog.all; do not edit. Regenerate with:
                 scripts/update-docs.sh -->

            `jobsmith lint`, `POST /api/v1/lint` and the web app check job descriptions with these rules. Every finding has
            a rule id, a severity, a message, a suggestion, the JSON pointer of the checked string (`section`) and the
            UTF-16 offsets of the flagged text in it (`start`, `end`; both 0 for findings about a whole field or the
            document). Findings are listed errors first, then warnings, then info (shown as tips); within a severity by section
            (title, summary, responsibilities, requirements, nice to have, KPIs, reports to, collaborates with, leads, tools,
            qualifications, benefits, salary, location, other sections), then offset, then rule id.

            Text rules match words, ignoring case and punctuation between words: `a|b` matches either word, `word*` any
            word starting with "word", `(word)` is optional, `<num>` is a number and `<any>` any word; `→` shows the
            suggested replacement (`$2` stands for the second matched word as written). When matches overlap only the
            longest is reported.

            A one-click replacement is offered only where it fits the sentence: it keeps the case, the number and the
            part of speech of what it replaces ("leads" → "guides", "rockstar developers" → "skilled developers", "our
            rockstars" → "our experts"), corrects "a"/"an" before it ("an aggressive" → "a bold"), makes the verb agree
            after "they" ("he has" → "they have") and tells possessive "her" ("their") from object "her" ("them").
            Where no word fits, the suggestion asks to rephrase instead.

            ## Score

            The score is 100 minus \(Severity.error.scoreWeight) per error, \(Severity.warning.scoreWeight) per warning and \
            \(Severity.info.scoreWeight) per info finding, counting each rule at most \(LintScore.occurrencesCountedPerRule) \
            times, and never below 0. A document with any error fails `jobsmith lint` (exit status 1).

            ## Templates

            Templates are checked with `checksJobFacts` off: location and salary completeness and pay transparency are
            skipped, since templates carry neither.

            """
        for category in LintRuleCategory.allCases {
            let rules = all.filter { $0.category == category }
            guard !rules.isEmpty else { continue }
            out += "\n## \(category.title)\n"
            if category == .payTransparency { out += payTransparencyTable() }
            for rule in rules {
                out += "\n### `\(rule.id)` (\(rule.severity.rawValue))\n\n\(rule.title).\n\n\(rule.reason)\n\n**Suggestion:** \(rule.suggestion)\n"
                if !rule.matches.isEmpty {
                    out += "\n**Matches:** " + rule.matches.map { "`\($0)`" }.joined(separator: ", ") + "\n"
                }
            }
            if category == .genderCoding { out += genderCodingExceptionsTable() }
        }
        return out
    }

    private static func genderCodingExceptionsTable() -> String {
        var out = """

            ### Uses that are not flagged

            The word lists stay as published, but some of their matches are not wording about the person wanted: a job
            title ("Team Lead"), a thing ("sales leads", "confidential"), a field of work ("data analyst"). These uses
            are neither findings nor counted for the verdict, and each coded word counts once. `jobsmith lint
            --strict-gender-lists` (`?strict=true` on the lint API, `strictGenderLists` in the lint options) reports
            and counts exactly what the lists match, as gender-decoder does, only without offering a replacement for
            these uses. A committed corpus
            (`Tests/JobsmithLintTests/Corpus/gender-coding.txt`) holds the true and false positives with their verdicts.

            | Words | When | Example | Why |
            |---|---|---|---|

            """
        for exception in GenderCodingExceptions.all {
            let words = exception.words.map { "`\($0)`" }.joined(separator: ", ")
            out += "| \(words) | \(describe(exception.conditions)) | \(exception.example) | \(exception.reason) |\n"
        }
        return out
    }

    private static func describe(_ conditions: [CodedWordException.Condition]) -> String {
        guard !conditions.isEmpty else { return "always" }
        func list(_ words: [String]) -> String { words.map { "`\($0)`" }.joined(separator: ", ") }
        return conditions.map { condition in
            switch condition {
            case .after(let words): "after " + list(words)
            case .before(let words): "before " + list(words)
            case .notBefore(let words): "not before " + list(words)
            case .inSections(let sections):
                "in the " + DocumentSection.allCases.filter(sections.contains).map { $0.heading.lowercased() }.joined(separator: ", ") + " fields"
            case .titleCase: "capitalized inside a sentence next to another capitalized word"
            }
        }.joined(separator: "; ")
    }

    private static func payTransparencyTable() -> String {
        var out = """

            Applied to every place the job is open in (country, region and city) and to every jurisdiction remote
            applicants may live in (`remote`, or for a remote job without it, the country its location names, as
            warnings). Where pay differs by place, each place is checked with its own range from `payByLocation`. A
            missing salary or an open-ended range (minimum 0, or no maximum) is an error citing the law; so is a range
            wider than the law allows. Missing benefits, where the law asks for them, are a warning. With an unknown
            employee count, laws with a threshold above 1 report warnings ("applies if you have N or more employees");
            with a known count below the threshold they report nothing. Laws taking effect within 90 days of the day
            checked (`--as-of`, default today) report an "upcoming" warning with the date; laws further out report
            info. The full table, with citations, sources and what is not verified, is in
            [pay-transparency-laws.md](pay-transparency-laws.md). This is a compliance aid, not legal advice.

            | Rule | Law | In force | Employers | Must disclose | Remote jobs open to it |
            |---|---|---|---|---|---|

            """
        for law in PayTransparencyLaws.all {
            let employers = law.minimumEmployees == 1 ? "all" : "\(law.minimumEmployees)+"
            let disclose = law.disclose.map(\.shortName).joined(separator: ", ")
            out +=
                "| `\(law.ruleID)` | \(law.citedName) | \(law.effective) | \(employers) | \(disclose) | \(law.coversRemoteRoles ? "yes" : "no") |\n"
        }
        return out
    }
}
