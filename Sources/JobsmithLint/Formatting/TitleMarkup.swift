/// HTML and Markdown markup typed into a title, and the title without it. Job boards show a title as typed, so
/// `<b>Senior</b> Engineer` or `**Senior** Engineer` would be published with its tags and asterisks.
struct TitleMarkup: Equatable {
    /// The pieces of markup found, as typed, in order (at most a few, for the message).
    var pieces: [String]
    /// Whether any piece is HTML (a tag or an entity).
    var hasHTML: Bool
    /// Whether any piece is Markdown.
    var hasMarkdown: Bool
    /// The title without the markup: tags and emphasis markers removed, entities decoded, links reduced to their text.
    var plainText: String

    /// The markup in `title`, or `nil` when it has none.
    init?(_ title: String) {
        // Most titles have none of the characters markup needs; they cost one pass over the bytes.
        guard title.utf8.contains(where: { Self.markupBytes.contains($0) }) else { return nil }
        var parser = Parser(Array(title))
        parser.run()
        guard !parser.pieces.isEmpty else { return nil }
        pieces = Array(parser.pieces.prefix(Self.piecesShown))
        hasHTML = parser.hasHTML
        hasMarkdown = parser.hasMarkdown
        plainText = parser.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// How many pieces a message quotes.
    static let piecesShown = 3

    private static let markupBytes: Set<UInt8> = Set("<&*_`#[~->+!".utf8)

    /// A single pass over the characters that copies text and drops markup.
    private struct Parser {
        let characters: [Character]
        var index = 0
        var output = ""
        var pieces: [String] = []
        var hasHTML = false
        var hasMarkdown = false
        /// Closing emphasis markers, dropped when the scan reaches them.
        private var dropped: Set<Int> = []

        init(_ characters: [Character]) {
            self.characters = characters
        }

        mutating func run() {
            skipLineMarker()
            while index < characters.count {
                if dropped.contains(index) {
                    index += 1
                    continue
                }
                if tag() || entity() || link() || emphasis() { continue }
                output.append(characters[index])
                index += 1
            }
        }

        /// A leading Markdown heading (`## `), list (`- `, `* `, `+ `) or quote (`> `) marker.
        private mutating func skipLineMarker() {
            var position = 0
            while position < characters.count, characters[position] == " " { position += 1 }
            let start = position
            if position < characters.count, characters[position] == "#" {
                while position < characters.count, characters[position] == "#", position - start < 6 { position += 1 }
            } else if position < characters.count, "-*+>".contains(characters[position]) {
                position += 1
            } else {
                return
            }
            guard position < characters.count, characters[position] == " " else { return }
            record(String(characters[start..<position]), html: false)
            index = position + 1
        }

        /// `<b>`, `</span>`, `<br/>`, `<a href="…">`: a tag name after `<` or `</`, up to the next `>`.
        private mutating func tag() -> Bool {
            guard characters[index] == "<" else { return false }
            var position = index + 1
            if position < characters.count, characters[position] == "/" { position += 1 }
            guard position < characters.count, characters[position].isASCII, characters[position].isLetter else { return false }
            while position < characters.count, characters[position] != ">", characters[position] != "<", position - index < 200 {
                position += 1
            }
            guard position < characters.count, characters[position] == ">" else { return false }
            let name = characters[index + 1...position].drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
            guard !name.isEmpty, name.allSatisfy(\.isASCII) else { return false }
            record(String(characters[index...position]), html: true)
            // A line break or block element separates words; inline tags do not.
            if Self.blockTags.contains(String(name).lowercased()) { output.append(" ") }
            index = position + 1
            return true
        }

        /// `&amp;`, `&nbsp;`, `&#39;`, `&#x2014;`: decoded in the plain text.
        private mutating func entity() -> Bool {
            guard characters[index] == "&" else { return false }
            guard let end = characters[index...].prefix(12).firstIndex(of: ";") else { return false }
            let body = String(characters[index + 1..<end])
            let decoded: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                decoded = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if body.hasPrefix("#") {
                decoded = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = Self.namedEntities[body.lowercased()]
            }
            guard let decoded else { return false }
            record(String(characters[index...end]), html: true)
            output += decoded
            index = end + 1
            return true
        }

        /// `[text](url)` and `![text](url)`: the text stays.
        private mutating func link() -> Bool {
            let image = characters[index] == "!" && index + 1 < characters.count && characters[index + 1] == "["
            guard characters[index] == "[" || image else { return false }
            let open = image ? index + 1 : index
            guard let close = characters[open...].firstIndex(of: "]"), close + 1 < characters.count, characters[close + 1] == "(",
                let end = characters[(close + 1)...].firstIndex(of: ")")
            else { return false }
            record(String(characters[index...end]), html: false)
            output += String(characters[open + 1..<close])
            index = end + 1
            return true
        }

        /// `**bold**`, `__bold__`, `~~struck~~`, `*em*`, `_em_` and `` `code` ``: dropped when they come in pairs.
        private mutating func emphasis() -> Bool {
            let character = characters[index]
            guard "*_~`".contains(character) else { return false }
            var length = 1
            while index + length < characters.count, characters[index + length] == character, length < 2 { length += 1 }
            if character == "~", length < 2 { return false }
            let marker = Array(repeating: character, count: length)
            // An opening marker touches the text it wraps; a lone `_` inside a word (snake_case) is no marker.
            let next = index + length
            guard next < characters.count, !characters[next].isWhitespace else { return false }
            if character == "_", index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { return false }
            guard let close = closing(marker, from: next) else { return false }
            record(String(marker), html: false)
            dropped.formUnion(close..<close + length)
            index = next
            return true
        }

        /// The index of the marker that closes one opened just before `from`: the same marker, after text that does
        /// not end in a space (and, for `_`, not inside a word).
        private func closing(_ marker: [Character], from: Int) -> Int? {
            var position = from + 1
            while position + marker.count <= characters.count {
                let after = position + marker.count
                if characters[position..<after].elementsEqual(marker), !characters[position - 1].isWhitespace,
                    marker[0] != "_" || after == characters.count || !(characters[after].isLetter || characters[after].isNumber)
                {
                    return position
                }
                position += 1
            }
            return nil
        }

        private mutating func record(_ piece: String, html: Bool) {
            pieces.append(piece)
            if html { hasHTML = true } else { hasMarkdown = true }
        }

        static let blockTags: Set<String> = ["br", "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "tr", "td"]

        static let namedEntities: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—", "hellip": "…",
            "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "copy": "©", "reg": "®", "trade": "™",
        ]
    }
}
