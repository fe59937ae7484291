import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Report headline")
struct LintHeadlineTests {
    @Test("The headline counts the findings the report lists")
    func countsAgree() {
        let messy = JobDocument(
            title: "Rockstar Salesman", summary: "Young, aggressive self-starter wanted.", requirements: ["15+ years of experience"])
        let result = Linter.lint(messy, options: options())
        let headline = result.headline
        #expect(headline.errors == result.findings.filter { $0.severity == .error }.count)
        #expect(headline.warnings == result.findings.filter { $0.severity == .warning }.count)
        #expect(headline.tips == result.findings.filter { $0.severity == .info }.count)
        #expect(headline.errors > 0 && headline.warnings > 0 && headline.tips > 0)
        #expect(headline.grade == .poor)
    }

    @Test("A description with an error is never good, whatever its score")
    func errorIsNotGood() {
        let denver = Location(city: "Denver", region: "CO", country: "US")
        let result = Linter.lint(document(salary: nil, location: denver), options: options())
        #expect(result.hasErrors)
        #expect(result.score >= 60)
        #expect(result.headline.grade == .fair)
    }

    @Test("Counts read as English, and no findings says so")
    func countsText() {
        func finding(_ severity: Severity) -> LintFinding {
            LintFinding(rule: "r", severity: severity, message: "m", suggestion: nil, section: "")
        }
        let readability = Readability(
            fleschReadingEase: 60, fleschKincaidGrade: 8, words: 300, sentences: 20, averageSentenceLength: 15, longestSentence: 20)
        let coding = GenderCoding(verdict: "neutral", masculineWords: [], feminineWords: [])
        let one = LintResult(
            score: 79, findings: [finding(.error), finding(.warning), finding(.info)], genderCoding: coding, readability: readability)
        #expect(one.headline.counts == "1 error · 1 warning · 1 tip")
        let two = LintResult(score: 90, findings: [finding(.warning), finding(.warning)], genderCoding: coding, readability: readability)
        #expect(two.headline.counts == "0 errors · 2 warnings · 0 tips")
        #expect(two.headline.grade == .good)
        #expect(LintResult(score: 100, findings: [], genderCoding: coding, readability: readability).headline.counts == "No findings")
    }
}
