import JobsmithDomain
import JobsmithLibrary
import JobsmithLint
import Testing

/// The built-in templates are written in US English and rendered in British English by the spelling table; the
/// spelling checks must find nothing in either.
@Suite("The built-in library is spelled consistently")
struct LibrarySpellingTests {
    private func spellingFindings(_ document: JobDocument, _ locale: ContentLocale) -> [String] {
        Linter.lint(document, options: LintOptions(checksJobFacts: false, locale: locale)).findings
            .filter { $0.rule.hasPrefix("spelling-") }
            .map { "\($0.section): \($0.message)" }
    }

    @Test("every template is in US spelling, and every British rendering in British spelling")
    func templatesAreConsistent() throws {
        let library = try BuiltInTemplates.load()
        #expect(library.count > 50)
        for template in library {
            let american = spellingFindings(template.document, .enUS)
            #expect(american.isEmpty, "\(template.slug) in US English: \(american)")
            let british = spellingFindings(ContentLocale.enGB.spell(template.document), .enGB)
            #expect(british.isEmpty, "\(template.slug) in British English: \(british)")
        }
    }
}

extension LibrarySpellingTests {
    @Test("the check finds British spelling in a template")
    func checkCanFail() throws {
        var template = try #require(try BuiltInTemplates.load().first)
        template.document.responsibilities.append("Organise the team's programme of work")
        #expect(spellingFindings(template.document, .enUS).count == 2)
    }
}
