/// The findings gender coding produces.
enum GenderCodingRules {
    /// The document as a whole reads masculine-coded.
    static let masculineVerdict = LintRuleInfo(
        id: "gender-coded-masculine",
        severity: .warning,
        category: .genderCoding,
        title: "Masculine-coded wording overall",
        reason: "The description uses more masculine-coded than feminine-coded words (Gaucher, Friesen & Kay, 2011, word "
            + "lists and counting as in Kat Matfield's gender-decoder). Such ads are rated less appealing by women, who "
            + "then apply less, while feminine-coded wording barely affects men.",
        suggestion: "Replace some masculine-coded words (each has its own finding, most with a neutral alternative) until "
            + "the verdict is neutral."
    )

    /// One masculine-coded word.
    static let masculineWord = LintRuleInfo(
        id: "gender-coded-masculine-word",
        severity: .info,
        category: .genderCoding,
        title: "Masculine-coded word",
        reason: "A word starting with one of the masculine-coded stems of Gaucher, Friesen & Kay (2011), e.g. \"lead\", "
            + "\"compet\", \"driven\", \"analy\", used to describe the person or the work (not \"Team Lead\" or "
            + "\"sales leads\": see the uses that are not flagged, below). Feminine-coded words are listed in the result's "
            + "gender coding but are not findings, as the research found they do not deter men.",
        suggestion: "Use the neutral alternative offered where one fits the sentence (e.g. \"a competitive engineer\" → "
            + "\"a motivated engineer\", \"an aggressive approach\" → \"a bold approach\"), or rephrase.",
        matches: GenderCodedStems.masculine.map { $0 + "…" }
    )

    /// Both rules.
    static let all = [masculineVerdict, masculineWord]
}
