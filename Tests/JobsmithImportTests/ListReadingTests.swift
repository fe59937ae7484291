import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Lists")
struct ListReadingTests {
    @Test(
        "list markers people type",
        arguments: [
            "- Own it", "* Own it", "+ Own it", "• Own it", "·Own it", "– Own it", "1. Own it", "12) Own it", "a) Own it", "(3) Own it",
            "iv) Own it", "b. Own it", "▪ Own it", "➢ Own it",
        ])
    func markers(_ line: String) throws {
        let document = try Importer.parse("Cook\n\nResponsibilities\n\(line)\n", format: .text).document
        #expect(document.responsibilities == ["Own it"])
    }

    @Test("text that only starts like a list stays text", arguments: ["-5 °C freezer work", "*Nights only", "J. Smith leads the team", "2024 goals"])
    func notMarkers(_ line: String) throws {
        let document = try Importer.parse("Cook\n\nAbout us\n\(line)\n", format: .text).document
        #expect(document.otherSections == [OtherSection(heading: "About us", body: line)])
    }

    @Test("wrapped lines of an item join it")
    func continuation() throws {
        let text = """
            Cook

            Responsibilities
            - Prepare mise en place for the lunch
              service every weekday
            - Keep the walk-in organised and
            labelled
            * Close the kitchen
            """
        let document = try Importer.parse(text, format: .text).document
        #expect(
            document.responsibilities == [
                "Prepare mise en place for the lunch service every weekday", "Keep the walk-in organised and labelled", "Close the kitchen",
            ])
    }

    @Test("Markdown nested lists are flattened and lazy lines join")
    func markdownNesting() throws {
        let markdown = "# Cook\n\n## Responsibilities\n\n- Prep\n  - Vegetables\n  - Sauces\n- Cook the\nline\n"
        let document = try Importer.parse(markdown).document
        #expect(document.responsibilities == ["Prep", "Vegetables", "Sauces", "Cook the line"])
    }

    @Test("inline lists split on semicolons")
    func inlineList() throws {
        let document = try Importer.parse("Cook\n\nResponsibilities: own X; run Y; and close Z.\n", format: .text).document
        #expect(document.responsibilities == ["own X", "run Y", "close Z"])
    }

    @Test("inline name lists split on commas and 'and'")
    func nameList() throws {
        let text = "Cook\n\nCollaborates with: Sales, Marketing and Finance\nTools: Toast POS, 7shifts & MarketMan\nLeads: Line cooks\n"
        let document = try Importer.parse(text, format: .text).document
        #expect(document.collaboratesWith == ["Sales", "Marketing", "Finance"])
        #expect(document.tools == ["Toast POS", "7shifts", "MarketMan"])
        #expect(document.leads == ["Line cooks"])
    }

    @Test("a requirement with commas is not split")
    func commasInItems() throws {
        let document = try Importer.parse("Cook\n\nRequirements\nExperience with sauces, stocks and soups\n", format: .text).document
        #expect(document.requirements == ["Experience with sauces, stocks and soups"])
    }

    @Test("a label for the section it is in stays part of the item")
    func sameSectionLabel() throws {
        let document = try Importer.parse("Cook\n\nRequirements\nSkills: knife work; plating\n", format: .text).document
        #expect(document.requirements == ["Skills: knife work", "plating"])
    }

    @Test("plain-text lines under a list heading are items; HTML paragraphs too")
    func proseItems() throws {
        let text = try Importer.parse("Cook\n\nBenefits\nFree meals.\nPaid overtime.\n", format: .text).document
        #expect(text.benefits == ["Free meals.", "Paid overtime."])
        let html = try Importer.parse("<h1>Cook</h1><h2>Benefits</h2><p>Free meals.</p><p>Paid<br>overtime.</p>").document
        #expect(html.benefits == ["Free meals.", "Paid", "overtime."])
    }

    @Test("text after a list is kept as additional information")
    func trailingProse() throws {
        let markdown = "# Cook\n\n## Benefits\n\n- Free meals\n- Paid overtime\n\nApply by sending your resume to jobs@example.com.\n"
        let result = try Importer.parse(markdown)
        #expect(result.document.benefits == ["Free meals", "Paid overtime"])
        #expect(
            result.document.otherSections == [
                OtherSection(heading: "Additional information", body: "Apply by sending your resume to jobs@example.com.")
            ])
        #expect(result.report.warnings == ["Kept the text after “Benefits” as “Additional information”."])
    }

    @Test("an equal-opportunity statement after a list is kept under its own heading, with or without a blank line")
    func trailingStatement() throws {
        for text in [
            "# Cook\n\n## Benefits\n\n- Free meals\n- Paid overtime\n\nWe are an equal opportunity employer.\n",
            "Cook\nBenefits\nFree meals\nPaid overtime\nWe are an equal opportunity employer.\n",
        ] {
            let result = try Importer.parse(text)
            #expect(result.document.benefits == ["Free meals", "Paid overtime"])
            #expect(result.document.otherSections == [OtherSection(heading: "Equal opportunity", body: "We are an equal opportunity employer.")])
            #expect(result.report.warnings.contains("Kept the text after “Benefits” as “Equal opportunity”."))
        }
    }
}
