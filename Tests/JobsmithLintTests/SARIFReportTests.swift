import Foundation
import JobsmithDomain
import JobsmithLint
import Testing

@Suite("SARIF output")
struct SARIFReportTests {
    private let result = Linter.lint(
        document(
            title: "Rockstar Developer", summary: "Young, aggressive digital natives wanted.", salary: nil,
            location: Location(city: "Denver", region: "CO", country: "US")),
        options: options()
    )

    private func parse(_ sarif: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    }

    @Test("The log parses as JSON and has SARIF 2.1.0's required properties")
    func requiredProperties() throws {
        let log = try parse(SARIFReport.render(results: [(uri: "jobs/backend.md", result: result)]))
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-schema-2.1.0") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "jobsmith-lint")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == LintRuleCatalog.all.count)
        #expect(rules.allSatisfy { $0["id"] is String && ($0["shortDescription"] as? [String: Any])?["text"] is String })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == result.findings.count)
        for (sarif, finding) in zip(results, result.findings) {
            #expect(sarif["ruleId"] as? String == finding.rule)
            #expect((sarif["message"] as? [String: Any])?["text"] as? String != nil)
            let location = try #require((sarif["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "jobs/backend.md")
            #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 1)
            let logical = try #require((location["logicalLocations"] as? [[String: Any]])?.first)
            #expect(logical["fullyQualifiedName"] as? String == (finding.section.isEmpty ? "/" : finding.section))
            let ruleIndex = try #require(sarif["ruleIndex"] as? Int)
            #expect(rules[ruleIndex]["id"] as? String == finding.rule)
        }
    }

    @Test("Severities map to SARIF levels")
    func levels() throws {
        let log = try parse(SARIFReport.render(results: [(uri: "a.json", result: result)]))
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let levels = Dictionary(
            zip(result.findings.map(\.severity), results.map { $0["level"] as? String ?? "" }), uniquingKeysWith: { first, _ in first })
        #expect(levels[.error] == "error")
        #expect(levels[.warning] == "warning")
        #expect(levels[.info] == "note")
    }

    @Test("Several files become results with their own URIs; a line resolver places findings")
    func severalFiles() throws {
        let sarif = SARIFReport.render(results: [(uri: "a.md", result: result), (uri: "b.md", result: result)]) { uri, _ in uri == "b.md" ? 7 : nil }
        let run = try #require((try parse(sarif)["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2 * result.findings.count)
        let lines = results.compactMap {
            (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        }
        .compactMap { $0["startLine"] as? Int }
        #expect(Set(lines) == [1, 7])
        #expect((run["artifacts"] as? [[String: Any]])?.count == 2)
    }

    @Test("No results is still a valid log")
    func empty() throws {
        let log = try parse(SARIFReport.render(results: []))
        #expect(((log["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.isEmpty == true)
    }
}
