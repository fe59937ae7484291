import Foundation
import JobsmithDomain
import JobsmithLint
import Testing

/// The committed corpus of gender-coded words in context (Corpus/gender-coding.txt): by default the checks report
/// exactly the uses an editor would flag; with strict lists they report everything the published lists match.
@Suite("Gender-coding corpus")
struct GenderCodingCorpusTests {
    enum Verdict: String, CaseIterable {
        case coded, skipped, uncoded
    }

    struct Case: CustomTestStringConvertible {
        var verdict: Verdict
        var field: String
        var text: String
        /// UTF-16 offsets of the bracketed words in `text` (brackets removed).
        var words: [Range<Int>]
        var line: Int

        var testDescription: String { "line \(line): \(text)" }
    }

    private static let corpusURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus/gender-coding.txt")

    static let cases: [Case] = {
        guard let corpus = try? String(contentsOf: corpusURL, encoding: .utf8) else { return [] }
        return corpus.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let parts = trimmed.split(separator: "|", maxSplits: 2).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 3, let verdict = Verdict(rawValue: parts[0]) else {
                return Case(verdict: .coded, field: "invalid", text: trimmed, words: [], line: index + 1)
            }
            var text = ""
            var words: [Range<Int>] = []
            var open: Int?
            for character in parts[2] {
                if character == "[" {
                    open = text.utf16.count
                } else if character == "]", let start = open {
                    words.append(start..<text.utf16.count)
                    open = nil
                } else {
                    text.append(character)
                }
            }
            return Case(verdict: verdict, field: parts[1], text: text, words: words, line: index + 1)
        }
    }()

    /// A document with `text` in `field` (and nothing else coded).
    static func document(_ field: String, _ text: String) -> JobDocument? {
        var document = JobDocument(title: "Engineer")
        switch field {
        case "title": document.title = text
        case "summary": document.summary = text
        case "responsibilities": document.responsibilities = [text]
        case "requirements": document.requirements = [text]
        case "niceToHave": document.niceToHave = [text]
        case "kpis": document.kpis = [KPI(name: "Measure", description: text)]
        case "reportsTo": document.reportsTo = text
        case "collaboratesWith": document.collaboratesWith = [text]
        case "leads": document.leads = [text]
        case "tools": document.tools = [text]
        case "qualifications": document.qualifications = [text]
        case "benefits": document.benefits = [text]
        case "otherSections": document.otherSections = [OtherSection(heading: "About", body: text)]
        default: return nil
        }
        return document
    }

    /// The ranges of the coded words reported in `field`.
    static func coded(_ field: String, _ text: String, strict: Bool) -> Set<Range<Int>> {
        guard let document = document(field, text) else { return [] }
        let options = LintOptions(employeeCount: 200, checksJobFacts: false, strictGenderLists: strict)
        let coding = Linter.lint(document, options: options).genderCoding
        let pointer =
            switch field {
            case "title", "summary", "reportsTo": "/\(field)"
            case "kpis": "/kpis/0/description"
            case "otherSections": "/otherSections/0/body"
            default: "/\(field)/0"
            }
        return Set((coding.masculineWords + coding.feminineWords).filter { $0.section == pointer }.map { $0.start..<$0.end })
    }

    @Test("The corpus is well formed and covers every verdict")
    func wellFormed() {
        #expect(Self.cases.count > 150)
        for verdict in Verdict.allCases { #expect(Self.cases.contains { $0.verdict == verdict }) }
        for item in Self.cases {
            #expect(Self.document(item.field, item.text) != nil, "line \(item.line): unknown field \(item.field)")
            #expect(!item.words.isEmpty, "line \(item.line): no [bracketed] word")
        }
    }

    @Test("By default, exactly the uses an editor would flag are reported", arguments: cases)
    func defaultVerdicts(item: Case) {
        let reported = Self.coded(item.field, item.text, strict: false)
        for word in item.words {
            #expect(reported.contains(word) == (item.verdict == .coded), "\(item.verdict.rawValue): \(Self.quoted(item, word))")
        }
    }

    @Test("In strict mode everything the published lists match is reported", arguments: cases)
    func strictVerdicts(item: Case) {
        let reported = Self.coded(item.field, item.text, strict: true)
        for word in item.words {
            #expect(reported.contains(word) == (item.verdict != .uncoded), "\(item.verdict.rawValue): \(Self.quoted(item, word))")
        }
    }

    private static func quoted(_ item: Case, _ word: Range<Int>) -> String {
        let units = Array(item.text.utf16)
        return "“\(String(decoding: units[word], as: UTF16.self))” in “\(item.text)”"
    }
}
