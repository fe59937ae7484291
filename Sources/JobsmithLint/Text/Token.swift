/// A run of letters and digits (with inner apostrophes, as in "driver's") in a scanned string. Offsets are UTF-16
/// offsets into the original string, which are also indexes into ``TextScanner/bytes``.
struct Token: Sendable {
    /// UTF-16 offset of the first character.
    var start: Int
    /// UTF-16 offset just after the last character.
    var end: Int
    /// Facts about the token.
    var flags: Flags

    /// Facts about a token the checks ask for often.
    struct Flags: OptionSet, Sendable {
        /// The bits.
        let rawValue: UInt8
        /// Follows the previous token after exactly one hyphen ("self-starter"): both are one word for readability.
        static let joinedByHyphen = Flags(rawValue: 1 << 0)
        /// Starts a sentence (or a list item).
        static let sentenceStart = Flags(rawValue: 1 << 1)
        /// Only digits.
        static let numeric = Flags(rawValue: 1 << 2)
        /// Starts where gender-decoder would start a word: at the start of the text or after a separator.
        static let decoderWordStart = Flags(rawValue: 1 << 3)
    }

    /// Characters (UTF-16 code units).
    var length: Int { end - start }
}
