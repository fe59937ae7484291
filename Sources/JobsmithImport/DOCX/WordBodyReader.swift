/// Reads the body of a Word document (`word/document.xml`) into ``SourceLine``s.
///
/// Paragraphs in heading styles (or with an outline level) become headings; paragraphs with list numbering, directly or
/// through their style, become items with their marker; other paragraphs are prose, bold when every run is bold, with
/// a bold lead when they start with bold words. Tables of labelled facts ("Location | Boston, MA") read as
/// "Location: Boston, MA"; other tables read cell by cell. Deleted text, field instructions, hidden text and the
/// fallback copies of text boxes are left out; headers, footers, comments and notes live in other parts and are never
/// read.
struct WordBodyReader {
    /// The lines read so far.
    private(set) var lines: [SourceLine] = []

    private var scanner: XMLScanner
    private let styles: WordStyles
    private var numbering: WordNumbering
    private var names: WordNames?
    /// Open paragraphs, innermost last (a text box holds paragraphs inside a paragraph).
    private var paragraphs: [Paragraph] = []
    /// Open tables, innermost last.
    private var tables: [Table] = []
    private var run = Run()
    private var inRun = false
    private var inText = false
    private var inParagraphProperties = false
    private var inRunProperties = false
    private var inNumbering = false

    /// A paragraph being read.
    private struct Paragraph {
        var style: String?
        var outlineLevel: Int?
        var numbering: WordNumbering.Reference?
        var line = StyledLineBuffer()
        /// Lines ended by a line break inside the paragraph.
        var brokenLines: [SourceLine] = []
        /// What the paragraph is, settled once its properties are read.
        var kind: SourceLine.Kind?
    }

    /// The run being read: its direct formatting.
    private struct Run {
        var bold: Bool?
        var style: String?
        var hidden = false
    }

    /// A table being read: the cells of the current row, each a list of lines.
    private struct Table {
        var cells: [[SourceLine]] = []
        var inCell = false
    }

    /// A reader for the body XML `bytes`, with the document's styles and list definitions.
    init(xml bytes: [UInt8], styles: WordStyles, numbering: WordNumbering) {
        scanner = XMLScanner(bytes)
        self.styles = styles
        self.numbering = numbering
    }

    /// Reads the whole part.
    ///
    /// - Throws: what ``XMLScanner`` throws for a document type declaration or unterminated markup.
    mutating func read() throws(XMLScanner.Failure) {
        while let event = try scanner.next() {
            switch event {
            case .start(let name, let attributes, let empty):
                guard let (resolved, element) = WordNames.start(name, attributes: attributes, names: &names, in: scanner) else { continue }
                try start(element, attributes: attributes, empty: empty, names: resolved)
            case .end(let name):
                guard let element = names?.element(name, in: scanner) else { continue }
                end(element)
            case .text(let range):
                if inText, !run.hidden, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].line.appendText(scanner.bytes, range, bold: bold) }
            case .cdata(let range):
                if inText, !run.hidden, !paragraphs.isEmpty {
                    paragraphs[paragraphs.count - 1].line.appendRun(scanner.bytes[range], bold: bold)
                }
            }
        }
        if lines.last?.kind == .blank { lines.removeLast() }
    }

    /// Whether the current run's text is bold: its own formatting, else its character style, else the paragraph style.
    private var bold: Bool {
        run.bold ?? styles.bold(run.style) ?? styles.bold(paragraphs.last?.style ?? styles.defaultParagraphStyle) ?? false
    }

    private mutating func start(_ element: WordNames.Element, attributes: Range<Int>, empty: Bool, names: WordNames) throws(XMLScanner.Failure) {
        let value = scanner.attribute(names.val, in: attributes)
        switch element {
        case .del, .moveFrom, .delText, .instrText, .rPrChange, .pPrChange, .sectPr, .rt, .alternateFallback:
            // Deleted and moved-away text, field codes, earlier formatting, section settings, ruby guides and the
            // fallback copy of a text box (the same text again) are not content.
            if !empty { try scanner.skipElement() }
        case .p:
            paragraphs.append(Paragraph())
            if empty { end(.p) }
        case .pPr where inParagraph && !inRun:
            inParagraphProperties = !empty
            if empty { settleKind() }
        case .pStyle where inParagraphProperties:
            let style = value.map(scanner.string)
            updateParagraph { $0.style = style }
        case .outlineLvl where inParagraphProperties:
            let level = value.flatMap(scanner.integer)
            updateParagraph { $0.outlineLevel = level }
        case .numPr where inParagraphProperties:
            inNumbering = !empty
            updateParagraph { $0.numbering = $0.numbering ?? WordNumbering.Reference(numID: -1, level: 0) }
        case .numId where inNumbering:
            let id = value.flatMap(scanner.integer) ?? 0
            updateParagraph { $0.numbering?.numID = id }
        case .ilvl where inNumbering:
            let level = min(value.flatMap(scanner.integer) ?? 0, 8)
            updateParagraph { $0.numbering?.level = level }
        case .r:
            if inParagraph, paragraphs[paragraphs.count - 1].kind == nil { settleKind() }
            inRun = !empty
            run = Run()
        case .rPr where inRun:
            inRunProperties = !empty
        case .b where inRunProperties:
            run.bold = value.map { WordStyles.isOn(scanner.string($0)) } ?? true
        case .rStyle where inRunProperties:
            run.style = value.map(scanner.string)
        case .vanish where inRunProperties, .webHidden where inRunProperties:
            run.hidden = value.map { WordStyles.isOn(scanner.string($0)) } ?? true
        case .t:
            inText = !empty
        case .tab, .noBreakHyphen, .softHyphen:
            guard inRun, !run.hidden else { break }
            let bold = self.bold
            if element == .tab {
                updateParagraph { $0.line.pendingSpace = true }
            } else if element == .noBreakHyphen {
                updateParagraph { $0.line.append(UInt8(ascii: "-"), bold: bold) }
            }
        case .br, .cr:
            guard inParagraph else { break }
            let type = scanner.attribute(names.type, in: attributes).map(scanner.string)
            lineBreak(page: type == "page" || type == "column")
        case .tbl:
            tables.append(Table())
        case .tr:
            if !tables.isEmpty { tables[tables.count - 1].cells = [] }
        case .tc:
            guard !tables.isEmpty else { break }
            tables[tables.count - 1].cells.append([])
            tables[tables.count - 1].inCell = !empty
        default:
            break
        }
    }

    private mutating func end(_ element: WordNames.Element) {
        switch element {
        case .p: endParagraph()
        case .pPr:
            if inParagraphProperties {
                inParagraphProperties = false
                settleKind()
            }
        case .numPr: inNumbering = false
        case .r:
            inRun = false
            run = Run()
        case .rPr: inRunProperties = false
        case .t: inText = false
        case .tc:
            if !tables.isEmpty { tables[tables.count - 1].inCell = false }
        case .tr: endRow()
        case .tbl:
            if !tables.isEmpty {
                endRow()
                tables.removeLast()
            }
        default: break
        }
    }

    private var inParagraph: Bool { !paragraphs.isEmpty }

    /// Changes the innermost open paragraph; does nothing outside a paragraph (broken markup can put properties there).
    private mutating func updateParagraph(_ change: (inout Paragraph) -> Void) {
        guard let index = paragraphs.indices.last else { return }
        change(&paragraphs[index])
    }

    /// Decides, once its properties are known, whether the innermost paragraph is a heading, an item or prose.
    private mutating func settleKind() {
        guard inParagraph else { return }
        var paragraph = paragraphs[paragraphs.count - 1]
        guard paragraph.kind == nil else { return }
        let style = paragraph.style ?? styles.defaultParagraphStyle
        let heading: Int?
        if let outline = paragraph.outlineLevel {
            heading = outline < 9 ? min(outline + 1, 6) : nil
        } else {
            heading = styles.headingLevel(style)
        }
        // A paragraph's own numbering wins over its style's; numId 0 switches numbering off, and a level without a
        // numId refines the style's list.
        var reference = styles.numbering(style)
        if let direct = paragraph.numbering {
            if direct.numID >= 0 {
                reference = direct
            } else {
                reference?.level = direct.level
            }
        }
        if let heading {
            paragraph.kind = .heading(level: heading)
        } else if let reference, reference.numID > 0 {
            paragraph.kind = .item(marker: numbering.nextMarker(reference))
        } else {
            paragraph.kind = .text
        }
        paragraphs[paragraphs.count - 1] = paragraph
    }

    /// A line break: inside a heading or item it is a space; in prose it ends a line, and a page break a paragraph.
    private mutating func lineBreak(page: Bool) {
        guard let index = paragraphs.indices.last else { return }
        settleKind()
        guard paragraphs[index].kind == .text else {
            paragraphs[index].line.pendingSpace = true
            return
        }
        if let line = paragraphs[index].line.takeLine(kind: nil, wordBullets: true) { paragraphs[index].brokenLines.append(line) }
        if page { paragraphs[index].brokenLines.append(.blank) }
    }

    private mutating func endParagraph() {
        guard inParagraph else { return }
        inParagraphProperties = false
        inNumbering = false
        settleKind()
        var paragraph = paragraphs.removeLast()
        let kind = paragraph.kind ?? .text
        var finished = paragraph.brokenLines
        if let last = paragraph.line.takeLine(kind: kind == .text ? nil : kind, wordBullets: true) {
            finished.append(last)
        }
        guard !finished.isEmpty else {
            emit(.blank)
            return
        }
        // Prose stands apart from lists and other paragraphs, as a paragraph does; items follow each other.
        if !kind.isItem { emit(.blank) }
        for line in finished { emit(line) }
        if !kind.isItem { emit(.blank) }
    }

    /// Ends a table row: a row of short cells reads as one line ("Location: Boston, MA" for two cells, cells joined
    /// with " | " for more); a row with longer cells reads cell by cell.
    private mutating func endRow() {
        guard !tables.isEmpty else { return }
        let cells = tables[tables.count - 1].cells.map { $0.filter { $0.kind != .blank } }.filter { !$0.isEmpty }
        tables[tables.count - 1].cells = []
        guard !cells.isEmpty else { return }
        if cells.count >= 2, cells.allSatisfy({ $0.count == 1 && !$0[0].isItem }) {
            let texts = cells.map { $0[0].text }
            let text =
                cells.count == 2
                ? (texts[0].hasSuffix(":") ? texts.joined(separator: " ") : texts.joined(separator: ": ")) : texts.joined(separator: " | ")
            let lead = cells.count == 2 && cells[0][0].isBold && !cells[1][0].isBold ? texts[0] : nil
            emit(SourceLine(kind: .text, text: text, boldLead: lead))
            emit(.blank)
            return
        }
        for cell in cells {
            for line in cell { emit(line) }
            emit(.blank)
        }
    }

    /// Adds a line to the innermost open table cell, or to the document.
    private mutating func emit(_ line: SourceLine) {
        if let index = tables.lastIndex(where: \.inCell), !tables[index].cells.isEmpty {
            tables[index].cells[tables[index].cells.count - 1].append(line)
            return
        }
        if line.kind == .blank, lines.isEmpty || lines.last?.kind == .blank { return }
        lines.append(line)
    }
}
