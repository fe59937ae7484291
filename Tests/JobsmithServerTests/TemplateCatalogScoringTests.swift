import Foundation
import JobsmithDomain
import JobsmithLibrary
import Testing

@testable import JobsmithCore

@Suite("Template catalogs match and score on word ids exactly as the ranking does on text")
struct TemplateCatalogScoringTests {
    /// The relevance set's queries, plus shapes it lacks: prefixes, phrases, several terms, words no template has.
    static func queries() throws -> [String] {
        try RelevanceSet.load().cases.map(\.query) + [
            "soft", "software eng", "senior software engineer", "eng manager", "customer", "data", "nurse ma", "ceo",
            "chief executive", "engineer ii", "sales", "people ops", "zzz", "backend zzz", "registered nurse rn", "i",
        ]
    }

    @Test("the same templates match, with the same score, for every query")
    func sameAsTextRanking() throws {
        let library = try BuiltInTemplates.load()
        let fields = library.map(TemplateRanking.Fields.init(template:))
        let catalog = TemplateCatalog(
            rows: zip(library, fields).map { template, fields in
                TemplateCatalog.Row(
                    id: UUID(), slug: template.slug, title: template.document.title, department: template.department,
                    level: template.level, family: template.family, searchTitle: fields.title, searchTags: fields.tags,
                    searchBody: fields.body
                )
            }
        )
        let fieldsBySlug = Dictionary(uniqueKeysWithValues: zip(library.map(\.slug), fields))
        var compared = 0
        for text in try Self.queries() {
            let query = TemplateQuery(text)
            let compiled = catalog.compile(query)
            let matched = catalog.matching(compiled)
            let expected = catalog.entries.indices.filter { TemplateRanking.matches(fieldsBySlug[catalog.entries[$0].slug]!, query) }
            #expect(matched.map(Int.init) == expected, "\"\(text)\" matches differently")
            for index in matched {
                let entryFields = fieldsBySlug[catalog.entries[Int(index)].slug]!
                let expectedScore = TemplateRanking.score(title: entryFields.title, tags: entryFields.tags, query: query)
                #expect(
                    catalog.score(index, compiled) == expectedScore, "\"\(text)\" scores \(catalog.entries[Int(index)].slug) differently")
                compared += 1
            }
        }
        #expect(compared > 1_000)
    }
}
