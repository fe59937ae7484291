import Foundation

/// Renders lint results as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), so code-scanning tools
/// such as GitHub's show findings on the files they came from.
public enum SARIFReport {
    /// The SARIF log of `results`, one entry per checked file, as pretty-printed JSON with sorted keys.
    ///
    /// A finding's position is its JSON pointer and UTF-16 offsets in the document model, which are not positions in
    /// the file; they go in the result's logical location and properties. Pass `line` to place findings on a line of
    /// the file (GitHub needs one); without it every result points at line 1.
    /// - Parameters:
    ///   - results: The checked files' URIs (relative paths work best) and results.
    ///   - line: The 1-based line of a finding in the file at the URI, if known.
    public static func render(results: [(uri: String, result: LintResult)], line: ((_ uri: String, _ finding: LintFinding) -> Int?)? = nil) -> String
    {
        let rules = LintRuleCatalog.all
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        let sarifResults = results.flatMap { file in
            file.result.findings.map { finding in
                Result(
                    ruleId: finding.rule,
                    ruleIndex: ruleIndex[finding.rule],
                    level: level(finding.severity),
                    message: Message(text: finding.suggestion.map { "\(finding.message) \($0)" } ?? finding.message),
                    locations: [
                        Location(
                            physicalLocation: PhysicalLocation(
                                artifactLocation: ArtifactLocation(uri: file.uri),
                                region: Region(startLine: max(1, line?(file.uri, finding) ?? 1))
                            ),
                            logicalLocations: [LogicalLocation(fullyQualifiedName: finding.section.isEmpty ? "/" : finding.section, kind: "member")]
                        )
                    ],
                    properties: ResultProperties(section: finding.section, start: finding.start, end: finding.end, suggestion: finding.suggestion)
                )
            }
        }
        let log = Log(
            runs: [
                Run(
                    tool: Tool(driver: Driver(rules: rules.map(reportingDescriptor))),
                    results: sarifResults,
                    artifacts: results.map { Artifact(location: ArtifactLocation(uri: $0.uri)) }
                )
            ]
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func reportingDescriptor(_ rule: LintRuleInfo) -> ReportingDescriptor {
        ReportingDescriptor(
            id: rule.id,
            name: rule.id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            shortDescription: Message(text: rule.title),
            fullDescription: Message(text: rule.reason),
            help: Message(text: rule.suggestion),
            helpUri: rule.helpUri,
            defaultConfiguration: Configuration(level: level(rule.severity)),
            properties: RuleProperties(category: rule.category.rawValue)
        )
    }

    private struct Log: Encodable {
        let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    private struct Run: Encodable {
        let tool: Tool
        let results: [Result]
        let artifacts: [Artifact]
        let columnKind = "utf16CodeUnits"
    }

    private struct Tool: Encodable { let driver: Driver }

    private struct Driver: Encodable {
        let name = "jobsmith-lint"
        let rules: [ReportingDescriptor]
    }

    private struct ReportingDescriptor: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let help: Message
        let helpUri: String?
        let defaultConfiguration: Configuration
        let properties: RuleProperties
    }

    private struct Configuration: Encodable { let level: String }
    private struct RuleProperties: Encodable { let category: String }
    private struct Message: Encodable { let text: String }

    private struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Message
        let locations: [Location]
        let properties: ResultProperties
    }

    private struct ResultProperties: Encodable {
        let section: String
        let start: Int
        let end: Int
        let suggestion: String?
    }

    private struct Location: Encodable {
        let physicalLocation: PhysicalLocation
        let logicalLocations: [LogicalLocation]
    }

    private struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region
    }

    private struct ArtifactLocation: Encodable { let uri: String }
    private struct Region: Encodable { let startLine: Int }
    private struct LogicalLocation: Encodable {
        let fullyQualifiedName: String
        let kind: String
    }

    private struct Artifact: Encodable { let location: ArtifactLocation }
}
