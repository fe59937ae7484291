import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Hyphen handling in gender coding")
struct HyphenHandlingTests {
    private func coding(_ summary: String) -> GenderCoding {
        Linter.lint(document(title: "Engineer", summary: summary), options: options()).genderCoding
    }

    @Test("A word starting with a hyphenated stem stays whole")
    func hyphenatedStemStaysWhole() {
        let coding = coding("Self-confident, co-operative people.")
        #expect(coding.masculineWords.map(\.word) == ["Self-confident"])
        #expect(coding.masculineCount == 1)
        #expect(coding.feminineWords.map(\.word) == ["co-operative"])
    }

    @Test("Other hyphenated words are split into parts that count separately")
    func otherHyphenatedWordsSplit() {
        let coding = coding("A servant-leader and leader-supporter-follower.")
        #expect(coding.masculineWords.map(\.word) == ["leader", "leader"])
        #expect(coding.feminineWords.map(\.word) == ["supporter"])
    }

    @Test("A hyphenated stem only counts at the start of the hyphenated word")
    func hyphenatedStemInsideSplits() {
        let coding = coding("Highly-self-confident.")
        #expect(coding.masculineWords.map(\.word) == ["confident"])
    }

    @Test("Unicode hyphens count as hyphens, dashes separate words")
    func unicodeHyphens() {
        let coding = coding("Self\u{2011}reliant engineers—competitive people.")
        #expect(coding.masculineWords.map(\.word) == ["Self\u{2011}reliant", "competitive"])
    }

    @Test("The unhyphenated spelling matches too")
    func unhyphenated() {
        #expect(coding("Selfconfident and headstrong.").masculineWords.map(\.word) == ["Selfconfident", "headstrong"])
    }
}
