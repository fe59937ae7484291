/// A template's title and tags as ``TemplateRanking/score(_:terms:)`` reads them, so a caller can match on its own
/// representation of words (the server's catalogs compare word ids instead of text).
public protocol RankedWords {
    /// One alternative of a query term, in the caller's representation.
    associatedtype Phrase

    /// How many words the title has.
    var titleWordCount: Int { get }

    /// Where `phrase` first occurs in the title (consecutive words, the last one as a prefix), and whether the title
    /// word matched last is the phrase's last word in full.
    func titleMatch(_ phrase: Phrase) -> (range: Range<Int>, wholeWord: Bool)?

    /// Whether the tags hold `phrase` consecutively, its last word as a prefix.
    func tagsContain(_ phrase: Phrase) -> Bool

    /// Whether the title word at `index` need not be typed (see ``TemplateRanking/optionalTitleWords(_:)``).
    func isOptionalTitleWord(at index: Int) -> Bool
}
