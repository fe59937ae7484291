/// Renders a document as Markdown that the importer reads back into the same document.
public enum MarkdownRenderer {
    /// The Markdown text of `document`.
    public static func render(_ document: JobDocument) -> String {
        var out = "# \(document.title)\n"
        let facts = document.facts
        if !facts.isEmpty {
            out += "\n" + facts.map { "**\($0.label):** \($0.value)" }.joined(separator: "  \n") + "\n"
        }
        if let summary = document.summary, !summary.isEmpty {
            out += "\n## \(DocumentSection.summary.heading)\n\n\(summary)\n"
        }
        func list(_ section: DocumentSection, _ items: [String]) {
            guard !items.isEmpty else { return }
            out += "\n## \(section.heading)\n\n" + items.map { "- \($0)" }.joined(separator: "\n") + "\n"
        }
        list(.responsibilities, document.responsibilities)
        list(.requirements, document.requirements)
        list(.niceToHave, document.niceToHave)
        if !document.kpis.isEmpty {
            out += "\n## \(DocumentSection.kpis.heading)\n\n"
            out += document.kpis.map { "- **\($0.name):** \($0.description)" }.joined(separator: "\n") + "\n"
        }
        if let reportsTo = document.reportsTo, !reportsTo.isEmpty {
            out += "\n## \(DocumentSection.reportsTo.heading)\n\n\(reportsTo)\n"
        }
        list(.collaboratesWith, document.collaboratesWith)
        list(.leads, document.leads)
        list(.tools, document.tools)
        list(.qualifications, document.qualifications)
        list(.benefits, document.benefits)
        for (heading, items) in document.paySections {
            out += "\n## \(heading)\n\n" + items.map { "- \($0)" }.joined(separator: "\n") + "\n"
        }
        for section in document.otherSections {
            out += "\n## \(section.heading)\n\n\(section.body)\n"
        }
        return out
    }
}
