/// Text that can replace UTF-16 `start..<end` of a checked string as it stands: a one-click fix.
struct Replacement: Equatable, Sendable {
    /// UTF-16 offset of the replaced text.
    var start: Int
    /// UTF-16 end offset (exclusive).
    var end: Int
    /// The new text.
    var text: String

    /// `word` in place of `text[start..<end]` (the flagged tokens of `context`), fitted to the sentence: written in
    /// the case of what it replaces, and with an "a" or "an" right before it corrected ("an aggressive" → "a bold").
    static func fitted(_ word: String, replacing start: Int, _ end: Int, in text: String, context: WordContext) -> Replacement {
        let original = text.utf16Slice(start, end)
        var replacement = Replacement(start: start, end: end, text: LetterCase(of: original, startsSentence: context.startsSentence).apply(to: word))
        if let previous = context.previous, let article = ["a", "an"].first(where: { $0 == context.word(previous) }) {
            let wanted = EnglishArticle.article(for: word)
            if wanted != article {
                let token = context.scanner.tokens[previous]
                let written = text.utf16Slice(token.start, token.end)
                let gap = text.utf16Slice(token.end, start)
                replacement.start = token.start
                replacement.text = LetterCase(of: written, startsSentence: context.startsSentence).apply(to: wanted) + gap + replacement.text
            }
        }
        return replacement
    }
}

/// How a replaced word was written, so its replacement is written alike.
enum LetterCase {
    case lower, capitalized, upper

    /// The case of `original`. Short all-capital words are acronyms ("OCD"): their replacement is an ordinary word,
    /// capitalized only at the start of a sentence.
    init(of original: String, startsSentence: Bool) {
        let letters = original.filter(\.isLetter)
        guard let first = letters.first, first.isUppercase else {
            self = .lower
            return
        }
        if letters.count > 1, letters.allSatisfy(\.isUppercase) {
            self = letters.count > 3 ? .upper : startsSentence ? .capitalized : .lower
        } else {
            self = .capitalized
        }
    }

    /// `text` (lowercase) in this case.
    func apply(to text: String) -> String {
        switch self {
        case .lower: text
        case .capitalized: text.prefix(1).uppercased() + text.dropFirst()
        case .upper: text.uppercased()
        }
    }
}
