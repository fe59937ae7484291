import JobsmithDomain
import JobsmithLibrary
import JobsmithLint
import Testing

@Suite("The built-in template library")
struct LibraryAuditTests {
    @Test("every built-in template is complete, unique and free of lint errors")
    func builtInsAreSound() throws {
        let library = try BuiltInTemplates.load()
        #expect(library.count >= 60)
        #expect(Set(library.map(\.department)).count >= 10)
        #expect(LibraryAudit.problems(in: library) == [])
        for template in library {
            let level = JobLevel(rawValue: template.level)
            let result = Linter.lint(template.document, options: LintOptions(level: level, checksJobFacts: false))
            #expect(!result.hasErrors, "\(template.slug): \(result.findings.filter { $0.severity == .error }.map(\.rule))")
        }
    }

    @Test("every template's occupation code is in the table")
    func occupationCodesAreKnown() throws {
        let codes = try OccupationCodes.load()
        for template in try BuiltInTemplates.load() {
            #expect(template.occupationalCategory.flatMap { codes[$0] } != nil, "\(template.slug): \(template.occupationalCategory ?? "none")")
        }
    }

    @Test("the occupation table rejects malformed lines and a code with two titles, and accepts a repeated line")
    func occupationTableFormat() throws {
        #expect(
            try OccupationCodes.parse("15-1252.00\tSoftware Developers\n15-1252.00\tSoftware Developers\n") == ["15-1252.00": "Software Developers"])
        #expect(throws: LibraryError.self) { try OccupationCodes.parse("15-1252\tSoftware Developers\n") }
        #expect(throws: LibraryError.self) { try OccupationCodes.parse("15-1252.00 Software Developers\n") }
        #expect(throws: LibraryError.self) { try OccupationCodes.parse("15-1252.00\tSoftware Developers\n15-1252.00\tDevelopers\n") }
    }

    @Test("the audit rejects an incomplete template and a duplicate slug or title")
    func auditRejects() throws {
        let library = try BuiltInTemplates.load()
        let backend = try #require(library.first { $0.slug == "backend-developer" })
        var incomplete = backend
        incomplete.slug = "incomplete"
        incomplete.document.title = "Incomplete"
        incomplete.document.kpis = []
        incomplete.document.responsibilities = Array(backend.document.responsibilities.prefix(2))
        incomplete.family = nil
        incomplete.occupationalCategory = "15-1252"
        #expect(
            LibraryAudit.problems(in: [incomplete]) == [
                "incomplete: has no family", "incomplete: has no O*NET-SOC occupationalCategory (NN-NNNN.NN)",
                "incomplete: responsibilities has 2 items, not 6–12", "incomplete: kpis has 0 items, not 3–6",
            ])

        var sameSlug = backend
        sameSlug.document.title = "Another Title"
        #expect(LibraryAudit.problems(in: [backend, sameSlug]) == ["backend-developer: duplicate slug"])
        var sameTitle = backend
        sameTitle.slug = "backend-developer-2"
        #expect(LibraryAudit.problems(in: [backend, sameTitle]) == ["backend-developer-2: duplicate title \"Backend Developer\""])
    }

    @Test("a template with lint errors fails the library's lint check")
    func lintErrorsAreCaught() throws {
        var template = try #require(try BuiltInTemplates.load().first)
        template.document.requirements.append("Young, energetic digital natives only")
        let result = Linter.lint(template.document, options: LintOptions(checksJobFacts: false))
        #expect(result.hasErrors)
    }
}
