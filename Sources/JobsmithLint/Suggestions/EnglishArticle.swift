/// The indefinite article a word takes, from its spelling: "an" before a vowel sound, "a" otherwise.
enum EnglishArticle {
    /// "an" or "a" for `word` (lowercase).
    static func article(for word: String) -> String {
        let lower = word.lowercased()
        guard let first = lower.first else { return "a" }
        if anExceptions.contains(where: lower.hasPrefix) { return "an" }
        if aExceptions.contains(where: lower.hasPrefix) { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// Vowel letters that sound like consonants ("a unique", "a one-off", "a European").
    private static let aExceptions = ["uni", "use", "usu", "uti", "ure", "eu", "one", "once", "ubiq"]
    /// Consonant letters that sound like vowels ("an honest", "an hour").
    private static let anExceptions = ["honest", "honor", "honour", "hour", "heir"]
}
