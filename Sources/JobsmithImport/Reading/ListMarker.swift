/// Recognizes the list markers people type at the start of a line: bullets (`-`, `*`, `+`, `•`, `·`, `–` …),
/// numbers (`1.`, `1)`, `(1)`), letters (`a)`, `a.`) and small roman numerals (`iv)`).
enum ListMarker {
    /// Bullets that need a space after them, because they also start ordinary text (`-5 °C`, `*args`).
    private static let spacedBullets: Set<Character> = ["-", "*", "+", "–", "—", "o"]
    /// Bullets that never start ordinary text, so `•Item` is an item too. U+F0B7 and U+F0A7 are the private-use
    /// bullets Word writes with the Symbol and Wingdings fonts.
    private static let glyphBullets: Set<Character> = [
        "•", "·", "▪", "▫", "◦", "○", "●", "■", "□", "‣", "⁃", "➢", "➤", "►", "▶", "✓", "✔", "→", "♦", "❖", "§",
        "\u{F0B7}", "\u{F0A7}", "\u{F0D8}",
    ]
    /// Bullets only Word lists use; elsewhere `§` starts a legal reference.
    private static let wordOnlyBullets: Set<Character> = ["§", "\u{F0A7}", "\u{F0D8}", "o"]
    private static let romans: Set<Substring> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]

    /// The marker and the text after it, or `nil` when `line` (already trimmed) does not start with a list marker.
    ///
    /// - Parameters:
    ///   - line: a trimmed line.
    ///   - wordBullets: whether `o` and `§` count as bullets (Word writes them for nested and Wingdings lists).
    static func match(_ line: Substring, wordBullets: Bool = false) -> (marker: Substring, rest: Substring)? {
        guard let firstByte = line.utf8.first else { return nil }
        // Most lines start with a letter: decide those on bytes, without grapheme breaking.
        if firstByte < 0x80, firstByte != UInt8(ascii: "-"), firstByte != UInt8(ascii: "*"), firstByte != UInt8(ascii: "+"),
            !(wordBullets && firstByte == UInt8(ascii: "o"))
        {
            return ordered(line)
        }
        let first = line[line.startIndex]
        let afterFirst = line.index(after: line.startIndex)
        if glyphBullets.contains(first), wordBullets || !wordOnlyBullets.contains(first) {
            let rest = line[afterFirst...].trimmingLeadingSpaces
            return rest.isEmpty ? nil : (line[..<afterFirst], rest)
        }
        if spacedBullets.contains(first), wordBullets || !wordOnlyBullets.contains(first) {
            guard afterFirst < line.endIndex, line[afterFirst].isSpaceLike else { return nil }
            let rest = line[afterFirst...].trimmingLeadingSpaces
            return rest.isEmpty ? nil : (line[..<afterFirst], rest)
        }
        return nil
    }

    /// "1.", "1)", "(1)", "a)", "a.", "iv)" followed by a space.
    private static func ordered(_ line: Substring) -> (marker: Substring, rest: Substring)? {
        let bytes = line.utf8
        var index = bytes.startIndex
        let parenthesized = bytes[index] == UInt8(ascii: "(")
        if parenthesized { index = bytes.index(after: index) }
        let labelStart = index
        var length = 0
        var digits = 0
        var lowercase = 0
        while index < bytes.endIndex, length < 5 {
            let byte = bytes[index]
            if Byte.isDigit(byte) {
                digits += 1
            } else if Byte.isLetter(byte) {
                if byte >= UInt8(ascii: "a") { lowercase += 1 }
            } else {
                break
            }
            length += 1
            index = bytes.index(after: index)
        }
        guard length > 0, index < bytes.endIndex else { return nil }
        let label = line[labelStart..<index]
        let closer = bytes[index]
        let isNumber = digits == length && length <= 3
        let isLetter = length == 1 && digits == 0
        let isRoman = romans.contains(label)
        guard isNumber || isLetter || isRoman else { return nil }
        if parenthesized {
            guard closer == UInt8(ascii: ")") else { return nil }
        } else if closer == UInt8(ascii: ".") {
            // "a." is a marker, "A." may be an initial ("J. Smith"); roman numerals need ")".
            guard isNumber || (isLetter && lowercase == 1) else { return nil }
        } else if closer != UInt8(ascii: ")") {
            return nil
        }
        let markerEnd = bytes.index(after: index)
        guard markerEnd < bytes.endIndex, line[markerEnd].isSpaceLike else { return nil }
        let rest = line[markerEnd...].trimmingLeadingSpaces
        return rest.isEmpty ? nil : (line[..<markerEnd], rest)
    }
}

extension Character {
    /// A space, tab or no-break space.
    var isSpaceLike: Bool {
        self == " " || self == "\t" || self == "\u{A0}" || self == "\u{2007}" || self == "\u{202F}"
    }
}

extension Substring {
    /// The substring without leading spaces, tabs and no-break spaces.
    var trimmingLeadingSpaces: Substring {
        drop { $0.isSpaceLike }
    }
}
