/// ASCII byte constants and classes for the readers that work on UTF-8 bytes.
enum Byte {
    /// `<`
    static let lessThan = UInt8(ascii: "<")
    /// `>`
    static let greaterThan = UInt8(ascii: ">")
    /// `/`
    static let slash = UInt8(ascii: "/")
    /// `!`
    static let exclamation = UInt8(ascii: "!")
    /// `?`
    static let question = UInt8(ascii: "?")
    /// `=`
    static let equals = UInt8(ascii: "=")
    /// ` `
    static let space = UInt8(ascii: " ")
    /// `"`
    static let doubleQuote = UInt8(ascii: "\"")
    /// `'`
    static let singleQuote = UInt8(ascii: "'")
    /// `&`
    static let ampersand = UInt8(ascii: "&")
    /// `;`
    static let semicolon = UInt8(ascii: ";")
    /// `#`
    static let hash = UInt8(ascii: "#")
    /// `:`
    static let colon = UInt8(ascii: ":")

    /// An ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// An ASCII digit.
    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// A character of a tag name, including the `:` of Word's `o:p`.
    static func isNameCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == colon || byte == UInt8(ascii: "-")
    }

    /// HTML whitespace: space, tab, line feed, form feed, carriage return.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    /// The ASCII lowercase form of `byte`.
    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
