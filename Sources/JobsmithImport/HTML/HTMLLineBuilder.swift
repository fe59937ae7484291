/// The state of the HTML reader: collects decoded text with its boldness into lines as tokens arrive.
struct HTMLLineBuilder {
    /// The lines read so far.
    private(set) var lines: [SourceLine] = []

    private let bytes: [UInt8]
    private var buffer: [UInt8] = []
    private var boldMask: [Bool] = []
    private var pendingSpace = false
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
        buffer.reserveCapacity(512)
        boldMask.reserveCapacity(512)
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
                pendingSpace = true
            } else if buffer.isEmpty {
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
            if cellCount > 0, !buffer.isEmpty {
                if cellCount == 1 { cellSeparator = buffer.count }
                pendingSpace = false
                for byte in " |".utf8 { append(byte, bold: false) }
                pendingSpace = true
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
            pendingSpace = true
            return
        }
        flushLine()
        if listDepth == 0 { appendBlank() }
    }

    /// A two-cell row is a label and its value ("Location | Denver"), so it reads as "Location: Denver".
    private mutating func joinTwoCellRow() {
        guard cellCount == 2, let separator = cellSeparator, separator > 0, separator + 2 <= buffer.count else { return }
        let joiner: [UInt8] = buffer[separator - 1] == Byte.colon ? [] : [Byte.colon]
        buffer.replaceSubrange(separator..<(separator + 2), with: joiner)
        boldMask.replaceSubrange(separator..<(separator + 2), with: Array(repeating: false, count: joiner.count))
    }

    private mutating func appendText(_ range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        let bold = self.bold
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte > Byte.space, byte != Byte.ampersand {
                    // A run of plain ASCII text: append it in one go.
                    var runEnd = index + 1
                    while runEnd < end, bytes[runEnd] > Byte.space, bytes[runEnd] < 0x80, bytes[runEnd] != Byte.ampersand { runEnd += 1 }
                    appendRun(index..<runEnd, bold: bold)
                    index = runEnd
                } else if Byte.isWhitespace(byte) || byte < Byte.space || byte == 0x7F {
                    pendingSpace = true  // control characters read as spacing
                    index += 1
                } else if byte == Byte.ampersand, let entity = HTMLEntityDecoder.decode(bytes, at: index, end: end) {
                    append(entity.scalar, bold: bold)
                    index = entity.next
                } else {
                    append(byte, bold: bold)
                    index += 1
                }
                continue
            }
            // Non-ASCII: no-break and zero-width characters are spacing, not text.
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD || bytes[index + 1] < 0xA0 {
                if bytes[index + 1] != 0xAD { pendingSpace = true }  // no-break space and C1 controls are spacing
                index += 2
                continue
            }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, (0x80...0x8F).contains(bytes[index + 2]) {
                if bytes[index + 2] <= 0x8A { pendingSpace = true }
                index += 3
                continue
            }
            if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                index += 3
                continue
            }
            append(byte, bold: bold)
            index += 1
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, bold: Bool) {
        switch scalar.value {
        case 0x00...0x20, 0x7F...0xA0, 0x2000...0x200A, 0x202F, 0x205F:
            pendingSpace = true
        case 0xAD, 0x200B...0x200F, 0x2060, 0xFEFF:
            break
        default:
            for byte in UTF8.encode(scalar)! { append(byte, bold: bold) }
        }
    }

    private mutating func appendRun(_ range: Range<Int>, bold: Bool) {
        if pendingSpace {
            pendingSpace = false
            if !buffer.isEmpty {
                buffer.append(Byte.space)
                boldMask.append(bold)
            }
        }
        buffer.append(contentsOf: bytes[range])
        boldMask.append(contentsOf: repeatElement(bold, count: range.count))
    }

    private mutating func append(_ byte: UInt8, bold: Bool) {
        if pendingSpace {
            pendingSpace = false
            if !buffer.isEmpty {
                buffer.append(Byte.space)
                boldMask.append(bold)
            }
        }
        buffer.append(byte)
        boldMask.append(bold)
    }

    private mutating func appendBlank() {
        if let last = lines.last, last.kind != .blank { lines.append(.blank) }
    }

    private mutating func flushLine() {
        pendingSpace = false
        guard !buffer.isEmpty else { return }
        defer {
            buffer.removeAll(keepingCapacity: true)
            boldMask.removeAll(keepingCapacity: true)
        }
        let text = String(decoding: buffer, as: UTF8.self)
        var kind = SourceLine.Kind.text
        var content = text[...]
        if let headingLevel {
            kind = .heading(level: headingLevel)
        } else {
            let match = ListMarker.match(content, wordBullets: wordListParagraph)
            if listDepth > 0 {
                kind = .item(marker: nil)
            } else if let match {
                kind = .item(marker: String(match.marker))
            }
            if let match { content = match.rest }
        }
        let contentStart = text.utf8.distance(from: text.utf8.startIndex, to: content.startIndex)
        var sawBold = false
        var sawPlain = false
        var leadEnd: Int?
        for index in contentStart..<buffer.count where buffer[index] != Byte.space {
            if boldMask[index] {
                sawBold = true
                if !sawPlain { leadEnd = index + 1 }
            } else {
                sawPlain = true
            }
        }
        var lead: String?
        if sawBold, sawPlain, let leadEnd {
            lead = String(decoding: buffer[contentStart..<leadEnd], as: UTF8.self)
        }
        lines.append(SourceLine(kind: kind, text: String(content), isBold: sawBold && !sawPlain, boldLead: lead))
    }
}
