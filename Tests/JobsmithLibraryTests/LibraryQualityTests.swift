import JobsmithDomain
import JobsmithLibrary
import JobsmithLint
import Testing

/// The quality bar of the library brief, checked with Jobsmith's own linter: every built-in template must come out
/// with no error and no warning, reading ease of at least 40 and neutral or feminine-coded wording.
@Suite("The built-in library meets the quality bar")
struct LibraryQualityTests {
    /// Lints a template as a template: `checksJobFacts: false` skips exactly the findings a template cannot satisfy
    /// because they are facts of one posting (missing location and salary, and the pay-transparency laws, which
    /// depend on the job's location and pay). Every other rule applies.
    static func lint(_ template: JobTemplate) -> LintResult {
        Linter.lint(template.document, options: LintOptions(level: JobLevel(rawValue: template.level), checksJobFacts: false))
    }

    static let minimumReadingEase = 40.0

    @Test("every template has no lint error or warning, reading ease ≥ 40 and is not masculine-coded")
    func qualityBar() throws {
        let library = try BuiltInTemplates.load()
        for template in library {
            let result = Self.lint(template)
            let blocking = result.findings.filter { $0.severity != .info }
            #expect(blocking.isEmpty, "\(template.slug): \(blocking.map { "\($0.rule) at \($0.section): \($0.message)" })")
            #expect(
                result.readability.fleschReadingEase >= Self.minimumReadingEase,
                "\(template.slug): reading ease \(result.readability.fleschReadingEase)")
            let coding = result.genderCoding
            #expect(
                coding.feminineCount >= coding.masculineCount,
                "\(template.slug): \(coding.verdict), masculine \(coding.masculineWords.map(\.word))")
        }
    }

    @Test("the quality bar catches a warning, hard prose and masculine-coded wording")
    func qualityBarCanFail() throws {
        var template = try #require(try BuiltInTemplates.load().first)
        template.document.responsibilities.append("Work in a fast-paced environment as a rockstar")
        #expect(Self.lint(template).findings.contains { $0.severity == .warning })

        template.document.summary =
            "Operationalizing multidimensional organizational transformation necessitates comprehensive interdepartmental "
            + "communication. Institutionalizing systematic methodologies accelerates organizational effectiveness."
        template.document.responsibilities = Array(repeating: "Conceptualize interdisciplinary infrastructural modernization initiatives", count: 8)
        #expect(Self.lint(template).readability.fleschReadingEase < Self.minimumReadingEase)

        template.document.requirements = ["Lead decisively, compete aggressively and drive ambitious, independent, analytical decisions"]
        let coding = Self.lint(template).genderCoding
        #expect(coding.masculineCount > coding.feminineCount)
    }
}
