/// What the scanner needs to know about one byte of normalized text (see ``TextScanner``).
struct ByteClass: OptionSet, Sendable {
    /// The bits.
    let rawValue: UInt8

    /// Part of a word: ASCII letters and any non-ASCII letter or digit (normalized to ``TextScanner/otherLetter``).
    static let letter = ByteClass(rawValue: 1 << 0)
    /// ASCII digits.
    static let digit = ByteClass(rawValue: 1 << 1)
    /// Spaces and tabs.
    static let space = ByteClass(rawValue: 1 << 2)
    /// Line breaks end a sentence.
    static let newline = ByteClass(rawValue: 1 << 3)
    /// `.`, `!` and `?`.
    static let terminator = ByteClass(rawValue: 1 << 4)
    /// `'` (curly apostrophes are normalized to it).
    static let apostrophe = ByteClass(rawValue: 1 << 5)
    /// `-` (Unicode hyphens are normalized to it).
    static let hyphen = ByteClass(rawValue: 1 << 6)
    /// Characters gender-decoder replaces with spaces before it splits words (``GenderCodedStems``), so a word after
    /// one of them starts a new word there too.
    static let wordBreak = ByteClass(rawValue: 1 << 7)

    /// What a token is made of.
    static let wordCharacter: ByteClass = [.letter, .digit]

    /// The class of every byte value, indexed by the byte.
    static let table: [ByteClass] = {
        var table = [ByteClass](repeating: [], count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = .letter }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = .letter }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = .digit }
        table[Int(TextScanner.otherLetter)] = .letter
        table[Int(UInt8(ascii: " "))] = .space
        table[Int(UInt8(ascii: "\t"))] = .space
        table[Int(UInt8(ascii: "\n"))] = .newline
        table[Int(UInt8(ascii: "\r"))] = .newline
        table[Int(UInt8(ascii: "-"))] = .hyphen
        for character in ".!?" { table[Int(character.asciiValue!)] = [.terminator, .wordBreak] }
        table[Int(UInt8(ascii: "'"))] = [.apostrophe, .wordBreak]
        // gender-decoder's separators: . , " < > * ? ! [ ] @ ' : ; ( ) / & and the dashes it turns into hyphens.
        for character in ",\"<>*[]@:;()/&" { table[Int(character.asciiValue!)] = .wordBreak }
        table[Int(TextScanner.dash)] = .wordBreak
        return table
    }()
}
