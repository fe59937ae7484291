/// The words around flagged tokens `first...last` of the string just scanned, for choosing a replacement that fits
/// the sentence. Neighbours count only when they are in the same sentence with nothing but spaces between.
struct WordContext {
    let scanner: TextScanner
    /// The first and last flagged token.
    let first: Int
    let last: Int

    /// The token right before the flagged ones, if it is a neighbour.
    var previous: Int? {
        guard first > 0, isNeighbour(first - 1, first) else { return nil }
        return first - 1
    }

    /// The token right after the flagged ones, if it is a neighbour.
    var next: Int? {
        guard last + 1 < scanner.tokens.count, isNeighbour(last, last + 1) else { return nil }
        return last + 1
    }

    /// The normalized (lowercase) word of token `index`.
    func word(_ index: Int) -> String {
        String(decoding: scanner.word(scanner.tokens[index]), as: UTF8.self)
    }

    /// The word after the flagged ones, if it is a neighbour.
    var nextWord: String? { next.map(word) }

    /// The word before the flagged ones, if it is a neighbour.
    var previousWord: String? { previous.map(word) }

    /// Whether a determiner or object pronoun follows: the flagged word is a verb with an object ("lead the team").
    var isBeforeObject: Bool {
        nextWord.map { WordClasses.determiners.contains($0) || WordClasses.objectPronouns.contains($0) } ?? false
    }

    /// Whether a content word follows: the flagged word describes it ("leading provider", "rockstar developer").
    /// Adverbs ("make decisions quickly") are not content words here.
    var isBeforeContentWord: Bool {
        nextWord.map { !WordClasses.functionWords.contains($0) && !VerbAgreement.isAdverb($0) } ?? false
    }

    /// Whether a determiner comes right before ("a challenge", "the lead role").
    var isAfterDeterminer: Bool {
        previousWord.map(WordClasses.determiners.contains) ?? false
    }

    /// Whether the flagged words are part of a longer hyphenated word ("battle-tested", "results-driven"): replacing
    /// them alone would break it.
    var isInsideCompound: Bool {
        let tokens = scanner.tokens
        return tokens[first].flags.contains(.joinedByHyphen) || (last + 1 < tokens.count && tokens[last + 1].flags.contains(.joinedByHyphen))
    }

    /// Whether the flagged words start a sentence or list item.
    var startsSentence: Bool {
        scanner.tokens[first].flags.contains(.sentenceStart)
    }

    private func isNeighbour(_ left: Int, _ right: Int) -> Bool {
        let tokens = scanner.tokens
        guard !tokens[right].flags.contains(.sentenceStart) else { return false }
        return scanner.bytes[tokens[left].end..<tokens[right].start].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}
