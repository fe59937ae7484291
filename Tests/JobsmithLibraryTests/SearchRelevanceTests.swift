import JobsmithDomain
import JobsmithLibrary
import Testing

@Suite("Template search relevance, offline")
struct SearchRelevanceTests {
    @Test("every query of the relevance set puts an acceptable template first")
    func relevanceSet() async throws {
        let set = try RelevanceSet.load()
        let library = try BuiltInTemplates.load()
        #expect(set.cases.count >= 150)
        let slugs = Set(library.map(\.slug))
        for item in set.cases {
            #expect(
                item.acceptable.isSubset(of: slugs), "\"\(item.query)\" names a template that does not exist: \(item.acceptable.subtracting(slugs))")
        }
        let failures = await set.failures { TemplateRanking.search(library, query: $0).first?.slug }
        #expect(failures.isEmpty, "\(set.cases.count - failures.count)/\(set.cases.count) pass:\n\(failures.joined(separator: "\n"))")
    }

    @Test("an exact title beats a title that only contains the words, and an abbreviation finds its role")
    func tiers() throws {
        let library = try BuiltInTemplates.load()
        #expect(TemplateRanking.search(library, query: "software engineer").first?.slug == "software-engineer-i")
        #expect(TemplateRanking.search(library, query: "RN").first?.slug == "registered-nurse")
        #expect(TemplateRanking.search(library, query: "Nurse Manager").first?.slug == "nurse-manager")
        #expect(TemplateRanking.search(library, query: "CFO").first?.slug == "chief-financial-officer")
    }
}
