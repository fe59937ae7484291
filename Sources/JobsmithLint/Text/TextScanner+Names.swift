extension TextScanner {
    /// Whether tokens `left` and `right` are neighbours in one sentence: only spaces and at most one hyphen between.
    func adjacent(_ left: Int, _ right: Int) -> Bool {
        guard !tokens[right].flags.contains(.sentenceStart) else { return false }
        var hyphens = 0
        for byte in bytes[tokens[left].end..<tokens[right].start] {
            if byte == UInt8(ascii: "-") {
                hyphens += 1
            } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") {
                return false
            }
        }
        return hyphens <= 1
    }

    /// Whether token `index` of `text` (the string last scanned) is capitalized inside a sentence next to another
    /// capitalized word: part of a name or title written as one ("the Lead Nurse", "World Health Organization").
    /// With `orStartingSentence`, a capitalized word that starts a sentence before another one counts too
    /// ("Labour Code of …"); a word whose capital may only mark the start of a sentence does not otherwise.
    func isInCapitalizedName(_ index: Int, text: String, orStartingSentence: Bool = false) -> Bool {
        guard orStartingSentence || !tokens[index].flags.contains(.sentenceStart), Self.isCapitalized(tokens[index], in: text)
        else { return false }
        if index > 0, adjacent(index - 1, index), Self.isCapitalized(tokens[index - 1], in: text) { return true }
        return index + 1 < tokens.count && adjacent(index, index + 1) && Self.isCapitalized(tokens[index + 1], in: text)
    }

    private static func isCapitalized(_ token: Token, in text: String) -> Bool {
        let utf16 = text.utf16
        let unit = utf16[utf16.index(utf16.startIndex, offsetBy: token.start)]
        return unit >= UInt16(UInt8(ascii: "A")) && unit <= UInt16(UInt8(ascii: "Z"))
    }
}
