/// Small closed classes of English words, enough to tell how a flagged word is used in its sentence.
enum WordClasses {
    /// Words that start a noun phrase; after a verb they start its object.
    static let determiners: Set<String> = [
        "the", "a", "an", "our", "your", "their", "its", "his", "her", "my", "this", "that", "these", "those", "each", "every",
        "all", "any", "some", "no", "another",
    ]

    /// Pronouns that can be the object of a verb.
    static let objectPronouns: Set<String> = ["them", "us", "me", "him", "it", "you", "others", "people", "everyone", "yourself"]

    /// Words that never carry the meaning of a phrase: determiners, pronouns, prepositions, conjunctions, auxiliaries
    /// and a few adverbs. A word that is none of these is a content word.
    static let functionWords: Set<String> = determiners.union(objectPronouns).union([
        "i", "we", "they", "he", "she", "who", "whom", "which", "what", "whose", "to", "of", "in", "on", "at", "by", "for", "with",
        "from", "into", "onto", "about", "across", "through", "over", "under", "between", "among", "within", "without", "as",
        "like", "than", "via", "per", "around", "after", "before", "during", "and", "or", "but", "nor", "so", "yet", "if", "when",
        "while", "because", "although", "though", "whether", "where", "is", "are", "was", "were", "be", "been", "being", "am",
        "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall",
        "not", "also", "too", "very", "really", "always", "never", "often", "more", "most", "less", "least", "then", "there",
        "here", "up", "out", "off", "down",
    ])

    /// People and kinds of worker: after one, an adjective describes a person ("a competitive engineer").
    static func isPerson(_ word: String) -> Bool {
        personWords.contains(word) || GenderCodingExceptions.workerNouns.contains { $0.hasSuffix("*") && word.hasPrefix($0.dropLast()) }
    }

    private static let personWords: Set<String> = [
        "person", "people", "candidate", "candidates", "individual", "individuals", "professional", "professionals", "team",
        "teams", "teammate", "teammates", "colleague", "colleagues", "self-starter", "player", "players", "leader", "leaders",
        "worker", "workers", "hire", "hires", "employee", "employees", "staff", "member", "members", "seller", "sellers",
        "closer", "closers", "hunter", "hunters", "go-getter", "you",
    ]
}
