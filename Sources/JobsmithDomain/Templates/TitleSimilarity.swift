/// How close a typed query is to a template title when nothing matches it: each query word is compared with the
/// title's words by edit distance, so "electrision" still finds Electrician and "pharmasist" Pharmacist.
public enum TitleSimilarity {
    /// The least similarity, from 0 to 1, for a title to count as near the query.
    public static let threshold = 0.6

    /// The mean, over the query's words, of each word's best similarity to a word of the title: 1 for the same word or
    /// a prefix of it, falling with the edit distance relative to the longer word. Zero without query or title words.
    public static func score(queryWords: [Substring], titleWords: [Substring]) -> Double {
        guard !queryWords.isEmpty, !titleWords.isEmpty else { return 0 }
        var total = 0.0
        for word in queryWords {
            total += titleWords.map { similarity(word, $0) }.max() ?? 0
        }
        return total / Double(queryWords.count)
    }

    private static func similarity(_ typed: Substring, _ word: Substring) -> Double {
        if typed.count >= 3, word.hasPrefix(typed) { return 1 }
        let typed = Array(typed.unicodeScalars)
        let word = Array(word.unicodeScalars)
        let longest = max(typed.count, word.count)
        guard longest > 0 else { return 0 }
        return 1 - Double(distance(typed, word)) / Double(longest)
    }

    /// Levenshtein distance: insertions, deletions and substitutions.
    private static func distance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar]) -> Int {
        guard !lhs.isEmpty else { return rhs.count }
        guard !rhs.isEmpty else { return lhs.count }
        var previous = Array(0...rhs.count)
        var current = Array(repeating: 0, count: rhs.count + 1)
        for (row, left) in lhs.enumerated() {
            current[0] = row + 1
            for (column, right) in rhs.enumerated() {
                current[column + 1] = min(previous[column + 1] + 1, current[column] + 1, previous[column] + (left == right ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[rhs.count]
    }
}
