import JobsmithDomain

extension StringProtocol {
    /// The string without trailing `character`s.
    func trimmingTrailing(_ character: Character) -> String {
        var result = String(self)
        while result.last == character { result.removeLast() }
        return result
    }

    /// The pieces between occurrences of `separator`, keeping empty pieces.
    func splitting(on separator: String) -> [Substring] {
        let text = Substring(self)
        guard let first = separator.first else { return [text] }
        var pieces: [Substring] = []
        var pieceStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == first, text[index...].hasPrefix(separator) {
                pieces.append(text[pieceStart..<index])
                index = text.index(index, offsetBy: separator.count)
                pieceStart = index
            } else {
                index = text.index(after: index)
            }
        }
        pieces.append(text[pieceStart...])
        return pieces
    }
}

extension String {
    /// The text shortened to 80 characters for quoting in a report warning.
    var quotedForReport: String {
        count <= 80 ? self : String(prefix(79)) + "…"
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (including no-break spaces). Like the domain's
    /// `trimmingWhitespace`, but it only looks at Unicode properties when an end is not ASCII, which keeps per-line
    /// trimming cheap.
    var trimmed: String {
        let text = Substring(self)
        let bytes = text.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] < 0x80, Byte.isWhitespace(bytes[start]) || bytes[start] == 0x0B { start = bytes.index(after: start) }
        while end > start {
            let last = bytes[bytes.index(before: end)]
            guard last < 0x80, Byte.isWhitespace(last) || last == 0x0B else { break }
            end = bytes.index(before: end)
        }
        let ascii = start == end || (bytes[start] < 0x80 && bytes[bytes.index(before: end)] < 0x80)
        let inner = text[start..<end]
        return ascii ? String(inner) : inner.trimmingWhitespace
    }
}
