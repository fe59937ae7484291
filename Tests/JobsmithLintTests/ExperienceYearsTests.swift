import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Years of experience against the level")
struct ExperienceYearsTests {
    private func findings(title: String, requirement: String, level: JobLevel? = nil) -> [LintFinding] {
        Linter.lint(document(title: title, requirements: [requirement]), options: options(level: level))
            .findings("completeness-years-above-level")
    }

    @Test(
        "Demands above the level inferred from the title are warnings",
        arguments: [
            ("Senior Engineer", "10+ years of experience", "10+ years"),
            ("Junior Developer", "At least 3 years in a similar role", "At least 3 years"),
            ("Junior Developer", "3 or more years with Swift", "3 or more years"),
            ("Junior Developer", "Five years’ experience with Swift", "Five years"),
            ("Junior Developer", "3-5 years of experience", "3-5 years"),
            ("Engineering Intern", "Minimum of 2 years", "Minimum of 2 years"),
            ("Backend Engineer", "6 years of professional experience", "6 years"),
            ("Staff Engineer", "9 years or more of backend work", "9 years or more"),
        ])
    func aboveLevel(title: String, requirement: String, matched: String) throws {
        let finding = try #require(findings(title: title, requirement: requirement).first)
        #expect(finding.severity == .warning)
        let doc = document(title: title, requirements: [requirement])
        #expect(slice(finding.section, finding.start, finding.end, in: doc) == matched)
    }

    @Test(
        "Demands within the level are fine",
        arguments: [
            ("Senior Engineer", "7+ years of experience"),
            ("Junior Developer", "2-4 years of experience"),
            ("Director of Engineering", "12+ years"),
            ("Backend Engineer", "We have been around for 10 years"),
            ("Head of Data", "10+ years leading teams"),
        ])
    func withinLevel(title: String, requirement: String) {
        #expect(findings(title: title, requirement: requirement).isEmpty)
    }

    @Test(
        "The level is inferred from the title",
        arguments: [
            ("Head of Engineering", "13+ years", true), ("Head of Engineering", "12+ years", false),
            ("Junior Product Manager", "3+ years", true), ("Senior Director, Sales", "12+ years", false),
            ("Principal Engineer", "11+ years", true), ("Principal Engineer", "10+ years", false), ("Staff Nurse", "5+ years", true),
            ("Staff Engineer", "8+ years", false),
            ("Sr. Designer", "7+ years", false), ("VP of Sales", "13+ years", true), ("Chief Financial Officer", "15+ years", false),
            ("Software Engineering Intern", "2+ years", true), ("Engineer", "5+ years", true),
        ])
    func inferredLevels(title: String, requirement: String, flagged: Bool) {
        #expect(findings(title: title, requirement: requirement).isEmpty != flagged)
    }

    @Test("Internships are entry level whatever the title")
    func internship() {
        var doc = document(title: "Summer Engineer", requirements: ["2+ years of experience"])
        doc.employmentType = .internship
        #expect(Linter.lint(doc, options: options()).findings("completeness-years-above-level").count == 1)
    }

    @Test("A level given in the options wins over the title")
    func levelOption() {
        #expect(findings(title: "Engineer", requirement: "10+ years", level: .director).isEmpty)
        #expect(findings(title: "Director", requirement: "3+ years", level: .junior).count == 1)
    }

    @Test("The message names the level and its maximum")
    func message() throws {
        let finding = try #require(findings(title: "Senior Engineer", requirement: "10+ years").first)
        #expect(finding.message.contains("senior"))
        #expect(finding.message.contains("7"))
    }
}
