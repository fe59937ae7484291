/// Every phrase rule's patterns compiled for matching: the words of all patterns in one trie, and the patterns indexed
/// by their first word, so matching costs one trie walk per word of text.
struct PhrasePatternSet: Sendable {
    /// What one word of a pattern accepts.
    enum Step: Sendable {
        case words([Int32])
        case number
        case any
    }

    /// One expanded pattern (optional words resolved) of a rule, or of a rule's "job involves" signal.
    struct Pattern: Sendable {
        /// Index of the rule in ``rules``.
        var rule: Int
        /// Index of the phrase in the rule, or -1 for a signal.
        var phrase: Int
        /// Whether this pattern is a signal for ``PhraseRule/unlessJobInvolves`` rather than a finding.
        var isSignal: Bool
        /// One step per word.
        var steps: [Step]
    }

    /// The compiled rules.
    let rules: [PhraseRule]
    private(set) var patterns: [Pattern] = []
    /// Pattern indexes by the vocabulary id of their first word.
    private(set) var patternsByFirstWord: [[Int32]] = []
    /// Vocabulary ids of each rule's ``PhraseRule/notFollowedBy`` words.
    private(set) var notFollowedBy: [[Int32]] = []
    private(set) var trie = ByteTrie([])
    private var vocabulary: [String: Int32] = [:]
    private var trieEntries: [(word: String, payload: Int32)] = []

    /// Compiles `rules`; a malformed pattern is a programming error and stops the process.
    init(rules: [PhraseRule]) {
        self.rules = rules
        for (ruleIndex, rule) in rules.enumerated() {
            for (phraseIndex, phrase) in rule.phrases.enumerated() {
                for steps in expand(phrase.pattern) {
                    patterns.append(Pattern(rule: ruleIndex, phrase: phraseIndex, isSignal: false, steps: steps))
                }
            }
            for signal in rule.unlessJobInvolves {
                for steps in expand(signal) {
                    patterns.append(Pattern(rule: ruleIndex, phrase: -1, isSignal: true, steps: steps))
                }
            }
            notFollowedBy.append(rule.notFollowedBy.map { vocabularyID($0) })
        }
        patternsByFirstWord = Array(repeating: [], count: vocabulary.count)
        for (index, pattern) in patterns.enumerated() {
            guard case .words(let ids) = pattern.steps.first else { preconditionFailure("a pattern must start with a word") }
            for id in ids { patternsByFirstWord[Int(id)].append(Int32(index)) }
        }
        trie = ByteTrie(trieEntries)
    }

    /// The vocabulary id of one pattern word: `word` for an exact word or `word*` for a prefix. The trie payload
    /// is `id * 2 + (prefix ? 1 : 0)`.
    private mutating func vocabularyID(_ word: String) -> Int32 {
        let isPrefix = word.hasSuffix("*")
        let text = isPrefix ? String(word.dropLast()) : word
        precondition(!text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "'") }, "bad pattern word \(word)")
        let key = isPrefix ? text + "*" : text
        if let id = vocabulary[key] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[key] = id
        trieEntries.append((text, id * 2 + (isPrefix ? 1 : 0)))
        return id
    }

    /// The step sequences a pattern stands for, one per combination of its optional words.
    private mutating func expand(_ pattern: String) -> [[Step]] {
        var sequences: [[Step]] = [[]]
        for word in pattern.split(separator: " ") {
            let optional = word.hasPrefix("(") && word.hasSuffix(")")
            let body = optional ? word.dropFirst().dropLast() : word[...]
            let step: Step
            switch body {
            case "<num>": step = .number
            case "<any>": step = .any
            default: step = .words(body.split(separator: "|").map { vocabularyID(String($0)) })
            }
            sequences = sequences.flatMap { sequence in optional ? [sequence, sequence + [step]] : [sequence + [step]] }
        }
        precondition(sequences.allSatisfy { !$0.isEmpty }, "empty pattern \(pattern)")
        return sequences
    }
}
