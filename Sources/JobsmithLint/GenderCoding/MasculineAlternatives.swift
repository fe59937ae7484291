/// Neutral replacements for masculine-coded words, by exact word form, so a replacement has the same part of speech
/// and inflection as the word ("leads" → "guides", "decisions" → "choices"). Where a form can be used in different
/// ways, rules pick by its neighbours: "leading the team" → "guiding", "a leading provider" → "top". A form without
/// an entry, or in a position no rule covers, gets no one-click replacement: the suggestion asks to rephrase. None
/// of the replacements is itself gender-coded (a test checks this).
enum MasculineAlternatives {
    /// Where a word stands, as far as choosing its replacement goes.
    enum Position: Sendable {
        /// Followed by a determiner or object pronoun: a verb with an object ("lead the team").
        case beforeObject
        /// Right after a determiner and followed by a content word: a modifier in a noun phrase ("the lead role").
        case modifierAfterDeterminer
        /// Right after a determiner ("a challenge").
        case afterDeterminer
        /// Followed by a content word ("leadership skills").
        case beforeContentWord
        /// Followed by a word naming a person ("a competitive engineer").
        case beforePerson
        /// Followed by one of these words.
        case before([String])
        /// Right after one of these words.
        case after([String])
        /// Not followed by a content word ("you are ambitious.", "strong leadership").
        case alone
        /// Anywhere.
        case anywhere
    }

    /// One choice: where it applies and what to use there (`nil`: no replacement).
    struct Rule: Sendable {
        var position: Position
        var replacement: String?
    }

    /// The alternative for `word` (lowercase, as written) where `context` places it; the first rule whose position
    /// matches decides.
    static func alternative(for word: String, context: WordContext) -> String? {
        guard !context.isInsideCompound, let rules = byForm[word] else { return nil }
        for rule in rules where matches(rule.position, context) { return rule.replacement }
        return nil
    }

    /// Every form with an entry, for tests.
    static var forms: [String] { Array(byForm.keys) }

    /// Every replacement word, for tests.
    static var replacements: Set<String> { Set(byForm.values.flatMap { $0.compactMap(\.replacement) }) }

    private static func matches(_ position: Position, _ context: WordContext) -> Bool {
        switch position {
        case .beforeObject: context.isBeforeObject
        case .modifierAfterDeterminer: context.isAfterDeterminer && context.isBeforeContentWord
        case .afterDeterminer: context.isAfterDeterminer
        case .beforeContentWord: context.isBeforeContentWord
        case .beforePerson: context.nextWord.map(WordClasses.isPerson) ?? false
        case .before(let words):
            context.nextWord.map { next in words.contains { $0.hasSuffix("*") ? next.hasPrefix($0.dropLast()) : next == $0 } } ?? false
        case .after(let words): context.previousWord.map(words.contains) ?? false
        case .alone: !context.isBeforeContentWord
        case .anywhere: true
        }
    }

    private static let byForm: [String: [Rule]] = {
        var table: [String: [Rule]] = [:]
        for (forms, rules) in entries {
            precondition(rules.allSatisfy { $0.replacements.map { $0.count == forms.count } ?? true }, "replacements for \(forms)")
            for (index, form) in forms.enumerated() {
                precondition(table[form] == nil, "two entries for \(form)")
                table[form] = rules.map { Rule(position: $0.position, replacement: $0.replacements?[index]) }
            }
        }
        return table
    }()

    /// Word forms (one inflection each) and the rules that replace them; a rule's replacements line up with the
    /// forms.
    private static let entries: [(forms: [String], rules: [(position: Position, replacements: [String]?)])] = [
        same(["active"], ["engaged"]),
        same(["adventurous"], ["curious"]),
        (["aggressive"], [(.before(["timeline*", "deadline*", "schedule*", "target*"]), ["tight"]), (.anywhere, ["bold"])]),
        same(["aggressively"], ["boldly"]),
        (
            ["ambitious"],
            [(.beforePerson, ["motivated"]), (.alone, ["motivated"]), (.beforeContentWord, ["bold"])]
        ),
        same(["ambition", "ambitions"], ["motivation", "goals"]),
        same(["analytical"], ["methodical"]),
        same(
            ["analyze", "analyse", "analyzes", "analyzing", "analysing", "analyzed", "analysed"],
            ["examine", "examine", "examines", "examining", "examining", "examined", "examined"]),
        same(["assertive", "assertiveness"], ["direct", "directness"]),
        same(["autonomous", "autonomy", "autonomously"], ["self-directed", "freedom", "on your own"]),
        same(["boast", "boasts", "boasting"], ["offer", "offers", "offering"]),
        (["challenge"], [(.afterDeterminer, ["problem"]), (.beforeObject, ["question"])]),
        (["challenges"], [(.beforeObject, ["questions"]), (.afterDeterminer, ["problems"]), (.alone, ["problems"])]),
        (
            ["challenging"],
            [
                (.beforeObject, ["questioning"]), (.afterDeterminer, ["interesting"]), (.alone, ["interesting"]),
                (.after(["is", "are", "be", "very", "more", "most", "really", "quite", "often", "sometimes"]), ["interesting"]),
            ]
        ),
        same(["champion", "champions", "championing", "championed"], ["advocate", "advocates", "advocating", "advocated"]),
        (["competitive"], [(.beforePerson, ["motivated"]), (.alone, ["motivated"])]),
        same(["confident"], ["self-assured"]),
        same(["courageous"], ["bold"]),
        same(["decide", "decides", "deciding"], ["choose", "chooses", "choosing"]),
        (["decision", "decisions"], [(.beforeContentWord, nil), (.anywhere, ["choice", "choices"])]),
        same(["decisive"], ["clear-thinking"]),
        same(["defend", "defends", "defending", "defended"], ["protect", "protects", "protecting", "protected"]),
        same(["determined", "determination"], ["dedicated", "dedication"]),
        same(["dominant"], ["prominent"]),
        (
            ["dominate", "dominates", "dominating"],
            [(.beforeObject, ["excel in", "excels in", "excelling in"]), (.alone, ["excel", "excels", "excelling"])]
        ),
        same(["driven"], ["motivated"]),
        same(["fearless", "fearlessly"], ["bold", "boldly"]),
        (
            ["fight", "fights", "fighting"],
            [(.before(["for"]), nil), (.afterDeterminer, nil), (.anywhere, ["tackle", "tackles", "tackling"])]
        ),
        (["force"], [(.beforeObject, ["push"])]),
        same(["headstrong", "head-strong"], ["resolute", "resolute"]),
        same(["hierarchical", "hierarchy", "hierarchies"], ["structured", "structure", "structures"]),
        same(["impulsive"], ["spontaneous"]),
        (["independent"], [(.before(["of"]), nil), (.anywhere, ["self-directed"])]),
        same(["independently", "independence"], ["on your own", "self-direction"]),
        (["individual"], [(.beforeContentWord, ["personal"]), (.anywhere, ["person"])]),
        same(["intellectual", "intellect"], ["thoughtful", "insight"]),
        (["lead"], [(.before(["to"]), nil), (.modifierAfterDeterminer, ["main"]), (.anywhere, ["guide"])]),
        (["leads"], [(.before(["to"]), nil), (.anywhere, ["guides"])]),
        (["leading"], [(.before(["to"]), nil), (.beforeObject, ["guiding"]), (.modifierAfterDeterminer, ["top"])]),
        (["leadership"], [(.beforeContentWord, nil), (.anywhere, ["guidance"])]),
        same(["logic", "logical"], ["reasoning", "sound"]),
        (["objective"], [(.beforeContentWord, ["impartial"]), (.afterDeterminer, ["goal"])]),
        same(["opinion", "opinions"], ["view", "views"]),
        same(["outspoken"], ["candid"]),
        same(["persistent", "persistence"], ["tenacious", "tenacity"]),
        same(["principled"], ["ethical"]),
        same(
            ["self-confident", "selfconfident", "self-confidence", "selfconfidence"],
            ["self-assured", "self-assured", "self-assurance", "self-assurance"]),
        same(
            ["self-reliant", "selfreliant", "self-reliance", "selfreliance"], ["self-directed", "self-directed", "self-direction", "self-direction"]),
        same(
            ["self-sufficient", "selfsufficient", "self-sufficiency", "selfsufficiency"],
            ["resourceful", "resourceful", "resourcefulness", "resourcefulness"]),
        same(["stubborn"], ["tenacious"]),
        (["superior"], [(.beforeContentWord, ["excellent"])]),
    ]

    /// Forms replaced the same way wherever they stand.
    private static func same(_ forms: [String], _ replacements: [String]) -> (forms: [String], rules: [(position: Position, replacements: [String]?)])
    {
        precondition(forms.count == replacements.count, "forms and replacements differ in number: \(forms)")
        return (forms, [(.anywhere, replacements)])
    }
}
