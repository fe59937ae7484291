import JobsmithDomain
import JobsmithLint
import Testing

/// British spelling in US English descriptions and US spelling in British ones, with fixes in the right spelling.
@Suite("US and British spelling")
struct SpellingVariantTests {
    /// Lints `text` as the summary of an otherwise unremarkable document in `locale`.
    private func spelling(_ text: String, _ locale: ContentLocale?, title: String = "Backend Engineer", tools: [String] = []) -> [LintFinding] {
        var checked = document(title: title, summary: text)
        checked.tools = tools
        var lintOptions = options()
        lintOptions.locale = locale
        return Linter.lint(checked, options: lintOptions).findings(prefix: "spelling-")
    }

    /// What each finding covers and offers, as "flagged → replacement".
    private func fixes(_ findings: [LintFinding], in text: String) -> [String] {
        let units = Array(text.utf16)
        return findings.map { "\(String(decoding: units[$0.start..<$0.end], as: UTF16.self)) → \($0.replacement ?? "")" }
    }

    @Test("British spelling in a US English description is pointed out, with the US word in the same case")
    func britishInUSEnglish() {
        let text = "Colour matters to our organisation's travelled teams. You will hold a licence and run the programme."
        let findings = spelling(text, .enUS)
        #expect(
            fixes(findings, in: text) == [
                "Colour → Color", "organisation → organization", "travelled → traveled", "licence → license", "programme → program",
            ])
        #expect(findings.allSatisfy { $0.rule == "spelling-british" && $0.severity == .info && $0.section == "/summary" })
        #expect(findings.first?.message == "“Colour” is the British spelling; the description is in US English.")
        #expect(findings.first?.suggestion == "Use “Color”.")
    }

    @Test("US spelling in a British English description is pointed out, telling nouns from verbs")
    func usInBritishEnglish() {
        let text = "Organize the clinic's color coding, hold a license, keep up your practice, and be able to practice and to license."
        let findings = spelling(text, .enGB)
        #expect(fixes(findings, in: text) == ["Organize → Organise", "color → colour", "license → licence", "practice → practise"])
        #expect(findings.allSatisfy { $0.rule == "spelling-american" })
    }

    @Test("A computer program stays a program in British English, and nothing is checked without a locale")
    func programAndNoLocale() {
        #expect(spelling("Write a computer program that tracks the programme.", .enGB).isEmpty)
        #expect(spelling("Our organisation organizes the centre and the center.", nil).isEmpty)
    }

    @Test("Names in capitals, links, email addresses, placeholders and the tools list are left alone")
    func namesAndAddressesAreLeftAlone() {
        let us =
            "Present at the Barbican Centre, email jobs@organisation.co.uk, see www.colour.org or organisation.com, "
            + "and write to {{organisation}}."
        #expect(spelling(us, .enUS, tools: ["Colour Studio"]).isEmpty)
        #expect(spelling("Work with the World Health Organization over Labor Day.", .enGB).isEmpty)
        #expect(spelling("Labour Code rules apply. Colour Me Beautiful is a client.", .enUS).isEmpty)
        #expect(spelling("Labour costs matter.", .enUS).map(\.replacement) == ["Labor"])
    }

    @Test("The title is checked word by word, although it is written in capitals")
    func titleIsChecked() {
        let findings = spelling("You will plan work.", .enUS, title: "Programme Manager")
        #expect(findings.map(\.section) == ["/title"])
        #expect(findings.map(\.replacement) == ["Program"])
    }

    @Test("British descriptions get one-click fixes in British spelling")
    func britishReplacements() throws {
        var lintOptions = options()
        lintOptions.locale = .enGB
        let result = Linter.lint(document(title: "<b>Color Technician</b>"), options: lintOptions)
        let markup = try #require(result.findings("formatting-markup-in-title").first)
        #expect(markup.replacement == "Colour Technician")
        #expect(markup.suggestion == "Use “Colour Technician”.")
        lintOptions.locale = .enUS
        #expect(
            Linter.lint(document(title: "<b>Color Technician</b>"), options: lintOptions).findings("formatting-markup-in-title").first?.replacement
                == "Color Technician")
    }

    @Test("The US table is the British one read the other way, word for word")
    func tablesAreInverse() {
        for (british, american) in AmericanSpelling.words {
            let forward =
                BritishSpelling.words[american] ?? BritishSpelling.britishForm(of: american, after: "a")
                ?? BritishSpelling.britishForm(of: american, after: "to")
            #expect(forward == british, "\(british) → \(american) → \(forward ?? "nil")")
            #expect(BritishSpelling.words[british] == nil, "\(british) is also a US key")
        }
        #expect(AmericanSpelling.words["dialogue"] == nil)
    }

    @Test("The rules' own titles, reasons and suggestions are in US spelling")
    func ruleTextIsInUSEnglish() {
        // The spelling rules quote British forms on purpose.
        for rule in LintRuleCatalog.all where rule.category != .spelling {
            let prose = [rule.title, rule.reason, rule.suggestion].joined(separator: "\n")
            let findings = spelling(prose, .enUS)
            #expect(findings.isEmpty, "\(rule.id): \(fixes(findings, in: prose))")
        }
    }
}
