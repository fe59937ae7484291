/// Orders search results the same way on every engine: the database finds the templates that match every term, and
/// this score, computed from the title, tags and department, decides their order.
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

    /// Whether a template with these fields matches every term (the meaning the database queries implement).
    public static func matches(_ fields: Fields, _ query: TemplateQuery) -> Bool {
        query.terms.allSatisfy { term in
            term.alternatives.contains { contains(fields.title, $0) || contains(fields.tags, $0) || contains(fields.body, $0) }
        }
    }

    /// The relevance of a template already known to match: title matches count most, then tags, then the body;
    /// titles with no words beyond the query rank first ("Backend Developer" before "Senior Backend Developer").
    public static func score(title: String, tags: String, query: TemplateQuery) -> Int {
        var score = 0
        var titleWordsMatched = 0
        for term in query.terms {
            if let phrase = term.alternatives.first(where: { contains(title, $0) }) {
                score += phrase == term.alternatives.first ? 11 : 10
                titleWordsMatched += phrase.count
            } else if term.alternatives.contains(where: { contains(tags, $0) }) {
                score += 5
            } else {
                score += 1
            }
        }
        let titleWords = title.split(separator: " ").count
        if titleWordsMatched > 0 { score += max(0, 4 - (titleWords - titleWordsMatched)) }
        return score
    }

    /// The result order: higher score first, then title, then slug, so equal scores never depend on the engine.
    public static func precedes(_ lhs: (score: Int, title: String, slug: String), _ rhs: (score: Int, title: String, slug: String)) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.slug < rhs.slug
    }

    /// Searches `templates` in memory with the same meaning and order as the database search; an empty query lists by
    /// department and title.
    public static func search(_ templates: [JobTemplate], query text: String, department: String? = nil, level: String? = nil) -> [JobTemplate] {
        let query = TemplateQuery(text)
        let filtered = templates.filter { (department == nil || $0.department == department) && (level == nil || $0.level == level) }
        guard !query.isEmpty else {
            return filtered.sorted { ($0.department, $0.document.title, $0.slug) < ($1.department, $1.document.title, $1.slug) }
        }
        return filtered.map { (template: $0, fields: Fields(template: $0)) }
            .filter { matches($0.fields, query) }
            .map { (template: $0.template, score: score(title: $0.fields.title, tags: $0.fields.tags, query: query)) }
            .sorted { precedes(($0.score, $0.template.document.title, $0.template.slug), ($1.score, $1.template.document.title, $1.template.slug)) }
            .map(\.template)
    }

    /// Whether the words of `text` contain `phrase` consecutively, its last word as a prefix.
    static func contains(_ text: String, _ phrase: [String]) -> Bool {
        let words = text.split(separator: " ")
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
