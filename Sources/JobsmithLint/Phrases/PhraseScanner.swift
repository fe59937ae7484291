import JobsmithDomain

/// Applies every ``PhraseRule`` to the strings of one document. When matches overlap, only the longest is reported
/// ("recent graduates only" rather than also "recent graduates").
struct PhraseScanner {
    private struct Match {
        var pattern: Int
        var first: Int
        var last: Int
    }

    /// A match ready to report: where it is, what it says and how to fix it.
    private struct Reported {
        var rule: Int
        var location: FieldLocation
        var start: Int
        var end: Int
        var matched: String
        var suggestion: String?
        var replacement: Replacement?
    }

    /// The compiled rules, shared by every lint.
    static let patternSet = PhrasePatternSet(rules: PhraseRules.all)

    /// Whether the document has a salary, for advice that depends on it.
    let hasSalary: Bool

    private var idStart: [Int] = []
    private var ids: [Int32] = []
    private var matches: [Match] = []
    private var signalled: [Bool] = Array(repeating: false, count: PhraseRules.all.count)
    private var deferred: [Reported] = []

    /// A scanner for one document; `hasSalary` tells whether the document has a salary.
    init(hasSalary: Bool) {
        self.hasSalary = hasSalary
    }

    /// Finds the phrases in the string just scanned by `scanner`.
    mutating func scan(_ scanner: TextScanner, text: String, location: FieldLocation, findings: inout FindingCollector) {
        let set = Self.patternSet
        let tokens = scanner.tokens
        collectVocabulary(scanner, set: set)
        guard !ids.isEmpty else { return }
        matches.removeAll(keepingCapacity: true)
        for index in tokens.indices {
            for slot in idStart[index]..<idStart[index + 1] {
                for pattern in set.patternsByFirstWord[Int(ids[slot])] {
                    if let last = match(set.patterns[Int(pattern)], at: index, scanner: scanner) {
                        matches.append(Match(pattern: Int(pattern), first: index, last: last))
                    }
                }
            }
        }
        guard !matches.isEmpty else { return }
        matches.sort { $0.first != $1.first ? $0.first < $1.first : $0.last > $1.last }
        var coveredUntil = -1
        for match in matches {
            let pattern = set.patterns[match.pattern]
            let rule = set.rules[pattern.rule]
            if pattern.isSignal {
                if let section = location.section, PhraseRule.jobDefiningSections.contains(section) { signalled[pattern.rule] = true }
                continue
            }
            guard match.last > coveredUntil else { continue }
            if let onlyIn = rule.onlyIn, let section = location.section, !onlyIn.contains(section) { continue }
            if followedByException(match, rule: pattern.rule, scanner: scanner) { continue }
            coveredUntil = match.last
            let start = tokens[match.first].start
            let end = tokens[match.last].end
            let phrase = rule.phrases[pattern.phrase]
            let words = (match.first...match.last).map { text.utf16Slice(tokens[$0].start, tokens[$0].end) }
            let found = Reported(
                rule: pattern.rule, location: location, start: start, end: end, matched: text.utf16Slice(start, end),
                suggestion: phrase.suggestion(matchedWords: words) ?? (hasSalary ? rule.suggestionWithSalary : nil) ?? rule.suggestion,
                replacement: PhraseReplacement.replacement(for: phrase, first: match.first, last: match.last, scanner: scanner, text: text))
            if rule.unlessJobInvolves.isEmpty {
                report(found, findings: &findings)
            } else {
                deferred.append(found)
            }
        }
    }

    /// Reports the matches of rules that wait for the whole document (``PhraseRule/unlessJobInvolves``).
    mutating func finish(findings: inout FindingCollector) {
        for match in deferred where !signalled[match.rule] {
            report(match, findings: &findings)
        }
        deferred.removeAll()
    }

    /// Adds the finding; its range grows to what the replacement replaces ("an aggressive" → "a bold").
    private func report(_ match: Reported, findings: inout FindingCollector) {
        let rule = Self.patternSet.rules[match.rule]
        findings.add(
            rule.id,
            rule.severity,
            at: match.location,
            start: match.replacement?.start ?? match.start,
            end: match.replacement?.end ?? match.end,
            message: "“\(match.matched)”: \(rule.reason)",
            suggestion: match.suggestion,
            replacement: match.replacement?.text
        )
    }

    /// Looks every token up in the vocabulary trie once, filling ``ids`` and ``idStart``.
    private mutating func collectVocabulary(_ scanner: TextScanner, set: PhrasePatternSet) {
        ids.removeAll(keepingCapacity: true)
        idStart.removeAll(keepingCapacity: true)
        scanner.bytes.withUnsafeBufferPointer { bytes in
            for token in scanner.tokens {
                idStart.append(ids.count)
                set.trie.walk(bytes, from: token.start, limit: token.end) { end, payload in
                    if payload & 1 == 1 || end == token.end { ids.append(payload >> 1) }
                }
            }
        }
        idStart.append(ids.count)
    }

    /// The index of the last token of `pattern` matched from token `first`, or `nil`.
    private func match(_ pattern: PhrasePatternSet.Pattern, at first: Int, scanner: TextScanner) -> Int? {
        let tokens = scanner.tokens
        var index = first
        for (offset, step) in pattern.steps.enumerated() {
            if offset > 0 {
                index += 1
                guard index < tokens.count, !tokens[index].flags.contains(.sentenceStart) else { return nil }
            }
            switch step {
            case .any: continue
            case .number: if scanner.number(tokens[index]) == nil { return nil }
            case .words(let accepted): if !has(anyOf: accepted, at: index) { return nil }
            }
        }
        return index
    }

    private func followedByException(_ match: Match, rule: Int, scanner: TextScanner) -> Bool {
        let exceptions = Self.patternSet.notFollowedBy[rule]
        let next = match.last + 1
        guard !exceptions.isEmpty, next < scanner.tokens.count, !scanner.tokens[next].flags.contains(.sentenceStart) else { return false }
        return has(anyOf: exceptions, at: next)
    }

    private func has(anyOf accepted: [Int32], at token: Int) -> Bool {
        for slot in idStart[token]..<idStart[token + 1] where accepted.contains(ids[slot]) { return true }
        return false
    }
}
