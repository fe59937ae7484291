/// The gender coding of a document's wording, after Gaucher, Friesen & Kay (2011), computed like Kat Matfield's
/// gender-decoder.
public struct GenderCoding: Codable, Sendable, Equatable {
    /// `strongly feminine-coded`, `feminine-coded`, `neutral`, `masculine-coded` or `strongly masculine-coded`.
    public var verdict: String
    /// Every masculine-coded word, in document order; uses an editor would not flag are left out unless
    /// ``LintOptions/strictGenderLists`` is set.
    public var masculineWords: [CodedWord]
    /// Every feminine-coded word, in document order, left out like ``masculineWords``.
    public var feminineWords: [CodedWord]
    /// The masculine count the verdict is computed from: one per listed word; with
    /// ``LintOptions/strictGenderLists`` one per word and matching stem, as gender-decoder counts (so "dominant",
    /// which starts with both `domina` and `dominant`, counts twice).
    public var masculineCount: Int
    /// The feminine count the verdict is computed from, counted like ``masculineCount``.
    public var feminineCount: Int

    /// Creates a gender coding.
    public init(verdict: String, masculineWords: [CodedWord], feminineWords: [CodedWord], masculineCount: Int? = nil, feminineCount: Int? = nil) {
        self.verdict = verdict
        self.masculineWords = masculineWords
        self.feminineWords = feminineWords
        self.masculineCount = masculineCount ?? masculineWords.count
        self.feminineCount = feminineCount ?? feminineWords.count
    }
}

/// One gender-coded word and where it is.
public struct CodedWord: Codable, Sendable, Equatable {
    /// The word as written in the document.
    public var word: String
    /// JSON pointer to the string that contains it.
    public var section: String
    /// UTF-16 offset of the word in that string.
    public var start: Int
    /// UTF-16 end offset (exclusive).
    public var end: Int
    /// A neutral word to use instead, for masculine-coded words where one exists.
    public var alternative: String?

    /// Creates a coded word.
    public init(word: String, section: String, start: Int, end: Int, alternative: String? = nil) {
        self.word = word
        self.section = section
        self.start = start
        self.end = end
        self.alternative = alternative
    }
}
