/// Turns US spelling into British spelling word by word, from the table in ``BritishSpelling/words``: organize →
/// organise, color → colour, center → centre, traveled → travelled, license (noun) → licence. Case is kept
/// ("Organize" → "Organise", "COLOR" → "COLOUR"); placeholders, numbers and unknown words are left alone.
public enum BritishSpelling {
    /// `text` with every US spelling in the table replaced by its British form.
    public static func convert(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var chunk = ""
        var previousWord = ""
        for character in text {
            if character.isWhitespace {
                result += convert(chunk: chunk, previousWord: &previousWord)
                result.append(character)
                chunk = ""
            } else {
                chunk.append(character)
            }
        }
        return result + convert(chunk: chunk, previousWord: &previousWord)
    }

    /// One run of text without spaces. Links, email addresses, paths and placeholders stay as written.
    private static func convert(chunk: String, previousWord: inout String) -> String {
        guard !chunk.isEmpty else { return chunk }
        let lower = chunk.lowercased()
        if lower.contains("://") || lower.contains("@") || lower.contains("{{") || lower.hasPrefix("www.") || lower.hasPrefix("/") {
            previousWord = ""
            return chunk
        }
        var result = ""
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            result += british(word, after: previousWord)
            previousWord = word.lowercased()
            word = ""
        }
        for character in chunk {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// The British spelling of `word` (in its case) when it differs from the US one, or `nil`; `previous` is the word
    /// before it (lowercase), which tells a verb from a noun ("to license" stays, "a license" becomes "a licence").
    public static func britishForm(of word: String, after previous: String) -> String? {
        let british = british(word, after: previous)
        return british == word ? nil : british
    }

    /// The British form of one word, in the same case; `previous` (lowercase) tells a verb from a noun where the
    /// spelling depends on it.
    static func british(_ word: String, after previous: String) -> String {
        let lower = word.lowercased()
        if keptAfter[lower]?.contains(previous) ?? false { return word }
        let replacement: String
        if let verbForm = verbsAfterTo[lower] {
            // "to license" and "to practice" are verbs: licence stays license as a verb, practice becomes practise.
            let isVerb = verbContext.contains(previous)
            guard let form = isVerb ? verbForm.verb : verbForm.noun else { return word }
            replacement = form
        } else if let form = words[lower] {
            replacement = form
        } else {
            return word
        }
        return matchingCase(of: word, replacement)
    }

    private static func matchingCase(of word: String, _ replacement: String) -> String {
        if word.count > 1, word == word.uppercased() { return replacement.uppercased() }
        if let first = word.first, first.isUppercase { return replacement.prefix(1).uppercased() + replacement.dropFirst() }
        return replacement
    }

    /// Words that, before a word of ``verbsAfterTo``, make it a verb.
    private static let verbContext: Set<String> = ["to", "will", "can", "must", "may", "should", "you", "we", "they", "i", "and", "or"]
}
