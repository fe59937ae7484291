import JobsmithDomain
import Testing

@testable import JobsmithImport

@Suite("HTML reading")
struct HTMLReadingTests {
    private func texts(_ html: String) -> [String] {
        HTMLReader.read(html).filter { $0.kind != .blank }.map(\.text)
    }

    @Test("entities people meet are decoded")
    func entities() {
        let html =
            "<p>R&amp;D &ndash; Ops &mdash; Sales&nbsp;team &#8211; &#x2013; &#X2014; we&rsquo;re &lsquo;in&rsquo; &ldquo;it&rdquo;"
            + " &hellip; &euro;5 &pound;4 &copy; &trade; &bull; &middot; M&uuml;nchen K&ouml;ln Stra&szlig;e caf&eacute; &#150; &#39;x&#39;"
            + " &lt;b&gt; &quot;q&quot; &apos;a&apos; AT&T &unknown; &amp &nbspX</p>"
        #expect(
            texts(html) == [
                "R&D – Ops — Sales team – – — we’re ‘in’ “it” … €5 £4 © ™ • · München Köln Straße café – 'x' <b> \"q\" 'a' AT&T &unknown; & X"
            ]
        )
    }

    @Test("whitespace collapses and invisible characters vanish")
    func whitespace() {
        #expect(texts("<p>  Lead\n\t the   team&shy;s&#8203; now\u{A0}\u{A0}today </p>") == ["Lead the teams now today"])
    }

    @Test("script, style, head, comments and conditional markers are dropped")
    func hidden() {
        let html = """
            <html><head><title>Careers</title><style>p{color:red}</style></head><body>
            <script>var x = "<p>not text</p>";</script><!-- a comment <p>no</p> --><p>Visible<![if !supportLists]>!<![endif]></p>
            <noscript>Enable JS</noscript><SCRIPT type="x">alert(1)</SCRIPT><p>Also visible</p></body></html>
            """
        #expect(texts(html) == ["Visible!", "Also visible"])
    }

    @Test("headings keep nested markup text")
    func headings() {
        let lines = HTMLReader.read("<h2><span style=\"color:red\"><strong>What you&rsquo;ll <em>do</em></strong></span></h2><p>x</p>")
        #expect(lines.first?.kind == .heading(level: 2))
        #expect(lines.first?.text == "What you’ll do")
    }

    @Test("bold paragraphs are bold lines and bold labels are leads")
    func bold() {
        let lines = HTMLReader.read(
            "<p><b>Requirements</b></p><p><strong><span>Location:</span></strong> Denver</p><p>Plain <b>bold</b></p>"
                + "<p><span style=\"font-weight: 700\">Benefits</span></p><b style=\"font-weight:normal;\" id=\"docs-internal\"><p>Docs</p></b>"
        ).filter { $0.kind != .blank }
        #expect(lines.map(\.isBold) == [true, false, false, true, false])
        #expect(lines[1].boldLead == "Location:")
        #expect(lines[1].text == "Location: Denver")
        #expect(lines[2].boldLead == nil)
    }

    @Test("br breaks lines, and bullets typed into paragraphs are items")
    func lineBreaks() {
        let lines = HTMLReader.read("<p>First line<br>Second line<br/>• Item one<br>- Item two<br>1) Item three</p>").filter { $0.kind != .blank }
        #expect(lines.map(\.text) == ["First line", "Second line", "Item one", "Item two", "Item three"])
        #expect(lines.map(\.isItem) == [false, false, true, true, true])
    }

    @Test("nested lists are flattened")
    func nestedLists() {
        let html = "<ul><li>Parent <b>one</b><ul><li>Child a</li><li><p>Child b</p></li></ul></li><li>Parent two</li></ul>"
        let lines = HTMLReader.read(html).filter { $0.kind != .blank }
        #expect(lines.map(\.text) == ["Parent one", "Child a", "Child b", "Parent two"])
        #expect(lines.allSatisfy { $0.isItem })
    }

    @Test("div soup, unclosed tags and stray angle brackets")
    func soup() {
        let html = "<div><div>Intro<div>Nested <span>text</div></div><p>Salary < $100k & > $80k<p>Next<div>Last"
        #expect(texts(html) == ["Intro", "Nested text", "Salary < $100k & > $80k", "Next", "Last"])
    }

    @Test("two-cell table rows read as labels")
    func tables() {
        let html =
            "<table><tr><td><p class=MsoNormal><b>Location</b></p></td><td><p>Berlin, Germany</p></td></tr>"
            + "<tr><td>Hours:</td><td>Full-time</td></tr><tr><td>A</td><td>B</td><td>C</td></tr></table>"
        #expect(texts(html) == ["Location: Berlin, Germany", "Hours: Full-time", "A | B | C"])
    }

    @Test("Word list paragraphs lose their typed bullet")
    func wordLists() {
        let html = """
            <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>\
            <span style='mso-list:Ignore'>&middot;<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span>\
            <![endif]>Order supplies<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'>\
            <span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Paper<o:p></o:p></p>
            <p class=MsoNormal>o no bullet here</p>
            """
        let lines = HTMLReader.read(html).filter { $0.kind != .blank }
        #expect(lines.map(\.text) == ["Order supplies", "Paper", "o no bullet here"])
        #expect(lines.map(\.isItem) == [true, true, false])
    }

    @Test("a whole ATS-style page imports")
    func atsPage() throws {
        let html = """
            <div class="content"><p><strong>Job Title:</strong> Payroll Specialist</p>
            <p><strong><span style="font-size:12pt">Key Responsibilities</span></strong></p>
            <ul><li><span>Run the <strong>bi-weekly</strong> payroll for 1,200 employees.</span></li>
            <li><span>Reconcile payroll accounts&nbsp;&amp; taxes.</span></li></ul>
            <p><b>Skills and Requirements</b></p><ul><li>3+ years of payroll experience</li></ul></div>
            """
        let document = try Importer.parse(html).document
        #expect(document.title == "Payroll Specialist")
        #expect(document.responsibilities == ["Run the bi-weekly payroll for 1,200 employees.", "Reconcile payroll accounts & taxes."])
        #expect(document.requirements == ["3+ years of payroll experience"])
    }

    @Test("two line breaks separate paragraphs")
    func doubleBreak() {
        let lines = HTMLReader.read("<div>One<br>Two<br><br>Three</div>")
        #expect(lines.map(\.kind) == [.text, .text, .blank, .text])
    }
}
