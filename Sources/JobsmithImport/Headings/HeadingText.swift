/// Normalizes heading and label text for matching: lowercase, accents folded (ü → u, ß → ss), apostrophes dropped,
/// `&` and `+` read as "and", other punctuation as spaces, spaces collapsed, leading numbering dropped.
enum HeadingText {
    /// The normalized form of `text`, e.g. "what youll do" for "What You’ll Do:".
    static func normalize<S: StringProtocol>(_ text: S) -> String {
        let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII { return normalizeASCII(text.utf8) }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func word(_ value: String) {
            if !out.isEmpty { out += " " }
            out += value
            pendingSpace = true
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "'", "’", "‘", "`", "´", "ʼ":
                continue
            case "&", "+":
                word("and")
            default:
                let properties = scalar.properties
                guard properties.isAlphabetic || properties.numericType != nil else {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, !out.isEmpty { out += " " }
                pendingSpace = false
                if scalar.isASCII {
                    out.unicodeScalars.append(Unicode.Scalar(UInt8(ascii: scalar) | (properties.isUppercase ? 0x20 : 0)))
                } else {
                    out += fold(properties.lowercaseMapping)
                }
            }
        }
        return dropNumbering(out)
    }

    /// The same normalization for ASCII text, on bytes.
    private static func normalizeASCII(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if pendingSpace, !out.isEmpty { out.append(Byte.space) }
            pendingSpace = false
            out.append(byte)
        }
        for byte in bytes {
            if Byte.isLetter(byte) || Byte.isDigit(byte) {
                append(Byte.lowercased(byte))
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") {
                continue
            } else if byte == Byte.ampersand || byte == UInt8(ascii: "+") {
                pendingSpace = true
                for letter in "and".utf8 { append(letter) }
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        return dropNumbering(String(decoding: out, as: UTF8.self))
    }

    /// "1 responsibilities" (from "1. Responsibilities") → "responsibilities".
    private static func dropNumbering(_ text: String) -> String {
        guard let space = text.firstIndex(of: " ") else { return text }
        let first = text[..<space]
        if first.allSatisfy(\.isNumber) || ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains(first) {
            return String(text[text.index(after: space)...])
        }
        return text
    }

    private static func fold(_ lowercase: String) -> String {
        var out = ""
        for scalar in lowercase.unicodeScalars {
            if let base = accents[scalar] {
                out += base
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static let accents: [Unicode.Scalar: String] = [
        "à": "a", "á": "a", "â": "a", "ã": "a", "ä": "a", "å": "a", "ā": "a", "ą": "a", "æ": "ae", "ç": "c", "ć": "c",
        "č": "c", "ď": "d", "ð": "d", "è": "e", "é": "e", "ê": "e", "ë": "e", "ē": "e", "ę": "e", "ě": "e", "ğ": "g",
        "ì": "i", "í": "i", "î": "i", "ï": "i", "ı": "i", "ł": "l", "ñ": "n", "ń": "n", "ň": "n", "ò": "o", "ó": "o",
        "ô": "o", "õ": "o", "ö": "o", "ø": "o", "ő": "o", "œ": "oe", "ř": "r", "ś": "s", "š": "s", "ş": "s", "ß": "ss",
        "ť": "t", "þ": "th", "ù": "u", "ú": "u", "û": "u", "ü": "u", "ū": "u", "ů": "u", "ű": "u", "ý": "y", "ÿ": "y",
        "ź": "z", "ż": "z", "ž": "z",
    ]
}
