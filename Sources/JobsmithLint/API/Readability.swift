/// Readability statistics of a document's prose (every text field except the title, KPI names and section headings).
public struct Readability: Codable, Sendable, Equatable {
    /// Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is easier;
    /// 60–70 is plain English. Rounded to two decimals; 0 when there are no words.
    public var fleschReadingEase: Double
    /// Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Rounded to two
    /// decimals; 0 when there are no words.
    public var fleschKincaidGrade: Double
    /// Words of prose; hyphenated words count once.
    public var words: Int
    /// Sentences; every list item counts as at least one.
    public var sentences: Int
    /// Words per sentence, rounded to two decimals.
    public var averageSentenceLength: Double
    /// Words in the longest sentence.
    public var longestSentence: Int

    /// Creates readability statistics.
    public init(
        fleschReadingEase: Double, fleschKincaidGrade: Double, words: Int, sentences: Int, averageSentenceLength: Double, longestSentence: Int
    ) {
        self.fleschReadingEase = fleschReadingEase
        self.fleschKincaidGrade = fleschKincaidGrade
        self.words = words
        self.sentences = sentences
        self.averageSentenceLength = averageSentenceLength
        self.longestSentence = longestSentence
    }
}
