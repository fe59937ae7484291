import ArgumentParser
import Foundation
import JobsmithDomain
import JobsmithLint

/// `jobsmith lint FILE...`: checks job descriptions kept in files, for use in CI.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check job descriptions: language, readability, completeness and pay-transparency law.",
        discussion: "Exit status: 0 no errors, 1 errors found, 2 a file could not be read."
    )

    /// How findings are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: "Text, Markdown, HTML or JSON files; - reads standard input.")
    var files: [String]

    @Option(help: "Output: text, json or sarif (SARIF 2.1.0 for code-scanning tools).")
    var format: Format = .text

    @Option(help: "Employees in the organization; decides pay-transparency thresholds (unknown: laws with a threshold warn).")
    var employeeCount: Int?

    @Option(help: "Seniority for the years-of-experience check, when the title does not say.")
    var level: JobLevel?

    @Option(name: .customLong("as-of"), help: "Check the pay-transparency law in force on this day (YYYY-MM-DD; default today).")
    var asOf: String?

    @Flag(
        help:
            "Report every match of the published gender-coded word lists, as gender-decoder does, including uses such as \"Team Lead\" that are skipped by default."
    )
    var strictGenderLists = false

    @Option(help: "The English the files are written in: en-US or en-GB. Words spelled the other way are pointed out.")
    var locale: ContentLocale = .default

    func run() async throws {
        var day = Date()
        if let asOf {
            guard let parsed = LintOptions.date(ofDay: asOf) else {
                FileHandle.standardError.write(
                    Data("jobsmith: --as-of must be \(LintOptions.checkableDayDescription) (got \"\(asOf.prefix(40))\")\n".utf8))
                throw ExitCode(2)
            }
            day = parsed
        }
        let options = LintOptions(employeeCount: employeeCount, level: level, asOf: day, strictGenderLists: strictGenderLists, locale: locale)
        var checked: [(file: InputFile, result: LintResult)] = []
        var unreadable: [String] = []
        for path in files {
            do {
                let file = try InputFile.read(path)
                checked.append((file, Linter.lint(file.document, options: options)))
            } catch {
                unreadable.append("\(error)")
            }
        }
        for message in unreadable {
            FileHandle.standardError.write(Data("jobsmith: \(message)\n".utf8))
        }
        switch format {
        case .text: printText(checked)
        case .json: print(OutputFormat.json(checked.map { ["file": AnyEncodable($0.file.path), "result": AnyEncodable($0.result)] }))
        case .sarif:
            let byPath = Dictionary(checked.map { ($0.file.path, $0.file) }) { first, _ in first }
            print(
                SARIFReport.render(results: checked.map { (uri: $0.file.path, result: $0.result) }) { uri, finding in
                    guard let file = byPath[uri] else { return nil }
                    return file.line(of: file.document.text(at: finding.section, from: finding.start, to: finding.end))
                }
            )
        }
        if !unreadable.isEmpty { throw ExitCode(2) }
        if checked.contains(where: { $0.result.hasErrors }) { throw ExitCode(1) }
    }

    private func printText(_ checked: [(file: InputFile, result: LintResult)]) {
        for (file, result) in checked {
            let headline = result.headline
            print("\(file.path): score \(result.score)/100 (\(headline.grade.rawValue)): \(headline.counts); wording \(result.genderCoding.verdict)")
            for finding in result.findings {
                let location = file.line(of: file.document.text(at: finding.section, from: finding.start, to: finding.end)).map { ":\($0)" } ?? ""
                print(
                    "  \(file.path)\(location) \(finding.severity.rawValue) [\(finding.rule)] \(finding.section.isEmpty ? "document" : finding.section): \(finding.message)"
                )
                if let suggestion = finding.suggestion { print("      suggestion: \(suggestion)") }
            }
        }
        let headlines = checked.map(\.result.headline)
        let errors = headlines.reduce(0) { $0 + $1.errors }
        let warnings = headlines.reduce(0) { $0 + $1.warnings }
        let tips = headlines.reduce(0) { $0 + $1.tips }
        print("\(checked.count) file(s) checked: \(errors) error(s), \(warnings) warning(s), \(tips) tip(s)")
    }
}

extension JobLevel: ExpressibleByArgument {}

extension ContentLocale: ExpressibleByArgument {
    /// Reads a BCP 47 tag as ``ContentLocale/init(tag:)`` does ("en-gb", "en_GB").
    public init?(argument: String) {
        self.init(tag: argument)
    }
}

/// Wraps any encodable value so differently typed values fit one JSON object.
struct AnyEncodable: Encodable {
    private let encodeValue: (any Encoder) throws -> Void

    init(_ value: some Encodable) {
        encodeValue = value.encode(to:)
    }

    func encode(to encoder: any Encoder) throws {
        try encodeValue(encoder)
    }
}

extension JobDocument {
    /// The text a finding points at: the string at the JSON pointer `section`, cut to the UTF-16 range given.
    func text(at section: String, from start: Int, to end: Int) -> String {
        guard let data = try? JSONEncoder().encode(self), var node = try? JSONSerialization.jsonObject(with: data) else { return "" }
        for key in section.split(separator: "/") {
            if let object = node as? [String: Any], let next = object[String(key)] {
                node = next
            } else if let array = node as? [Any], let index = Int(key), array.indices.contains(index) {
                node = array[index]
            } else {
                return ""
            }
        }
        guard let text = node as? String else { return "" }
        let units = Array(text.utf16)
        guard start >= 0, end <= units.count, start < end else { return String(text.prefix(60)) }
        return String(decoding: units[start..<end], as: UTF16.self)
    }
}
