import Foundation
import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Import report")
struct ReportTests {
    @Test("text before the first heading is the summary when there is no summary section, with a warning")
    func preambleAsSummary() throws {
        let result = try Importer.parse("Cook\nWe cook good food.\n\nResponsibilities\n- Cook\n", format: .text)
        #expect(result.document.summary == "We cook good food.")
        #expect(result.report.warnings == ["Took the text before the first heading as the summary."])
        #expect(result.report.confidence == 0.95)
    }

    @Test("text before the first heading is an introduction when a summary section exists")
    func preambleAsIntroduction() throws {
        let result = try Importer.parse("Cook\nWe cook good food.\n\nAbout the role\nYou cook.\n", format: .text)
        #expect(result.document.summary == "You cook.")
        #expect(result.document.otherSections == [OtherSection(heading: "Introduction", body: "We cook good food.")])
        #expect(result.report.unrecognizedHeadings.isEmpty)
        #expect(result.report.sectionsFound == ["title", "otherSections", "summary"])
    }

    @Test("unrecognized headings go to other sections, are listed and lower the confidence")
    func unrecognized() throws {
        let text = "Cook\n\nRESPONSIBILITIES\n- Cook\n- Clean\n\nKITCHEN CULTURE\nWe eat together.\nWe laugh a lot.\n"
        let result = try Importer.parse(text, format: .text)
        #expect(result.document.otherSections == [OtherSection(heading: "KITCHEN CULTURE", body: "We eat together.\nWe laugh a lot.")])
        #expect(result.report.unrecognizedHeadings == ["KITCHEN CULTURE"])
        #expect(result.report.confidence == 0.5)
        #expect(result.report.sectionsFound == ["title", "responsibilities", "otherSections"])
    }

    @Test("a heading matched only by keyword is a reported guess")
    func keywordGuess() throws {
        let result = try Importer.parse("# Cook\n\n## Kitchen duties we share\n\n- Cleaning\n")
        #expect(result.document.responsibilities == ["Cleaning"])
        #expect(result.report.warnings == ["Read the heading “Kitchen duties we share” as responsibilities from a keyword; check it."])
        #expect(result.report.confidence == 0.95)
    }

    @Test("empty sections under known and unknown headings")
    func emptySections() throws {
        let result = try Importer.parse("# Cook\n\n## Benefits\n\n## Anything else\n")
        #expect(result.document == JobDocument(title: "Cook", otherSections: [OtherSection(heading: "Anything else", body: "")]))
        #expect(result.report.confidence == 1)
    }

    @Test("a title-only document is fully confident")
    func titleOnly() throws {
        let result = try Importer.parse("Barista")
        #expect(result.document == JobDocument(title: "Barista"))
        #expect(result.report == ImportReport(format: .text, sectionsFound: ["title"], unrecognizedHeadings: [], confidence: 1, warnings: []))
    }

    @Test("the report is JSON with the public field names")
    func json() throws {
        let report = try Importer.parse("Barista\n\nPerks\n- Coffee\n", format: .text).report
        let data = try JSONEncoder().encode(report)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["format", "sectionsFound", "unrecognizedHeadings", "confidence", "warnings"])
        #expect(try JSONDecoder().decode(ImportReport.self, from: data) == report)
    }

    @Test("bytes and Data give the same result as text")
    func entryPoints() throws {
        let text = "# Barista\n\n## Perks\n\n- Coffee\n"
        let fromText = try Importer.parse(text)
        #expect(try Importer.parse(Array(text.utf8)) == fromText)
        #expect(try Importer.parse(Data(text.utf8)) == fromText)
        #expect(try Importer.parse(Data(text.utf8), format: .text).report.format == .text)
    }

    @Test(
        "headings written every way people write them",
        arguments: [
            "## What you'll do", "What you'll do\n--------------", "WHAT YOU'LL DO", "What you'll do:", "**What you'll do**",
            "__What you'll do__", "What are the key responsibilities of a Cook?", "<h3>What you&rsquo;ll do</h3>",
            "<p><b>What you'll do</b></p>", "<p><strong><span style=\"color:#333\">What you'll do</span></strong></p>",
        ])
    func headingStyles(_ heading: String) throws {
        let isHTML = heading.hasPrefix("<")
        let text = isHTML ? "<h1>Cook</h1>\(heading)<ul><li>Cook lunch</li></ul>" : "# Cook\n\n\(heading)\n- Cook lunch\n"
        let result = try Importer.parse(text, format: isHTML ? .html : .markdown)
        #expect(result.document.responsibilities == ["Cook lunch"])
        #expect(result.report.confidence == 1)
    }
}
