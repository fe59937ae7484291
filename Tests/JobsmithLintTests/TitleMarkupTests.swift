import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Markup in the title")
struct TitleMarkupTests {
    private func markupFinding(_ title: String) -> LintFinding? {
        Linter.lint(document(title: title), options: options()).findings("formatting-markup-in-title").first
    }

    @Test(
        "HTML and Markdown in a title are flagged, with the plain title as the fix",
        arguments: [
            ("<b>Senior</b> Backend Engineer", "Senior Backend Engineer", "HTML"),
            ("Senior Backend Engineer<br>Payments", "Senior Backend Engineer Payments", "HTML"),
            ("<span class=\"title\">Registered Nurse</span>", "Registered Nurse", "HTML"),
            ("Research &amp; Development Lead", "Research & Development Lead", "HTML"),
            ("Nurse&nbsp;Manager", "Nurse Manager", "HTML"),
            ("**Senior** Backend Engineer", "Senior Backend Engineer", "Markdown"),
            ("__Registered Nurse__", "Registered Nurse", "Markdown"),
            ("# Backend Developer", "Backend Developer", "Markdown"),
            ("## Backend Developer", "Backend Developer", "Markdown"),
            ("- Warehouse Associate", "Warehouse Associate", "Markdown"),
            ("*Night shift* Nurse", "Night shift Nurse", "Markdown"),
            ("[Data Analyst](https://example.com/jobs/1)", "Data Analyst", "Markdown"),
            ("`Go` Developer", "Go Developer", "Markdown"),
            ("~~Junior~~ Developer", "Junior Developer", "Markdown"),
            ("<em>**Chef**</em> de Partie", "Chef de Partie", "HTML and Markdown"),
        ])
    func flagged(title: String, plain: String, kind: String) throws {
        let finding = try #require(markupFinding(title))
        #expect(finding.severity == .warning)
        #expect(finding.section == "/title")
        #expect(finding.start == 0)
        #expect(finding.end == title.utf16.count)
        #expect(finding.replacement == plain)
        #expect(finding.message.contains("\(kind) markup"))
    }

    @Test(
        "Ordinary punctuation in titles is not markup",
        arguments: [
            "C++ Developer", "C# / .NET Engineer", "R&D Engineer", "Sales Manager - EMEA", "Chef (5* hotel)", "Engineer <3 Rust",
            "Head of People & Culture", "Node.js Developer", "Python_Backend Engineer", "Nurse - Nights > Weekends", "#1 Sales Role",
            "Teacher, Grades 3-5", "Designer * Illustrator",
        ])
    func notFlagged(title: String) {
        #expect(markupFinding(title) == nil, "\(title)")
    }

    @Test("The message quotes at most three pieces of markup")
    func quotesFewPieces() throws {
        let finding = try #require(markupFinding("<p><b><i><u>Nurse</u></i></b></p>"))
        #expect(finding.message.contains("“<p>”, “<b>”, “<i>”)"))
        #expect(finding.replacement == "Nurse")
    }

    @Test("A title that is only markup gets no empty replacement")
    func onlyMarkup() throws {
        let finding = try #require(markupFinding("<br>"))
        #expect(finding.replacement == nil)
    }
}
