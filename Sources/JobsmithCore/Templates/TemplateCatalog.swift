import Foundation
import JobsmithDomain

/// The searchable form of one set of templates (the built-in library, or one organization's own), held in memory:
/// every word of the normalized title, tags and text, an inverted index from word to templates, and the filter values.
/// Immutable once built; a change to the set builds a new one. It answers the query meaning of ``TemplateQuery`` (terms
/// AND-ed, alternatives OR-ed, phrases, the last word as a prefix) and orders with ``TemplateRanking``, so every engine
/// gives the same results.
struct TemplateCatalog: Sendable {
    /// A stored template's searchable columns, as read to build a catalog.
    struct Row: Sendable {
        let id: UUID
        let slug: String
        let title: String
        let department: String
        let level: String
        let family: String?
        let searchTitle: String
        let searchTags: String
        let searchBody: String
    }

    struct Entry: Sendable {
        let id: UUID
        let slug: String
        let title: String
        let department: Int32
        let level: Int32
        let family: Int32
        let titleWords: [Substring]
        /// Word ids of the title and of the tags, what scoring compares.
        let titleIDs: [Int32]
        let tagIDs: [Int32]
        /// Which title words need not be typed (``JobsmithDomain/TemplateRanking/optionalTitleWords(_:)``).
        let optionalTitleWords: [Bool]
        /// Word ids of the title, the tags and the text, each field ended by ``separator`` so no phrase spans two.
        let words: [Int32]
    }

    static let separator: Int32 = -1

    /// In (title, slug) order, so an entry's index breaks ties between equal scores the way ``TemplateRanking`` does.
    let entries: [Entry]
    /// Entry indexes in (department, title, slug) order: the listing without a query.
    let listing: [Int32]
    /// Every word, sorted, so the words starting with a prefix are one range of ids.
    private let vocabulary: [String]
    private let wordIDs: [String: Int32]
    /// For each word id, the indexes of the entries holding it, ascending.
    private let postings: [[Int32]]
    /// Filter values by their code in ``Entry``; family code 0 is "no family".
    let departments: [String]
    let levels: [String]
    let families: [String]
    /// An estimate of the memory the catalog holds, for the cache's budget.
    let approximateBytes: Int

    init(rows: [Row]) {
        let sorted = rows.sorted { ($0.title, $0.slug) < ($1.title, $1.slug) }
        var words = Set<String>()
        for row in sorted {
            for field in [row.searchTitle, row.searchTags, row.searchBody] {
                for word in field.split(separator: " ") { words.insert(String(word)) }
            }
        }
        vocabulary = words.sorted()
        var ids: [String: Int32] = [:]
        ids.reserveCapacity(vocabulary.count)
        for (offset, word) in vocabulary.enumerated() { ids[word] = Int32(offset) }
        wordIDs = ids
        var departmentCodes: [String: Int32] = [:]
        var levelCodes: [String: Int32] = [:]
        var familyCodes: [String: Int32] = ["": 0]
        func code(_ value: String, in codes: inout [String: Int32]) -> Int32 {
            if let code = codes[value] { return code }
            let code = Int32(codes.count)
            codes[value] = code
            return code
        }
        var postings = Array(repeating: [Int32](), count: vocabulary.count)
        var bytes = vocabulary.reduce(0) { $0 + $1.utf8.count + 48 }
        var entries: [Entry] = []
        entries.reserveCapacity(sorted.count)
        for (index, row) in sorted.enumerated() {
            var entryWords: [Int32] = []
            var fieldIDs: [[Int32]] = []
            for field in [row.searchTitle, row.searchTags, row.searchBody] {
                var fieldWords: [Int32] = []
                for word in field.split(separator: " ") {
                    let id = ids[String(word)]!
                    fieldWords.append(id)
                    if postings[Int(id)].last != Int32(index) { postings[Int(id)].append(Int32(index)) }
                }
                entryWords += fieldWords
                entryWords.append(Self.separator)
                fieldIDs.append(fieldWords)
            }
            let titleWords = row.searchTitle.split(separator: " ")
            entries.append(
                Entry(
                    id: row.id, slug: row.slug, title: row.title, department: code(row.department, in: &departmentCodes),
                    level: code(row.level, in: &levelCodes), family: code(row.family ?? "", in: &familyCodes),
                    titleWords: titleWords, titleIDs: fieldIDs[0], tagIDs: fieldIDs[1],
                    optionalTitleWords: TemplateRanking.optionalTitleWords(titleWords), words: entryWords
                )
            )
            bytes += 200 + row.slug.utf8.count + row.title.utf8.count + row.searchTitle.utf8.count
            bytes += 12 * entryWords.count + 21 * titleWords.count
        }
        self.entries = entries
        self.postings = postings
        let departments = departmentCodes.sorted { $0.value < $1.value }.map(\.key)
        self.departments = departments
        levels = levelCodes.sorted { $0.value < $1.value }.map(\.key)
        families = familyCodes.sorted { $0.value < $1.value }.map(\.key)
        listing = entries.indices.sorted { lhs, rhs in
            (departments[Int(entries[lhs].department)], lhs) < (departments[Int(entries[rhs].department)], rhs)
        }.map { Int32($0) }
        approximateBytes = bytes
    }

    var count: Int { entries.count }

    /// A query in this catalog's words: each term's alternatives in ``TemplateQuery`` order, nil for one holding a
    /// word the catalog does not have (it can match nothing here).
    struct CompiledQuery {
        let terms: [[Phrase?]]
        var isEmpty: Bool { terms.isEmpty }
    }

    /// One alternative of a term: the word-id range each of its words matches (the last as a prefix), and the id of
    /// the last word typed in full, if the catalog has it.
    struct Phrase {
        let ranges: [WordRange]
        let exactLast: Int32?
    }

    /// `query` in this catalog's words.
    func compile(_ query: TemplateQuery) -> CompiledQuery {
        CompiledQuery(
            terms: query.terms.map { term in
                term.alternatives.map { words in
                    wordRanges(words).map { Phrase(ranges: $0, exactLast: words.last.flatMap { wordIDs[$0] }) }
                }
            }
        )
    }

    /// The indexes of the entries matching every term of `query`, ascending; every entry for an empty query.
    func matching(_ query: CompiledQuery) -> [Int32] {
        guard !query.isEmpty else { return entries.indices.map { Int32($0) } }
        var result: EntrySet?
        var needsCheck: [[[WordRange]]] = []
        for term in query.terms {
            var termSet = EntrySet(count: entries.count)
            var ranges: [[WordRange]] = []
            for alternative in term {
                guard let phrase = alternative?.ranges, !phrase.isEmpty else { continue }
                ranges.append(phrase)
                // Entries holding every word of the phrase somewhere; the order of the words is checked below.
                var alternativeSet = union(of: phrase[phrase.count - 1])
                for word in phrase.dropLast() { alternativeSet.formIntersection(union(of: word)) }
                termSet.formUnion(alternativeSet)
            }
            if ranges.contains(where: { $0.count > 1 }) { needsCheck.append(ranges) }
            if result == nil { result = termSet } else { result!.formIntersection(termSet) }
        }
        let candidates = result?.members ?? []
        guard !needsCheck.isEmpty else { return candidates }
        return candidates.filter { index in
            let words = entries[Int(index)].words
            return needsCheck.allSatisfy { alternatives in alternatives.contains { Self.firstMatch($0, in: words) != nil } }
        }
    }

    /// The relevance of the matching entry `index` by ``JobsmithDomain/TemplateRanking``, compared on word ids.
    func score(_ index: Int32, _ query: CompiledQuery) -> Int {
        let entry = entries[Int(index)]
        return TemplateRanking.score(
            EntryWords(titleIDs: entry.titleIDs, tagIDs: entry.tagIDs, optionalTitleWords: entry.optionalTitleWords), terms: query.terms
        )
    }

    /// The entries whose titles are nearest to `words` by ``TitleSimilarity``, best first, at most `limit`.
    func nearestTitles(to words: [Substring], limit: Int) -> [(index: Int32, similarity: Double)] {
        var found: [(index: Int32, similarity: Double)] = []
        for (index, entry) in entries.enumerated() {
            let similarity = TitleSimilarity.score(queryWords: words, titleWords: entry.titleWords)
            if similarity >= TitleSimilarity.threshold { found.append((Int32(index), similarity)) }
        }
        return Array(found.sorted { ($1.similarity, $0.index) < ($0.similarity, $1.index) }.prefix(limit))
    }

    /// A word of a phrase as the range of word ids it matches: one id, or every word it is a prefix of.
    typealias WordRange = Range<Int32>

    /// The id ranges of a phrase's words (the last as a prefix); nil when a word occurs nowhere.
    private func wordRanges(_ phrase: [String]) -> [WordRange]? {
        var ranges: [WordRange] = []
        for (offset, word) in phrase.enumerated() {
            if offset < phrase.count - 1 {
                guard let id = wordIDs[word] else { return nil }
                ranges.append(id..<(id + 1))
            } else {
                var low = 0
                var high = vocabulary.count
                while low < high {
                    let middle = (low + high) / 2
                    if vocabulary[middle] < word { low = middle + 1 } else { high = middle }
                }
                var end = low
                while end < vocabulary.count && vocabulary[end].hasPrefix(word) { end += 1 }
                guard end > low else { return nil }
                ranges.append(Int32(low)..<Int32(end))
            }
        }
        return ranges
    }

    private func union(of range: WordRange) -> EntrySet {
        var set = EntrySet(count: entries.count)
        for id in range {
            for index in postings[Int(id)] { set.insert(index) }
        }
        return set
    }

    /// Where `phrase` first occurs in `words` as consecutive words (within one field: the separator matches no
    /// range), as the offset of its first word.
    fileprivate static func firstMatch(_ phrase: [WordRange], in words: [Int32]) -> Int? {
        guard !phrase.isEmpty, words.count >= phrase.count else { return nil }
        for start in 0...(words.count - phrase.count) where phrase.indices.allSatisfy({ phrase[$0].contains(words[start + $0]) }) {
            return start
        }
        return nil
    }
}

/// An entry's title and tags for ``JobsmithDomain/TemplateRanking``, matched on word ids.
private struct EntryWords: RankedWords {
    let titleIDs: [Int32]
    let tagIDs: [Int32]
    let optionalTitleWords: [Bool]

    var titleWordCount: Int { titleIDs.count }

    func titleMatch(_ phrase: TemplateCatalog.Phrase) -> (range: Range<Int>, wholeWord: Bool)? {
        guard let start = TemplateCatalog.firstMatch(phrase.ranges, in: titleIDs) else { return nil }
        let end = start + phrase.ranges.count
        return (start..<end, phrase.exactLast == titleIDs[end - 1])
    }

    func tagsContain(_ phrase: TemplateCatalog.Phrase) -> Bool {
        TemplateCatalog.firstMatch(phrase.ranges, in: tagIDs) != nil
    }

    func isOptionalTitleWord(at index: Int) -> Bool { optionalTitleWords[index] }
}

/// A set of entry indexes as a bit set: unions and intersections over thousands of templates cost a few hundred word
/// operations.
private struct EntrySet {
    private var bits: [UInt64]

    init(count: Int) {
        bits = Array(repeating: 0, count: (count + 63) / 64)
    }

    mutating func insert(_ index: Int32) {
        bits[Int(index) >> 6] |= 1 << UInt64(index & 63)
    }

    mutating func formUnion(_ other: EntrySet) {
        for offset in bits.indices { bits[offset] |= other.bits[offset] }
    }

    mutating func formIntersection(_ other: EntrySet) {
        for offset in bits.indices { bits[offset] &= other.bits[offset] }
    }

    var members: [Int32] {
        var result: [Int32] = []
        for (offset, word) in bits.enumerated() where word != 0 {
            var remaining = word
            while remaining != 0 {
                result.append(Int32(offset * 64 + remaining.trailingZeroBitCount))
                remaining &= remaining - 1
            }
        }
        return result
    }
}
