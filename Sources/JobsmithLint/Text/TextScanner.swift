/// Turns a string into normalized bytes and tokens, once per checked string; every check then works on these.
///
/// ``bytes`` holds one byte per UTF-16 code unit of the string, so a byte index is also a JavaScript-compatible
/// offset: ASCII is lowercased, curly quotes become straight ones, Unicode hyphens become `-`, dashes become
/// ``dash``, other letters and digits become ``otherLetter`` and everything else becomes ``otherSymbol`` or a space.
/// The buffers are reused between strings, so a lint allocates them once.
struct TextScanner {
    /// Stands for any non-ASCII letter or digit.
    static let otherLetter: UInt8 = 0x80
    /// Stands for en and em dashes, which separate words.
    static let dash: UInt8 = 0x01
    /// Stands for any other non-ASCII character.
    static let otherSymbol: UInt8 = 0x02

    private(set) var bytes: [UInt8] = []
    private(set) var tokens: [Token] = []

    /// Scans `text`, replacing the previous string's bytes and tokens.
    mutating func scan(_ text: String) {
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        var text = text
        if text.utf8.withContiguousStorageIfAvailable({ normalize($0) }) == nil {
            text.makeContiguousUTF8()
            text.utf8.withContiguousStorageIfAvailable { normalize($0) }
        }
        tokenize()
    }

    /// The token's normalized bytes, for comparisons with ASCII word lists.
    func word(_ token: Token) -> ArraySlice<UInt8> {
        bytes[token.start..<token.end]
    }

    /// Whether `token` is a number: digits, or an English number word from one to twenty.
    func number(_ token: Token) -> Int? {
        if token.flags.contains(.numeric) {
            guard token.length <= 4 else { return nil }
            var value = 0
            for byte in word(token) { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
            return value
        }
        return bytes.withUnsafeBufferPointer { bytes in
            Self.numberWords.exact(bytes, from: token.start, end: token.end).map(Int.init)
        }
    }

    /// Whether `token` is exactly `word` (lowercase ASCII).
    func token(_ token: Token, is word: StaticString) -> Bool {
        guard token.length == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { self.word(token).elementsEqual($0) }
    }

    private static let numberWords = ByteTrie(
        [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
            "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ].enumerated().map { ($0.element, Int32($0.offset + 1)) }
    )

    private mutating func normalize(_ utf8: UnsafeBufferPointer<UInt8>) {
        // UTF-16 never needs more code units than UTF-8 needs bytes, so the buffer is sized once and then trimmed.
        bytes.append(contentsOf: repeatElement(0, count: utf8.count))
        let written = bytes.withUnsafeMutableBufferPointer { output in
            var index = 0
            var written = 0
            let count = utf8.count
            while index < count {
                let lead = utf8[index]
                if lead < 0x80 {
                    output[written] = lead &- UInt8(ascii: "A") < 26 ? lead | 0x20 : lead
                    written += 1
                    index += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length where index + offset < count {
                    value = value << 6 | UInt32(utf8[index + offset] & 0x3F)
                }
                index += length
                let normalized = Self.normalize(scalar: value)
                output[written] = normalized
                written += 1
                if value >= 0x10000 {
                    output[written] = normalized
                    written += 1
                }
            }
            return written
        }
        bytes.removeLast(bytes.count - written)
    }

    private static func normalize(scalar value: UInt32) -> UInt8 {
        switch value {
        case 0x2018, 0x2019, 0x02BC: return UInt8(ascii: "'")
        case 0x201C, 0x201D: return UInt8(ascii: "\"")
        case 0x2010, 0x2011: return UInt8(ascii: "-")
        case 0x2013, 0x2014, 0x2015, 0x2212: return dash
        case 0x2026: return UInt8(ascii: ".")
        case 0x0085, 0x2028, 0x2029: return UInt8(ascii: "\n")
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return UInt8(ascii: " ")
        default:
            guard let scalar = Unicode.Scalar(value) else { return otherSymbol }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType != nil ? otherLetter : otherSymbol
        }
    }

    private mutating func tokenize() {
        ByteClass.table.withUnsafeBufferPointer { table in
            bytes.withUnsafeBufferPointer { bytes in
                let count = bytes.count
                var index = 0
                var sentenceBreak = true
                var previousEnd = -1
                while index < count {
                    let byteClass = table[Int(bytes[index])]
                    if !byteClass.isDisjoint(with: .wordCharacter) {
                        let start = index
                        var numeric = true
                        while index < count {
                            let current = table[Int(bytes[index])]
                            if current.contains(.digit) {
                                index += 1
                            } else if current.contains(.letter) {
                                numeric = false
                                index += 1
                            } else if current.contains(.apostrophe), index + 1 < count,
                                !table[Int(bytes[index + 1])].isDisjoint(with: .wordCharacter)
                            {
                                numeric = false
                                index += 1
                            } else {
                                break
                            }
                        }
                        var flags: Token.Flags = []
                        if sentenceBreak { flags.insert(.sentenceStart) }
                        if numeric { flags.insert(.numeric) }
                        if start >= 2, previousEnd == start - 1, bytes[start - 1] == UInt8(ascii: "-") { flags.insert(.joinedByHyphen) }
                        if start == 0 || !table[Int(bytes[start - 1])].isDisjoint(with: [.space, .newline, .wordBreak, .hyphen]) {
                            flags.insert(.decoderWordStart)
                        }
                        tokens.append(Token(start: start, end: index, flags: flags))
                        previousEnd = index
                        sentenceBreak = false
                        continue
                    }
                    if byteClass.contains(.newline) {
                        sentenceBreak = true
                    } else if byteClass.contains(.terminator), !sentenceBreak, endsSentence(at: index, bytes: bytes, table: table) {
                        sentenceBreak = true
                    }
                    index += 1
                }
            }
        }
    }

    /// Whether the terminator at `index` ends a sentence: it is followed by a space, a closing mark or the end, and
    /// it does not close an abbreviation such as "e.g." or an initial.
    private func endsSentence(at index: Int, bytes: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<ByteClass>) -> Bool {
        var next = index + 1
        while next < bytes.count, bytes[next] == UInt8(ascii: "\"") || bytes[next] == UInt8(ascii: ")") || bytes[next] == UInt8(ascii: "'") {
            next += 1
        }
        if next < bytes.count, table[Int(bytes[next])].isDisjoint(with: [.space, .newline]) { return false }
        guard bytes[index] == UInt8(ascii: "."), let last = tokens.last, last.end == index else { return true }
        if last.length == 1 && !last.flags.contains(.numeric) { return false }
        guard last.length <= 6 else { return true }
        let word = bytes[last.start..<last.end]
        return !Self.abbreviations.contains { $0.elementsEqual(word) }
    }

    private static let abbreviations: [[UInt8]] = [
        "etc", "vs", "approx", "incl", "inc", "ltd", "co", "mr", "mrs", "ms", "dr", "jr", "sr", "st", "no", "dept", "esp",
    ]
    .map { Array($0.utf8) }
}
