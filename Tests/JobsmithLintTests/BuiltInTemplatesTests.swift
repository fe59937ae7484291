import Foundation
import JobsmithDomain
import JobsmithLint
import Testing

/// The templates shipped in Sources/JobsmithServer/Resources/Templates must pass the linter without errors (issue 4).
@Suite("Built-in templates")
struct BuiltInTemplatesTests {
    private static let directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/JobsmithServer/Resources/Templates")

    @Test("Every built-in template lints without errors")
    func noErrors() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        #expect(!files.isEmpty)
        for file in files {
            let data = try Data(contentsOf: file)
            let document = try JSONDecoder().decode(JobDocument.self, from: data)
            let level = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["level"] as? String
            let result = Linter.lint(document, options: LintOptions(level: level.flatMap(JobLevel.init(rawValue:)), checksJobFacts: false))
            let errors = result.findings.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(file.lastPathComponent): \(errors.map { "\($0.rule) at \($0.section)" })")
        }
    }
}
