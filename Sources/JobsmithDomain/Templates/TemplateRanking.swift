/// Decides which templates match a query and in what order, the same way everywhere (the server's in-memory
/// catalogs on either engine, the command line's offline search): a score computed from the title, tags and
/// department.
public enum TemplateRanking {
    /// The searchable text of a template in normal form, as stored beside it.
    public struct Fields: Sendable, Equatable {
        public var title: String
        /// Tags and the department's display name.
        public var tags: String
        /// Summary, responsibilities, requirements and tools.
        public var body: String

        public init(template: JobTemplate) {
            title = SearchText.normalize(template.document.title)
            tags = SearchText.normalize((template.tags + [Departments.name(of: template.department)]).joined(separator: " ; "))
            let document = template.document
            body = SearchText.normalize(
                ([document.summary ?? ""] + document.responsibilities + document.requirements + document.tools).joined(separator: " ; ")
            )
        }

        public init(title: String, tags: String, body: String) {
            self.title = title
            self.tags = tags
            self.body = body
        }
    }

    /// Whether a template with these fields matches every term (the meaning the server's catalogs implement).
    public static func matches(_ fields: Fields, _ query: TemplateQuery) -> Bool {
        query.terms.allSatisfy { term in
            term.alternatives.contains { contains(fields.title, $0) || contains(fields.tags, $0) || contains(fields.body, $0) }
        }
    }

    /// The relevance of a template already known to match. Titles decide first, in tiers: the title is exactly what
    /// was typed, word for word; the title is what the query means or starts with (an abbreviation or synonym spelled
    /// out, "rn" → Registered Nurse; "prod des" → Product Designer); the title holds every term but more besides; some
    /// terms match only tags or text. Within a tier, whole typed words in the title beat synonyms and synonyms beat
    /// prefixes, tags beat the body, and titles with more of their words matched and fewer extra words come first.
    public static func score(title: String, tags: String, query: TemplateQuery) -> Int {
        score(
            SplitWords(title: title.split(separator: " "), tags: tags.split(separator: " ")),
            terms: query.terms.map { $0.alternatives.map(Optional.some) }
        )
    }

    /// The relevance of a template already known to match, for callers that match on their own representation of
    /// words (the server's catalogs compare word ids): `terms` are the query's terms, each with its alternatives in
    /// ``TemplateQuery`` order, nil for an alternative that can match nothing. Same result as
    /// ``score(title:tags:query:)`` for the same words.
    @inlinable
    public static func score<Words: RankedWords>(_ words: Words, terms: [[Words.Phrase?]]) -> Int {
        let titleCount = words.titleWordCount
        return withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(titleCount, 1)) { covered in
            covered.initialize(repeating: false)
            var allTypedInTitle = true
            var allInTitle = true
            var termScore = 0
            for alternatives in terms {
                var best: Int?
                for (offset, alternative) in alternatives.enumerated() {
                    guard let alternative, let found = words.titleMatch(alternative) else { continue }
                    for index in found.range { covered[index] = true }
                    // A typed word cut short ("ba" in "Baker") scores below an abbreviation spelled out in full ("ba" →
                    // Business Analyst): the full meaning is the likelier intent.
                    let points = offset == 0 ? (found.wholeWord ? 30 : 18) : (found.wholeWord ? 20 : 16)
                    best = max(best ?? 0, points)
                }
                if let best {
                    termScore += best
                    if best < 30 { allTypedInTitle = false }
                } else {
                    allInTitle = false
                    allTypedInTitle = false
                    let inTags = alternatives.contains { $0.map(words.tagsContain) ?? false }
                    let typedInTags = alternatives.first.flatMap { $0 }.map(words.tagsContain) ?? false
                    termScore += inTags ? (typedInTags ? 10 : 8) : 1
                }
            }
            var extraWords = 0
            var coveredWords = 0
            for index in 0..<titleCount {
                if covered[index] {
                    coveredWords += 1
                } else if !words.isOptionalTitleWord(at: index) {
                    extraWords += 1
                }
            }
            let tier = allInTitle && extraWords == 0 ? (allTypedInTitle ? 3 : 2) : allInTitle ? 1 : 0
            return tier * 100_000 + termScore * 100 + max(0, min(99, 60 + coveredWords * 3 - extraWords * 10))
        }
    }

    /// Which title words need not be typed, by position: rung numerals ("Software Engineer II") and an abbreviation of
    /// other title words ("Chief Executive Officer (CEO)"). Depends on the title only, so callers can keep it.
    public static func optionalTitleWords(_ words: [Substring]) -> [Bool] {
        words.indices.map { isOptional(words[$0], at: $0, in: words) }
    }

    /// A title and tags as split words, matched by comparing text.
    private struct SplitWords: RankedWords {
        let title: [Substring]
        let tags: [Substring]

        var titleWordCount: Int { title.count }

        func titleMatch(_ phrase: [String]) -> (range: Range<Int>, wholeWord: Bool)? {
            guard let range = match(phrase, in: title) else { return nil }
            return (range, title[range.upperBound - 1] == phrase[phrase.count - 1])
        }

        func tagsContain(_ phrase: [String]) -> Bool { contains(tags, phrase) }

        func isOptionalTitleWord(at index: Int) -> Bool { isOptional(title[index], at: index, in: title) }
    }

    /// Title words that need not be typed: rung numerals ("Software Engineer II") and an abbreviation of other title
    /// words ("Chief Executive Officer (CEO)").
    private static func isOptional(_ word: Substring, at index: Int, in words: [Substring]) -> Bool {
        if ["i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"].contains(word) { return true }
        guard word.count >= 2 else { return false }
        let initials = String(words.enumerated().filter { $0.offset != index }.compactMap { $0.element.first })
        return initials.contains(word)
    }

    /// Where `phrase` occurs in `words` (consecutive words, the last one as a prefix), if it does.
    private static func match(_ phrase: [String], in words: [Substring]) -> Range<Int>? {
        guard !phrase.isEmpty, words.count >= phrase.count else { return nil }
        for start in 0...(words.count - phrase.count) {
            let matched = phrase.enumerated().allSatisfy { offset, word in
                offset == phrase.count - 1 ? words[start + offset].hasPrefix(word) : words[start + offset] == word
            }
            if matched { return start..<(start + phrase.count) }
        }
        return nil
    }

    /// The result order: higher score first, then title, then slug, so equal scores never depend on the engine.
    public static func precedes(_ lhs: (score: Int, title: String, slug: String), _ rhs: (score: Int, title: String, slug: String)) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.slug < rhs.slug
    }

    /// Searches `templates` in memory with the same meaning and order as the server's search; an empty query lists by
    /// department and title.
    public static func search(_ templates: [JobTemplate], query text: String, department: String? = nil, level: String? = nil) -> [JobTemplate] {
        Index(templates).search(text, department: department, level: level)
    }

    /// Templates with their searchable fields normalized once, for running many queries over the same templates.
    public struct Index: Sendable {
        private let entries: [(template: JobTemplate, fields: Fields)]

        public init(_ templates: [JobTemplate]) {
            entries = templates.map { ($0, Fields(template: $0)) }
        }

        /// The templates matching `text` (and the filters), best first, as ``TemplateRanking/search(_:query:department:level:)``.
        public func search(_ text: String, department: String? = nil, level: String? = nil) -> [JobTemplate] {
            let query = TemplateQuery(text)
            let filtered = entries.filter {
                (department == nil || $0.template.department == department) && (level == nil || $0.template.level == level)
            }
            guard !query.isEmpty else {
                return filtered.map(\.template).sorted {
                    ($0.department, $0.document.title, $0.slug) < ($1.department, $1.document.title, $1.slug)
                }
            }
            return filtered.filter { matches($0.fields, query) }
                .map { (template: $0.template, score: score(title: $0.fields.title, tags: $0.fields.tags, query: query)) }
                .sorted {
                    precedes(($0.score, $0.template.document.title, $0.template.slug), ($1.score, $1.template.document.title, $1.template.slug))
                }
                .map(\.template)
        }
    }

    /// Whether the words of `text` contain `phrase` consecutively, its last word as a prefix.
    static func contains(_ text: String, _ phrase: [String]) -> Bool {
        contains(text.split(separator: " "), phrase)
    }

    private static func contains(_ words: [Substring], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) {
            var matched = true
            for (offset, word) in phrase.enumerated() {
                let candidate = words[start + offset]
                let isLast = offset == phrase.count - 1
                if isLast ? !candidate.hasPrefix(word) : candidate != word {
                    matched = false
                    break
                }
            }
            if matched { return true }
        }
        return false
    }
}
