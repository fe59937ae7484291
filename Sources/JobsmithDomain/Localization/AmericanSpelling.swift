/// British spelling → US spelling: the inverse of ``BritishSpelling``'s table, so that checks can point out British
/// forms in a US English description ("organisation" → "organization", "licence" → "license").
public enum AmericanSpelling {
    /// Lowercase British spelling → US spelling, for every word ``BritishSpelling`` would produce, except British
    /// forms that are also standard US English ("dialogue": a conversation, where "dialog" is a software window;
    /// "analyses": the plural of "analysis" as well as the British verb).
    public static let words: [String: String] = {
        var table: [String: String] = [:]
        for (us, british) in BritishSpelling.words where !alsoAmerican.contains(british) {
            table[british] = us
        }
        for (us, forms) in BritishSpelling.verbsAfterTo {
            for british in [forms.noun, forms.verb].compactMap(\.self) { table[british] = us }
        }
        return table
    }()

    /// British forms that US English writes the same way in at least one of their senses.
    private static let alsoAmerican: Set<String> = ["dialogue", "dialogues", "analyses", "paralyses"]
}
