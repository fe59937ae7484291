/// The text of one line being collected from markup (HTML, Word XML), with the boldness of every byte, so the finished
/// line knows whether it is all bold (a heading when it stands alone) or starts with bold words (a label).
///
/// Runs of whitespace collapse to one space; no-break spaces and C1 controls are spacing; soft hyphens, zero-width
/// characters and byte-order marks vanish.
struct StyledLineBuffer {
    /// The UTF-8 bytes collected so far.
    private(set) var bytes: [UInt8] = []
    private var boldMask: [Bool] = []
    /// Whether a space is due before the next text.
    var pendingSpace = false

    /// An empty buffer.
    init() {
        bytes.reserveCapacity(512)
        boldMask.reserveCapacity(512)
    }

    /// Whether no text has been collected.
    var isEmpty: Bool { bytes.isEmpty }

    /// Appends the character data `range` of `source`, decoding character references.
    mutating func appendText(_ source: [UInt8], _ range: Range<Int>, bold: Bool) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = source[index]
            if byte < 0x80 {
                if byte > Byte.space, byte != Byte.ampersand {
                    // A run of plain ASCII text: append it in one go.
                    var runEnd = index + 1
                    while runEnd < end, source[runEnd] > Byte.space, source[runEnd] < 0x80, source[runEnd] != Byte.ampersand { runEnd += 1 }
                    appendRun(source[index..<runEnd], bold: bold)
                    index = runEnd
                } else if Byte.isWhitespace(byte) || byte < Byte.space || byte == 0x7F {
                    pendingSpace = true  // control characters read as spacing
                    index += 1
                } else if byte == Byte.ampersand, let entity = HTMLEntityDecoder.decode(source, at: index, end: end) {
                    append(entity.scalar, bold: bold)
                    index = entity.next
                } else {
                    append(byte, bold: bold)
                    index += 1
                }
                continue
            }
            // Non-ASCII: no-break and zero-width characters are spacing, not text.
            if byte == 0xC2, index + 1 < end, source[index + 1] == 0xA0 || source[index + 1] == 0xAD || source[index + 1] < 0xA0 {
                if source[index + 1] != 0xAD { pendingSpace = true }  // no-break space and C1 controls are spacing
                index += 2
                continue
            }
            if byte == 0xE2, index + 2 < end, source[index + 1] == 0x80, (0x80...0x8F).contains(source[index + 2]) {
                if source[index + 2] <= 0x8A { pendingSpace = true }
                index += 3
                continue
            }
            if byte == 0xEF, index + 2 < end, source[index + 1] == 0xBB, source[index + 2] == 0xBF {
                index += 3
                continue
            }
            append(byte, bold: bold)
            index += 1
        }
    }

    /// Appends one character, reading spacing and invisible characters as such.
    mutating func append(_ scalar: Unicode.Scalar, bold: Bool) {
        switch scalar.value {
        case 0x00...0x20, 0x7F...0xA0, 0x2000...0x200A, 0x202F, 0x205F:
            pendingSpace = true
        case 0xAD, 0x200B...0x200F, 0x2060, 0xFEFF:
            break
        default:
            for byte in UTF8.encode(scalar)! { append(byte, bold: bold) }
        }
    }

    /// Appends bytes that need no decoding.
    mutating func appendRun(_ run: some Collection<UInt8>, bold: Bool) {
        spaceIfPending(bold: bold)
        bytes.append(contentsOf: run)
        boldMask.append(contentsOf: repeatElement(bold, count: run.count))
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8, bold: Bool) {
        spaceIfPending(bold: bold)
        bytes.append(byte)
        boldMask.append(bold)
    }

    /// Replaces the bytes in `range` with plain (not bold) `replacement`.
    mutating func replace(_ range: Range<Int>, with replacement: [UInt8]) {
        bytes.replaceSubrange(range, with: replacement)
        boldMask.replaceSubrange(range, with: repeatElement(false, count: replacement.count))
    }

    /// The collected text as a line, or `nil` when there is none; the buffer is emptied either way.
    ///
    /// - Parameters:
    ///   - kind: the kind the markup gives the line (a heading, a list item); `nil` for prose, which becomes an item
    ///     when it starts with a typed list marker ("• ", "1. ").
    ///   - wordBullets: whether Word's `o` and `§` bullets count as markers.
    mutating func takeLine(kind: SourceLine.Kind?, wordBullets: Bool) -> SourceLine? {
        pendingSpace = false
        guard !bytes.isEmpty else { return nil }
        defer {
            bytes.removeAll(keepingCapacity: true)
            boldMask.removeAll(keepingCapacity: true)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var lineKind = kind ?? .text
        var content = text[...]
        if kind == nil || kind?.isItem == true, let match = ListMarker.match(content, wordBullets: wordBullets) {
            if kind == nil { lineKind = .item(marker: String(match.marker)) }
            content = match.rest
        }
        let contentStart = text.utf8.distance(from: text.utf8.startIndex, to: content.startIndex)
        var sawBold = false
        var sawPlain = false
        var leadEnd: Int?
        for index in contentStart..<bytes.count where bytes[index] != Byte.space {
            if boldMask[index] {
                sawBold = true
                if !sawPlain { leadEnd = index + 1 }
            } else {
                sawPlain = true
            }
        }
        var lead: String?
        if sawBold, sawPlain, let leadEnd {
            lead = String(decoding: bytes[contentStart..<leadEnd], as: UTF8.self)
        }
        return SourceLine(kind: lineKind, text: String(content), isBold: sawBold && !sawPlain, boldLead: lead)
    }

    private mutating func spaceIfPending(bold: Bool) {
        guard pendingSpace else { return }
        pendingSpace = false
        if !bytes.isEmpty {
            bytes.append(Byte.space)
            boldMask.append(bold)
        }
    }
}

extension SourceLine.Kind {
    /// Whether this is a list item.
    var isItem: Bool {
        if case .item = self { return true }
        return false
    }
}
