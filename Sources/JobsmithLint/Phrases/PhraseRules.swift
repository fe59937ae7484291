/// Every phrase rule, family by family.
enum PhraseRules {
    /// All phrase rules.
    static let all: [PhraseRule] = ExclusionaryRules.all + GenderedLanguageRules.all + AbleistRules.all + JargonRules.all
}
