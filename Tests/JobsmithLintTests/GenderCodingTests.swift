import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Gender-coded language")
struct GenderCodingTests {
    private func coding(_ summary: String, strict: Bool = false) -> (LintResult, JobDocument) {
        let doc = document(
            title: "Engineer", summary: summary, responsibilities: ["Write code"], requirements: ["Write tests"],
            benefits: ["Health insurance"])
        var lintOptions = options()
        lintOptions.strictGenderLists = strict
        return (Linter.lint(doc, options: lintOptions), doc)
    }

    @Test("A masculine-coded text gets a masculine verdict with every coded word located")
    func masculineVerdictLocatesWords() throws {
        let (result, doc) = coding("We want an aggressive, competitive and decisive leader who is driven.")
        #expect(result.genderCoding.verdict == "strongly masculine-coded")
        #expect(result.genderCoding.masculineWords.map(\.word) == ["aggressive", "competitive", "decisive", "leader", "driven"])
        #expect(result.genderCoding.feminineWords.isEmpty)
        for word in result.genderCoding.masculineWords {
            #expect(word.section == "/summary")
            #expect(slice(word.section, word.start, word.end, in: doc) == word.word)
        }
        let verdict = try #require(result.findings("gender-coded-masculine").first)
        #expect(verdict.severity == .warning)
        #expect(verdict.section == "")
        let words = result.findings("gender-coded-masculine-word")
        #expect(words.count == 5)
        #expect(words.allSatisfy { $0.severity == .info && slice($0.section, $0.start, $0.end, in: doc) != nil })
        #expect(words.first?.suggestion == "Consider “bold”.")
        #expect(result.genderCoding.masculineWords.first?.alternative == "bold")
    }

    @Test("Two or three more masculine than feminine words is masculine-coded, not strongly")
    func mildlyMasculine() {
        let (result, _) = coding("An ambitious engineer who is confident and supportive.")
        #expect(result.genderCoding.masculineCount == 2)
        #expect(result.genderCoding.feminineCount == 1)
        #expect(result.genderCoding.verdict == "masculine-coded")
        #expect(result.findings("gender-coded-masculine").count == 1)
    }

    @Test("A feminine-coded text gets a feminine verdict and no verdict finding")
    func feminineVerdict() {
        let (result, doc) = coding("A warm, supportive and collaborative team that values trust and honest, kind feedback.")
        #expect(result.genderCoding.verdict == "strongly feminine-coded")
        #expect(result.genderCoding.feminineWords.map(\.word) == ["warm", "supportive", "collaborative", "trust", "honest", "kind"])
        #expect(result.genderCoding.feminineWords.allSatisfy { slice($0.section, $0.start, $0.end, in: doc) == $0.word })
        #expect(result.findings("gender-coded-masculine").isEmpty)
        #expect(result.findings("gender-coded-masculine-word").isEmpty)
    }

    @Test("Equal counts are neutral, and so is a text without coded words")
    func neutral() {
        #expect(coding("Sharing versus aggression.").0.genderCoding.verdict == "neutral")
        #expect(coding("Build reliable software.").0.genderCoding.verdict == "neutral")
    }

    // The cases of gender-decoder's own test suite (tests.py), which the counts and verdicts must reproduce in strict
    // mode (and do by default too, as none of their words is an exception).
    @Test(
        "Counts and verdicts match gender-decoder",
        arguments: [
            ("Ambition:competition–decisiveness, empathy&kindness", 3, 2, "masculine-coded"),
            ("Ambition:competition–decisiveness&leadership, other words", 4, 0, "strongly masculine-coded"),
            ("Ambition:competition–decisiveness&leadership, decisiveness, stubborness, sharing and empathy", 6, 2, "strongly masculine-coded"),
            ("Ambition:competition, empathy&kindness, co-operation", 2, 3, "feminine-coded"),
            ("empathy&kindness, co-operation, trust and other words", 0, 4, "strongly feminine-coded"),
            (
                "Ambition:competition, empathy&kindness and responsibility, co-operation, honesty, trust and other words", 2, 6,
                "strongly feminine-coded"
            ),
        ]
    )
    func genderDecoderParity(text: String, masculine: Int, feminine: Int, verdict: String) {
        for strict in [true, false] {
            let coding = coding(text, strict: strict).0.genderCoding
            #expect(coding.masculineCount == masculine)
            #expect(coding.feminineCount == feminine)
            #expect(coding.verdict == verdict)
        }
    }

    @Test("Separators split words like gender-decoder's clean-up")
    func separators() {
        let coding = coding(
            "Sharing: ambition\tkindness&empathy(never more than frou) Who is Connect@HBS? "
                + "leader-supporter-follower aggresive/responsible;understand? connect", strict: true
        ).0.genderCoding
        #expect(Set(coding.masculineWords.map { $0.word.lowercased() }) == ["ambition", "leader"])
        #expect(
            Set(coding.feminineWords.map { $0.word.lowercased() }) == [
                "sharing", "kindness", "empathy", "connect", "supporter", "responsible", "understand",
            ])
        #expect(coding.feminineCount == 8)
    }

    @Test("A word that starts with two stems counts twice in strict mode, as in gender-decoder, once by default")
    func doubleStem() {
        let strict = coding("A dominant player.", strict: true).0.genderCoding
        #expect(strict.masculineWords.map(\.word) == ["dominant"])
        #expect(strict.masculineCount == 2)
        #expect(strict.masculineWords.first?.alternative == "prominent")
        let precise = coding("A dominant player.").0.genderCoding
        #expect(precise.masculineWords.map(\.word) == ["dominant"])
        #expect(precise.masculineCount == 1)
    }

    @Test("The verdict counts the words it lists, so the headline agrees with the findings")
    func verdictMatchesListedWords() throws {
        let (result, _) = coding("A dominant, aggressive Team Lead who handles confidential data.")
        #expect(result.genderCoding.masculineWords.map(\.word) == ["dominant", "aggressive"])
        #expect(result.genderCoding.masculineCount == result.genderCoding.masculineWords.count)
        let verdict = try #require(result.findings("gender-coded-masculine").first)
        #expect(verdict.message.contains("2 masculine-coded against 0 feminine-coded words"))
        #expect(result.findings("gender-coded-masculine-word").count == 2)
        let strict = coding("A dominant, aggressive Team Lead who handles confidential data.", strict: true).0.genderCoding
        #expect(strict.masculineWords.map(\.word) == ["dominant", "aggressive", "Lead", "confidential"])
        #expect(strict.masculineCount == 5)
    }

    @Test("SharePoint is an exception, sharing is not")
    func exceptions() {
        let coding = coding("Experience with SharePoint and sharing knowledge.").0.genderCoding
        #expect(coding.feminineWords.map(\.word) == ["sharing"])
    }

    @Test("Coded words are found in every section, with the right pointer")
    func pointers() {
        var doc = document(title: "Fearless Engineer", summary: "Build things.")
        doc.kpis = [KPI(name: "Delivery", description: "Features shipped despite challenging deadlines")]
        let result = Linter.lint(doc, options: options())
        let words = result.genderCoding.masculineWords
        #expect(words.map(\.section) == ["/title", "/kpis/0/description"])
        #expect(words.allSatisfy { slice($0.section, $0.start, $0.end, in: doc) == $0.word })
    }

    @Test("Offsets are UTF-16 offsets, also after emoji and accented letters")
    func utf16Offsets() throws {
        let (result, doc) = coding("🚀 Café team, naïve ideas welcome: be confident.")
        let word = try #require(result.genderCoding.masculineWords.first)
        #expect(word.word == "confident")
        #expect(word.start == 38)
        #expect(slice(word.section, word.start, word.end, in: doc) == "confident")
    }
}
