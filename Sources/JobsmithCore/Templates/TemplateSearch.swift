import Foundation
import JobsmithDomain

/// What a library search narrows its results to besides the text; nil means any.
public struct TemplateFilters: Sendable, Equatable {
    public var department: String?
    public var level: String?
    /// A job family (see ``JobsmithDomain/JobTemplate/family``).
    public var family: String?

    public init(department: String? = nil, level: String? = nil, family: String? = nil) {
        self.department = department
        self.level = level
        self.family = family
    }

    /// Whether any filter is set.
    public var isEmpty: Bool { department == nil && level == nil && family == nil }
}

/// How many templates the query finds for each filter value, each counted with the other two filters applied (so the
/// count next to an option is what choosing it would give). Values without a match are absent.
public struct TemplateCounts: Sendable, Equatable {
    public var departments: [String: Int] = [:]
    public var levels: [String: Int] = [:]
    public var families: [String: Int] = [:]
    /// Matches with the department and level applied, whatever the family (templates without one included).
    public var anyFamily = 0
}

/// One page of a library search.
public struct TemplateSearchPage: Sendable {
    public var items: [StoredTemplate]
    /// Every match with all filters applied.
    public var total: Int
    public var counts: TemplateCounts
    /// Every job family among the templates the caller can see, sorted.
    public var families: [String]
}

/// Templates near a query that found nothing.
public struct TemplateSuggestions: Sendable {
    public var items: [StoredTemplate]
    /// True when they are the query's best matches once the filters are dropped; false when they are the titles
    /// nearest to what was typed.
    public var withoutFilters: Bool
}

/// A search over the catalogs an organization sees (built-in and its own): matching and counting in each catalog,
/// then the ranked lists merged in ``TemplateRanking`` order.
struct TemplateSearch {
    /// A match: which catalog, which entry.
    struct Hit {
        let catalog: Int
        let index: Int32
        let score: Int
    }

    let catalogs: [TemplateCatalog]

    /// The matches of `text` with `filters`, best first (by department and title without a query), at most `limit`
    /// of them after skipping `offset`, with the total and the counts per filter value.
    func run(_ text: String, filters: TemplateFilters, offset: Int, limit: Int) -> (hits: [Hit], total: Int, counts: TemplateCounts) {
        let query = TemplateQuery(text)
        var lists: [[Hit]] = []
        var counts = TemplateCounts()
        for (number, catalog) in catalogs.enumerated() {
            let department = filters.department.map { catalog.departments.firstIndex(of: $0).map(Int32.init) ?? -2 }
            let level = filters.level.map { catalog.levels.firstIndex(of: $0).map(Int32.init) ?? -2 }
            let family = filters.family.map { catalog.families.firstIndex(of: $0).map(Int32.init) ?? -2 }
            var departmentCounts = Array(repeating: 0, count: catalog.departments.count)
            var levelCounts = Array(repeating: 0, count: catalog.levels.count)
            var familyCounts = Array(repeating: 0, count: catalog.families.count)
            var kept: [Int32] = []
            let compiled = catalog.compile(query)
            for index in catalog.matching(compiled) {
                let entry = catalog.entries[Int(index)]
                let inDepartment = department == nil || entry.department == department
                let inLevel = level == nil || entry.level == level
                let inFamily = family == nil || entry.family == family
                if inLevel && inFamily { departmentCounts[Int(entry.department)] += 1 }
                if inDepartment && inFamily { levelCounts[Int(entry.level)] += 1 }
                if inDepartment && inLevel {
                    familyCounts[Int(entry.family)] += 1
                    counts.anyFamily += 1
                }
                if inDepartment && inLevel && inFamily { kept.append(index) }
            }
            Self.add(departmentCounts, named: catalog.departments, to: &counts.departments)
            Self.add(levelCounts, named: catalog.levels, to: &counts.levels)
            Self.add(familyCounts.dropFirst(), named: catalog.families.dropFirst(), to: &counts.families)
            if query.isEmpty {
                var isKept = Array(repeating: false, count: catalog.count)
                for index in kept { isKept[Int(index)] = true }
                lists.append(catalog.listing.filter { isKept[Int($0)] }.map { Hit(catalog: number, index: $0, score: 0) })
            } else {
                lists.append(
                    kept.map { Hit(catalog: number, index: $0, score: catalog.score($0, compiled)) }
                        .sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
                )
            }
        }
        let total = lists.reduce(0) { $0 + $1.count }
        let (end, overflow) = offset.addingReportingOverflow(limit)
        let merged = merge(lists, count: overflow ? total : min(end, total), listing: query.isEmpty)
        return (Array(merged.dropFirst(offset)), total, counts)
    }

    /// The titles nearest to `text` across the catalogs, best first.
    func nearestTitles(to text: String, limit: Int) -> [Hit] {
        let words = SearchText.words(String(text.prefix(200)))
        var found: [(hit: Hit, similarity: Double)] = []
        for (number, catalog) in catalogs.enumerated() {
            found += catalog.nearestTitles(to: words, limit: limit).map {
                (hit: Hit(catalog: number, index: $0.index, score: 0), similarity: $0.similarity)
            }
        }
        return Array(
            found.sorted { lhs, rhs in
                if lhs.similarity != rhs.similarity { return lhs.similarity > rhs.similarity }
                let left = entry(lhs.hit)
                let right = entry(rhs.hit)
                return (left.title, left.slug) < (right.title, right.slug)
            }
            .prefix(limit).map(\.hit)
        )
    }

    /// Every family of the catalogs, sorted.
    var families: [String] {
        Set(catalogs.flatMap { $0.families.dropFirst() }).sorted()
    }

    func entry(_ hit: Hit) -> TemplateCatalog.Entry {
        catalogs[hit.catalog].entries[Int(hit.index)]
    }

    private static func add<Counts: Collection<Int>, Names: Collection<String>>(
        _ values: Counts, named names: Names, to counts: inout [String: Int]
    ) {
        for (name, value) in zip(names, values) where value > 0 { counts[name, default: 0] += value }
    }

    /// The first `count` hits of the already ordered `lists` in one order.
    private func merge(_ lists: [[Hit]], count: Int, listing: Bool) -> [Hit] {
        let nonEmpty = lists.filter { !$0.isEmpty }
        guard nonEmpty.count > 1 else { return Array((nonEmpty.first ?? []).prefix(count)) }
        var positions = Array(repeating: 0, count: nonEmpty.count)
        var result: [Hit] = []
        result.reserveCapacity(count)
        while result.count < count {
            var best: Int?
            for list in nonEmpty.indices where positions[list] < nonEmpty[list].count {
                guard let current = best else {
                    best = list
                    continue
                }
                if precedes(nonEmpty[list][positions[list]], nonEmpty[current][positions[current]], listing: listing) { best = list }
            }
            guard let best else { break }
            result.append(nonEmpty[best][positions[best]])
            positions[best] += 1
        }
        return result
    }

    private func precedes(_ lhs: Hit, _ rhs: Hit, listing: Bool) -> Bool {
        let left = entry(lhs)
        let right = entry(rhs)
        if listing {
            let leftDepartment = catalogs[lhs.catalog].departments[Int(left.department)]
            let rightDepartment = catalogs[rhs.catalog].departments[Int(right.department)]
            return (leftDepartment, left.title, left.slug) < (rightDepartment, right.title, right.slug)
        }
        return TemplateRanking.precedes((lhs.score, left.title, left.slug), (rhs.score, right.title, right.slug))
    }
}
