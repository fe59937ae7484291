import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Ableist language, jargon and clichés")
struct AbleistAndJargonTests {
    @Test("Able-bodied is an error, lifting requirements a warning")
    func physicalRequirements() {
        let doc = document(requirements: ["Able-bodied and physically fit", "Must be able to lift 50 lbs"])
        let result = Linter.lint(doc, options: options())
        #expect(result.findings("ableist-able-bodied").map(\.severity) == [.error])
        #expect(result.findings("ableist-physically-fit").map(\.severity) == [.warning])
        let lift = result.findings("ableist-physical-ability")
        #expect(lift.map { slice($0.section, $0.start, $0.end, in: doc) } == ["Must be able to lift"])
    }

    @Test("A driver's license is flagged only when driving is not part of the job")
    func driversLicense() {
        let office = document(requirements: ["Must have a valid driver’s license"])
        #expect(Linter.lint(office, options: options()).findings("ableist-drivers-license").count == 1)
        let field = document(
            responsibilities: ["Drive between client sites to install equipment", "Keep the van stocked"],
            requirements: ["Must have a valid driver’s license"]
        )
        #expect(Linter.lint(field, options: options()).findings("ableist-drivers-license").isEmpty)
    }

    @Test(
        "Clichés and hollow perks are found with their severities",
        arguments: [
            ("We work hard, play hard.", "jargon-work-hard-play-hard", Severity.warning, "work hard, play hard"),
            ("You will hit the ground running.", "jargon-hit-the-ground-running", .info, "hit the ground running"),
            ("A self-starter.", "jargon-self-starter", .info, "self-starter"),
            ("You will wear many hats.", "jargon-wear-many-hats", .info, "wear many hats"),
            ("A fast-paced environment.", "jargon-fast-paced", .info, "fast-paced"),
            ("Free snacks and a ping-pong table!", "jargon-hollow-perk", .info, "Free snacks"),
            ("A competitive salary.", "jargon-competitive-salary", .warning, "competitive salary"),
            ("Our Python ninja.", "jargon-ninja", .warning, "ninja"),
            ("A data guru.", "jargon-guru", .warning, "guru"),
            ("A CSS wizard.", "jargon-wizard", .warning, "wizard"),
            ("A unicorn engineer.", "jargon-unicorn", .warning, "unicorn"),
        ])
    func cliches(summary: String, rule: String, severity: Severity, matched: String) throws {
        let doc = document(summary: summary)
        let finding = try #require(Linter.lint(doc, options: options()).findings(rule).first)
        #expect(finding.severity == severity)
        #expect(slice(finding.section, finding.start, finding.end, in: doc) == matched)
        #expect(!(finding.suggestion ?? "").isEmpty)
    }

    @Test("Both hollow perks in one sentence are reported")
    func twoPerks() {
        let doc = document(benefits: ["Free snacks and a ping-pong table"])
        let perks = Linter.lint(doc, options: options()).findings("jargon-hollow-perk")
        #expect(perks.map { slice($0.section, $0.start, $0.end, in: doc) } == ["Free snacks", "ping-pong table"])
    }
}
