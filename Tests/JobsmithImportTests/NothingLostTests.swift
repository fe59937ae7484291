import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Nothing lost")
struct NothingLostTests {
    @Test("every content line of the fixture is in the document", arguments: Fixture.names)
    func everyLineIsKept(_ name: String) throws {
        let result = try Fixture.imported(name)
        let lost = NothingLost.lostLines(Fixture.content(name), format: Fixture.format(name), in: result.document)
        #expect(lost.isEmpty, "lost from \(name): \(lost)")
    }

    @Test("the check fails when a line is dropped")
    func checkDetectsDroppedLine() throws {
        let name = "markdown-backend-engineer.md"
        var document = try Fixture.imported(name).document
        let dropped = document.responsibilities.remove(at: 2)
        let lost = NothingLost.lostLines(Fixture.content(name), format: Fixture.format(name), in: document)
        #expect(lost == ["Write clear design documents and review the designs of other engineers."])
        #expect(dropped == lost.first)
    }

    @Test("the check fails when a fact is not read")
    func checkDetectsMissedFact() throws {
        let name = "inline-colon-sdr.txt"
        var document = try Fixture.imported(name).document
        document.salary = nil
        let lost = NothingLost.lostLines(Fixture.content(name), format: Fixture.format(name), in: document)
        #expect(lost == ["Salary: up to $80,000 per year"])
    }

    @Test("the check fails when an HTML paragraph is dropped")
    func checkDetectsDroppedParagraph() throws {
        let name = "greenhouse-product-designer.html"
        var document = try Fixture.imported(name).document
        document.otherSections.removeAll { $0.heading == "Equal Opportunity" }
        let lost = NothingLost.lostLines(Fixture.content(name), format: Fixture.format(name), in: document)
        #expect(lost.count == 1)
        #expect(lost.first?.hasPrefix("Brightside Health is proud to be an equal opportunity employer.") == true)
    }
}
