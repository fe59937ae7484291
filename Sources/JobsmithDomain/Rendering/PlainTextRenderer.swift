/// Renders a document as plain text with underlined headings, for e-mail and job boards without markup.
public enum PlainTextRenderer {
    /// The plain-text form of `document`.
    public static func render(_ document: JobDocument) -> String {
        var out = document.title + "\n" + String(repeating: "=", count: max(document.title.count, 3)) + "\n"
        let facts = document.facts
        if !facts.isEmpty {
            out += "\n" + facts.map { "\($0.label): \($0.value)" }.joined(separator: "\n") + "\n"
        }
        func heading(_ text: String) {
            out += "\n" + text.uppercased() + "\n"
        }
        if let summary = document.summary, !summary.isEmpty {
            heading(DocumentSection.summary.heading)
            out += summary + "\n"
        }
        func list(_ section: DocumentSection, _ items: [String]) {
            guard !items.isEmpty else { return }
            heading(section.heading)
            out += items.map { "* \($0)" }.joined(separator: "\n") + "\n"
        }
        list(.responsibilities, document.responsibilities)
        list(.requirements, document.requirements)
        list(.niceToHave, document.niceToHave)
        if !document.kpis.isEmpty {
            heading(DocumentSection.kpis.heading)
            out += document.kpis.map { "* \($0.name): \($0.description)" }.joined(separator: "\n") + "\n"
        }
        if let reportsTo = document.reportsTo, !reportsTo.isEmpty {
            heading(DocumentSection.reportsTo.heading)
            out += reportsTo + "\n"
        }
        list(.collaboratesWith, document.collaboratesWith)
        list(.leads, document.publishedLeads)
        list(.tools, document.tools)
        list(.qualifications, document.qualifications)
        list(.benefits, document.benefits)
        for (title, items) in document.paySections {
            heading(title)
            out += items.map { "* \($0)" }.joined(separator: "\n") + "\n"
        }
        for section in document.otherSections {
            heading(section.heading)
            out += section.body + "\n"
        }
        return out
    }
}
