/// The state of the HTML reader: collects decoded text with its boldness into lines as tokens arrive.
struct HTMLLineBuilder {
    /// The lines read so far.
    private(set) var lines: [SourceLine] = []

    private let bytes: [UInt8]
    private var line = StyledLineBuffer()
    private var inline: [(name: String, bold: Bool)] = []
    private var headingLevel: Int?
    private var listDepth = 0
    private var cellDepth = 0
    private var cellCount = 0
    private var cellSeparator: Int?
    private var wordListParagraph = false

    /// A builder reading text from `bytes`, the input the tokens point into.
    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var bold: Bool { inline.last?.bold ?? false }

    /// Takes in the next token.
    mutating func handle(_ token: HTMLToken) {
        switch token {
        case .text(let range): appendText(range)
        case .start(let name, let attributes): start(name, attributes: attributes)
        case .end(let name): end(name)
        }
    }

    /// Ends the last line.
    mutating func finish() {
        flushLine()
        if lines.last?.kind == .blank { lines.removeLast() }
    }

    private mutating func start(_ name: String, attributes: Range<Int>) {
        guard let role = HTMLElements.roles[name] else { return }
        switch role {
        case .emphasis:
            let weight = StyleAttribute.boldness(bytes, attributes)
            let isStrong = name == "b" || name == "strong"
            inline.append((name, weight ?? (isStrong || bold)))
        case .heading(let level):
            boundary()
            headingLevel = level
        case .lineBreak:
            if headingLevel != nil || listDepth > 0 || cellDepth > 0 {
                line.pendingSpace = true
            } else if line.isEmpty {
                appendBlank()  // "<br><br>" separates paragraphs
            } else {
                flushLine()
            }
        case .listItem:
            flushLine()
            listDepth += 1
        case .list:
            boundary()
        case .row:
            boundary()
            cellCount = 0
            cellSeparator = nil
        case .cell:
            if cellCount > 0, !line.isEmpty {
                if cellCount == 1 { cellSeparator = line.bytes.count }
                line.pendingSpace = false
                line.appendRun(" |".utf8, bold: false)
                line.pendingSpace = true
            }
            cellCount += 1
            cellDepth += 1
        case .block:
            boundary()
            if name == "p" { wordListParagraph = StyleAttribute.isWordList(bytes, attributes) }
        }
    }

    private mutating func end(_ name: String) {
        guard let role = HTMLElements.roles[name] else { return }
        switch role {
        case .emphasis:
            if let index = inline.lastIndex(where: { $0.name == name }) { inline.removeSubrange(index...) }
        case .heading:
            flushLine()
            headingLevel = nil
            appendBlank()
        case .listItem:
            flushLine()
            listDepth = max(0, listDepth - 1)
        case .cell:
            cellDepth = max(0, cellDepth - 1)
        case .row:
            joinTwoCellRow()
            cellDepth = 0
            boundary()
        case .list, .block:
            boundary()
            if name == "p" { wordListParagraph = false }
        case .lineBreak:
            break
        }
    }

    /// Ends the paragraph, except inside a table cell (whose paragraphs are one cell) or a list item.
    private mutating func boundary() {
        if cellDepth > 0 {
            line.pendingSpace = true
            return
        }
        flushLine()
        if listDepth == 0 { appendBlank() }
    }

    /// A two-cell row is a label and its value ("Location | Denver"), so it reads as "Location: Denver".
    private mutating func joinTwoCellRow() {
        guard cellCount == 2, let separator = cellSeparator, separator > 0, separator + 2 <= line.bytes.count else { return }
        line.replace(separator..<(separator + 2), with: line.bytes[separator - 1] == Byte.colon ? [] : [Byte.colon])
    }

    private mutating func appendText(_ range: Range<Int>) {
        line.appendText(bytes, range, bold: bold)
    }

    private mutating func appendBlank() {
        if let last = lines.last, last.kind != .blank { lines.append(.blank) }
    }

    private mutating func flushLine() {
        let kind: SourceLine.Kind? = headingLevel.map { .heading(level: $0) } ?? (listDepth > 0 ? .item(marker: nil) : nil)
        if let finished = line.takeLine(kind: kind, wordBullets: wordListParagraph) { lines.append(finished) }
    }
}
