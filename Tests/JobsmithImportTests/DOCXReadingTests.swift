import JobsmithDomain
import Testing

@testable import JobsmithImport

@Suite("Word documents")
struct DOCXReadingTests {
    private typealias P = WordPackage

    private func imported(_ package: WordPackage) throws -> ImportResult {
        try Importer.parse(try package.bytes(), format: .docx)
    }

    @Test("heading styles by name, outline levels, list numbering and a table of labelled facts")
    func wordDocument() throws {
        let body = [
            P.paragraph("Operations Manager", style: "Title"),
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Location</w:t></w:r></w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>Boston, MA</w:t></w:r></w:p></w:tc></w:tr>"
                + "<w:tr><w:tc><w:p><w:r><w:t>Employment type</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Full-time</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            P.paragraph("About the role", style: "berschrift1"),
            P.paragraph("You will run our Boston warehouse."),
            P.paragraph("What you will do", style: "SectionHead"),
            P.paragraph("Plan the weekly schedule", style: "ListBullet"),
            P.paragraph("Run the morning stand-up", style: "ListParagraph", numID: 1),
            P.paragraph("Requirements", style: "berschrift1"),
            P.paragraph("Five years in warehouse operations", numID: 2),
            P.paragraph("A forklift certification", numID: 2),
        ].joined()
        let result = try imported(WordPackage(body: body))
        let document = result.document
        #expect(document.title == "Operations Manager")
        #expect(document.location == Location(city: "Boston", region: "MA", country: "US"))
        #expect(document.employmentType == .fullTime)
        #expect(document.summary == "You will run our Boston warehouse.")
        #expect(document.responsibilities == ["Plan the weekly schedule", "Run the morning stand-up"])
        #expect(document.requirements == ["Five years in warehouse operations", "A forklift certification"])
        #expect(result.report.format == .docx)
        #expect(result.report.confidence == 1)
    }

    @Test("numbered paragraphs get Word's markers, levels restart, and numId 0 switches a list style off")
    func numberingMarkers() throws {
        let body = [
            P.paragraph("Title", style: "Title"), P.paragraph("First", numID: 2), P.paragraph("Detail", numID: 2, level: 1),
            P.paragraph("Second detail", numID: 2, level: 1), P.paragraph("Second", numID: 2), P.paragraph("Again", numID: 2, level: 1),
            "<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Plain</w:t></w:r></w:p>",
        ].joined()
        let lines = try DOCXReader.read(try WordPackage(body: body).bytes()).filter { $0.kind != .blank }
        #expect(lines.map(\.kind) == [.heading(level: 1)] + ["1.", "a)", "b)", "2.", "a)"].map { .item(marker: $0) } + [.text])
        #expect(lines.last?.text == "Plain")
    }

    @Test("bold paragraphs are pseudo-headings, bold words lead labels, and a bold style counts")
    func bold() throws {
        let body = [
            P.paragraph("Certified Nursing Assistant", style: "Title"),
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Schedule:</w:t></w:r><w:r><w:t xml:space=\"preserve\"> Part-time, evenings</w:t></w:r></w:p>",
            P.paragraph("What you\u{2019}ll do", bold: true), P.paragraph("Help residents with daily care"), P.paragraph("Record vital signs"),
            "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>Requirements</w:t></w:r></w:p>", P.paragraph("A state CNA certificate"),
            "<w:p><w:r><w:rPr><w:rStyle w:val=\"Strong\"/><w:b w:val=\"0\"/></w:rPr><w:t>Not bold after all</w:t></w:r></w:p>",
        ].joined()
        let result = try imported(WordPackage(body: body))
        #expect(result.document.employmentType == .partTime)
        #expect(result.document.responsibilities == ["Help residents with daily care", "Record vital signs"])
        #expect(result.document.requirements == ["A state CNA certificate", "Not bold after all"])
    }

    @Test("smart quotes stay, no-break spaces are spaces, soft hyphens vanish and runs split mid-word join")
    func characters() throws {
        let body = [
            P.paragraph("Barista", style: "Title"), P.paragraph("Summary", style: "berschrift1"),
            "<w:p><w:r><w:t>We\u{2019}re a \u{201C}third-wave\u{201D}\u{A0}caf\u{E9} in Port</w:t></w:r><w:r><w:softHyphen/><w:t>land; we ro</w:t></w:r>"
                + "<w:r><w:t>ast on</w:t></w:r><w:r><w:noBreakHyphen/><w:t>site and love co\u{AD}ffee.</w:t></w:r><w:r><w:tab/><w:t>Tabs are spaces.</w:t></w:r></w:p>",
        ].joined()
        let result = try imported(WordPackage(body: body))
        #expect(
            result.document.summary
                == "We\u{2019}re a \u{201C}third-wave\u{201D} caf\u{E9} in Portland; we roast on-site and love coffee. Tabs are spaces.")
    }

    @Test("headers, deleted text, field codes, hidden text and the fallback copy of a text box are not content")
    func ignoredContent() throws {
        let body = [
            P.paragraph("Line Cook", style: "Title"), P.paragraph("Responsibilities", style: "berschrift1"),
            "<w:p><w:del><w:r><w:delText>Wash dishes</w:delText></w:r></w:del><w:ins><w:r><w:t>Prep vegetables</w:t></w:r></w:ins></w:p>",
            "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>HYPERLINK \"x\"</w:instrText></w:r>"
                + "<w:r><w:t>Keep the line clean</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>secret note</w:t></w:r></w:p>",
            "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>Run the fryer</w:t></w:r></w:p>"
                + "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Run the fryer</w:t></w:r></w:p>"
                + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>",
        ].joined()
        let result = try imported(WordPackage(body: body, header: "Acme Restaurants — Confidential"))
        #expect(result.document.responsibilities == ["Prep vegetables", "Keep the line clean", "Run the fryer"])
        #expect(!result.document.otherSections.contains { $0.body.contains("Confidential") })
    }

    @Test("a line break inside a prose paragraph is kept; inside an item it is a space")
    func lineBreaks() throws {
        let body = [
            P.paragraph("Cashier", style: "Title"), P.paragraph("Summary", style: "berschrift1"),
            "<w:p><w:r><w:t>First line</w:t><w:br/><w:t>Second line</w:t></w:r></w:p>", P.paragraph("Benefits", style: "berschrift1"),
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Paid</w:t><w:br/><w:t>time off</w:t></w:r></w:p>",
        ].joined()
        let result = try imported(WordPackage(body: body))
        #expect(result.document.summary == "First line\nSecond line")
        #expect(result.document.benefits == ["Paid time off"])
    }

    @Test("any namespace prefix works, and a document without styles or numbering parts still reads")
    func prefixesAndMissingParts() throws {
        let body = [P.paragraph("Welder", bold: true), P.paragraph("Responsibilities", bold: true), P.paragraph("Weld frames", numID: 1)].joined()
        let renamed = try imported(WordPackage(body: body, prefix: "ns0"))
        #expect(renamed.document.title == "Welder")
        #expect(renamed.document.responsibilities == ["Weld frames"])
        let bare = try imported(WordPackage(body: body, styles: nil, numbering: nil))
        #expect(bare.document.responsibilities == ["Weld frames"])
    }

    @Test("a multi-column table reads row by row, and cells holding lists read cell by cell")
    func tables() throws {
        let row = { (cells: [String]) in "<w:tr>" + cells.map { "<w:tc>\($0)</w:tc>" }.joined() + "</w:tr>" }
        let body = [
            P.paragraph("Electrician", style: "Title"),
            "<w:tbl>" + row([P.paragraph("Shift"), P.paragraph("Days"), P.paragraph("Pay")])
                + row([P.paragraph("A"), P.paragraph("Mon–Thu"), P.paragraph("$32/hour")]) + "</w:tbl>",
            "<w:tbl>"
                + row([P.paragraph("Responsibilities", bold: true), P.paragraph("Install conduit", numID: 1) + P.paragraph("Pull wire", numID: 1)])
                + "</w:tbl>",
        ].joined()
        let lines = try DOCXReader.read(try WordPackage(body: body).bytes()).filter { $0.kind != .blank }.map(\.text)
        #expect(lines == ["Electrician", "Shift | Days | Pay", "A | Mon–Thu | $32/hour", "Responsibilities", "Install conduit", "Pull wire"])
    }
}
