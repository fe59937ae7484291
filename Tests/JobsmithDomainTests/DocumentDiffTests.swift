import JobsmithDomain
import Testing

@Suite("Document diff")
struct DocumentDiffTests {
    @Test("items are added, removed and changed in place")
    func listChanges() {
        let old = JobDocument(title: "A", responsibilities: ["one", "two", "three"], tools: ["Swift"])
        let new = JobDocument(title: "B", responsibilities: ["one", "2", "three", "four"], tools: [])
        let diff = DocumentDiff(from: old, to: new)
        #expect(diff.sections.map(\.section) == ["title", "responsibilities", "tools"])
        #expect(diff.sections[0].changed == [.init(from: "A", to: "B")])
        #expect(diff.sections[1].changed == [.init(from: "two", to: "2")])
        #expect(diff.sections[1].added == ["four"])
        #expect(diff.sections[2].removed == ["Swift"])
    }

    @Test("identical documents have no changes")
    func identical() {
        let document = JobDocument(title: "A", responsibilities: ["x"])
        #expect(DocumentDiff(from: document, to: document).sections.isEmpty)
    }
}
