/// Chooses the one-click replacement for a matched phrase so the sentence stays grammatical: a noun replacement
/// keeps the number of the word it replaces ("ninjas" → "experts"), a modifier is used before a noun ("rockstar
/// developer" → "skilled developer"), "they" takes a plural verb ("he has" → "they have"), "her" becomes "their" or
/// "them", and case and "a"/"an" follow the sentence. When no choice is safe there is no replacement.
enum PhraseReplacement {
    /// The replacement for tokens `first...last` of the string just scanned, matched by `phrase`.
    static func replacement(for phrase: PhraseRule.Phrase, first: Int, last: Int, scanner: TextScanner, text: String) -> Replacement? {
        guard let best = phrase.replacements.first else { return nil }
        let context = WordContext(scanner: scanner, first: first, last: last)
        guard !context.isInsideCompound else { return nil }
        let tokens = scanner.tokens
        let start = tokens[first].start
        let end = tokens[last].end
        let word: String
        switch phrase.grammar {
        case .subjectPronoun:
            return subject(best, start: start, end: end, text: text, context: context)
        case .objectOrPossessive(let object, let possessive):
            word = context.isBeforeContentWord ? possessive : object
        case .possessive(let standalone):
            word = context.next == nil || WordClasses.functionWords.contains(context.nextWord ?? "") ? standalone : best
        case .plain:
            let inflected = inflected(best, pattern: phrase.pattern, matched: context.word(last))
            if let modifier = phrase.modifier, context.isBeforeContentWord, inflected == best {
                // Only an uninflected word describes the next one: "rockstar developers", but "rockstars ship".
                word = modifier
            } else if let afterDeterminer = phrase.afterDeterminer, context.isAfterDeterminer {
                word = afterDeterminer
            } else if best.contains("$") {
                word = PhraseRule.Phrase.filled(best, (first...last).map { text.utf16Slice(tokens[$0].start, tokens[$0].end) })
            } else {
                guard let inflected else { return nil }
                word = inflected
            }
        }
        return Replacement.fitted(word, replacing: start, end, in: text, context: context)
    }

    /// `replacement` in the number of the matched last word: as is when the pattern's last word matched exactly or
    /// its prefix matched the whole word, plural when the word adds "s" or "es" to the prefix, `nil` for any other
    /// ending ("insanely" for `insane*`), which a noun replacement cannot follow.
    static func inflected(_ replacement: String, pattern: String, matched: String) -> String? {
        guard let lastWord = pattern.split(separator: " ").last(where: { !$0.hasPrefix("(") }) else { return replacement }
        let prefixes = lastWord.split(separator: "|").filter { $0.hasSuffix("*") }.map { $0.dropLast() }
        guard let prefix = prefixes.filter({ matched.hasPrefix($0) }).max(by: { $0.count < $1.count }) else { return replacement }
        switch matched.dropFirst(prefix.count) {
        case "": return replacement
        case "s", "es": return plural(replacement)
        default: return nil
        }
    }

    /// The plural of a noun phrase: its last word with "s", "es" or "ies".
    static func plural(_ phrase: String) -> String {
        let last = phrase.last.map(String.init) ?? ""
        if phrase.hasSuffix("y"), let beforeLast = phrase.dropLast().last, !"aeiou".contains(beforeLast) { return String(phrase.dropLast()) + "ies" }
        if ["s", "x", "z"].contains(last) || phrase.hasSuffix("ch") || phrase.hasSuffix("sh") { return phrase + "es" }
        return phrase + "s"
    }

    /// "they" for a subject pronoun, with the verb after it (past one adverb) made plural: "He always checks" →
    /// "They always check".
    private static func subject(_ pronoun: String, start: Int, end: Int, text: String, context: WordContext) -> Replacement {
        let plain = Replacement.fitted(pronoun, replacing: start, end, in: text, context: context)
        guard var verb = context.next else { return plain }
        if VerbAgreement.isAdverb(context.word(verb)) {
            let after = WordContext(scanner: context.scanner, first: verb, last: verb)
            guard let next = after.next else { return plain }
            verb = next
        }
        let written = context.word(verb)
        guard let plural = VerbAgreement.plural(of: written), plural != written else { return plain }
        let token = context.scanner.tokens[verb]
        let original = text.utf16Slice(token.start, token.end)
        let between = text.utf16Slice(end, token.start)
        return Replacement(
            start: plain.start, end: token.end,
            text: plain.text + between + LetterCase(of: original, startsSentence: false).apply(to: plural))
    }
}
