/// Turns the verb after "he" or "she" into the form that goes with "they" ("has" → "have", "works" → "work").
enum VerbAgreement {
    /// The plural form of the third-person singular `verb` (lowercase), or `verb` itself when it has none (modals,
    /// past tenses), or `nil` when `verb` is not a third-person singular verb form.
    static func plural(of verb: String) -> String? {
        if let irregular = irregulars[verb] { return irregular }
        if unchanged.contains(verb) || verb.hasSuffix("ed") { return verb }
        guard verb.count > 2, verb.hasSuffix("s"), !verb.hasSuffix("ss"), !verb.hasSuffix("us"), !verb.hasSuffix("is"),
            !verb.hasSuffix("'s")
        else { return nil }
        if verb.hasSuffix("ies"), verb.count > 4 { return String(verb.dropLast(3)) + "y" }
        if ["sses", "shes", "ches", "xes", "zes", "oes"].contains(where: verb.hasSuffix) { return String(verb.dropLast(2)) }
        return String(verb.dropLast())
    }

    /// Adverbs that may stand between the pronoun and its verb ("he always checks").
    static func isAdverb(_ word: String) -> Bool {
        (word.count > 4 && word.hasSuffix("ly")) || adverbs.contains(word)
    }

    private static let irregulars: [String: String] = [
        "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't",
        "doesn't": "don't",
    ]
    private static let unchanged: Set<String> = [
        "will", "would", "can", "could", "should", "may", "might", "must", "shall", "had", "did", "won't", "can't", "couldn't",
        "shouldn't", "wouldn't", "didn't", "hadn't", "needn't",
    ]
    private static let adverbs: Set<String> = ["always", "also", "often", "never", "still", "then", "just", "already", "sometimes", "soon"]
}
