import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Exclusionary and gendered language")
struct ExclusionaryLanguageTests {
    @Test("“young, energetic digital natives” and “rockstar” are found with suggestions")
    func youngEnergeticDigitalNatives() throws {
        let doc = document(title: "Rockstar Developer", summary: "We are looking for young, energetic digital natives to join us.")
        let result = Linter.lint(doc, options: options())
        let expectations: [(rule: String, severity: Severity, text: String, section: String)] = [
            ("jargon-rockstar", .warning, "Rockstar", "/title"),
            ("exclusionary-young", .error, "young", "/summary"),
            ("exclusionary-energetic", .warning, "energetic", "/summary"),
            ("exclusionary-digital-native", .error, "digital natives", "/summary"),
        ]
        for expected in expectations {
            let finding = try #require(result.findings(expected.rule).first, "no \(expected.rule)")
            #expect(finding.severity == expected.severity)
            #expect(finding.section == expected.section)
            #expect(slice(finding.section, finding.start, finding.end, in: doc) == expected.text)
            #expect(finding.message.contains(expected.text))
            #expect(!(finding.suggestion ?? "").isEmpty)
        }
        #expect(result.hasErrors)
    }

    @Test("Ruling out applicants with a criminal record is flagged; a background check or a driving record is not")
    func criminalRecord() {
        let doc = document(requirements: [
            "A clean criminal record and no felony convictions", "Must never have been convicted of a crime",
            "A clean driving record", "Pass a background check after an offer",
        ])
        let findings = Linter.lint(doc, options: options()).findings("exclusionary-criminal-record")
        #expect(
            findings.map { slice($0.section, $0.start, $0.end, in: doc) } == [
                "clean criminal record", "no felony convictions", "never have been convicted",
            ])
        #expect(findings.allSatisfy { $0.severity == .warning && ($0.suggestion ?? "").contains("after an offer") })
    }

    @Test("“Young” describing the people served or the company is not flagged")
    func youngPeopleServed() {
        let doc = document(summary: "Support young people and young adults in a young company.")
        #expect(Linter.lint(doc, options: options()).findings("exclusionary-young").isEmpty)
    }

    @Test("“Energetic” is only a problem when asked of the candidate")
    func energeticScope() {
        let inBenefits = document(benefits: ["An energetic office in the city centre"])
        #expect(Linter.lint(inBenefits, options: options()).findings("exclusionary-energetic").isEmpty)
        let inRequirements = document(requirements: ["Energetic and outgoing"])
        #expect(Linter.lint(inRequirements, options: options()).findings("exclusionary-energetic").count == 1)
    }

    @Test("The longest overlapping match wins: “recent graduates only” is one error")
    func longestMatchWins() throws {
        let doc = document(requirements: ["Recent graduates only, please"])
        let result = Linter.lint(doc, options: options())
        let finding = try #require(result.findings("exclusionary-recent-graduates-only").first)
        #expect(finding.severity == .error)
        #expect(slice(finding.section, finding.start, finding.end, in: doc) == "Recent graduates only")
        #expect(result.findings("exclusionary-recent-graduates").isEmpty)
    }

    @Test("Native speaker requirements are errors; fluency is fine")
    func nativeSpeaker() {
        let flagged = Linter.lint(document(requirements: ["Native English speaker", "Native speaker of German"]), options: options())
        #expect(flagged.findings("exclusionary-native-speaker").map(\.severity) == [.error, .error])
        let fine = Linter.lint(document(requirements: ["Fluent written and spoken English"]), options: options())
        #expect(fine.findings("exclusionary-native-speaker").isEmpty)
    }

    @Test("Gendered pronouns: “he or she” is one finding suggesting “they”")
    func pronouns() throws {
        let doc = document(summary: "He or she will report to the CTO. She will own his roadmap.")
        let result = Linter.lint(doc, options: options())
        let pronouns = result.findings("exclusionary-gendered-pronoun")
        #expect(pronouns.map { slice($0.section, $0.start, $0.end, in: doc) } == ["He or she", "She", "his"])
        #expect(pronouns.first?.suggestion == "Use “they” instead.")
        #expect(pronouns.allSatisfy { $0.severity == .warning })
    }

    @Test(
        "Gendered job titles get a neutral title",
        arguments: [
            ("Salesman", "salesperson"), ("Chairman", "chair"), ("Foreman", "supervisor"), ("manpower", "workforce"),
        ])
    func gendredTitles(term: String, replacement: String) throws {
        let doc = document(title: "Senior \(term)")
        let finding = try #require(Linter.lint(doc, options: options()).findings("exclusionary-gendered-term").first)
        #expect(slice(finding.section, finding.start, finding.end, in: doc) == term)
        #expect(finding.suggestion?.contains("“\(replacement)”") == true)
    }

    @Test("Culture fit and experience caps are warnings")
    func cultureFitAndCaps() {
        let doc = document(requirements: ["A great culture fit", "No more than 5 years of experience"])
        let result = Linter.lint(doc, options: options())
        #expect(result.findings("exclusionary-culture-fit").map(\.severity) == [.warning])
        #expect(result.findings("exclusionary-experience-cap").map(\.severity) == [.warning])
    }

    @Test("Phrases do not match across sentences")
    func notAcrossSentences() {
        let doc = document(summary: "We value digital. Native apps are our focus.")
        #expect(Linter.lint(doc, options: options()).findings("exclusionary-digital-native").isEmpty)
    }
}
