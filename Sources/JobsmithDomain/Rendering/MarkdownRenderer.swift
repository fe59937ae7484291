/// Renders a document as Markdown that the importer reads back into the same document (leads that only say there are
/// none are left out, see ``JobDocument/publishedLeads``). Typed HTML stays text: `<` and `&` are backslash-escaped,
/// so a Markdown viewer shows `<script>` instead of running it.
public enum MarkdownRenderer {
    /// The Markdown text of `document`.
    public static func render(_ document: JobDocument) -> String {
        var out = "# \(inline(document.title))\n"
        let facts = document.facts
        if !facts.isEmpty {
            out += "\n" + facts.map { "**\($0.label):** \(inline($0.value))" }.joined(separator: "  \n") + "\n"
        }
        if let summary = document.summary, !summary.isEmpty {
            out += "\n## \(DocumentSection.summary.heading)\n\n\(inline(summary))\n"
        }
        func list(_ section: DocumentSection, _ items: [String]) {
            guard !items.isEmpty else { return }
            out += "\n## \(section.heading)\n\n" + items.map { "- \(inline($0))" }.joined(separator: "\n") + "\n"
        }
        list(.responsibilities, document.responsibilities)
        list(.requirements, document.requirements)
        list(.niceToHave, document.niceToHave)
        if !document.kpis.isEmpty {
            out += "\n## \(DocumentSection.kpis.heading)\n\n"
            out += document.kpis.map { "- **\(inline($0.name)):** \(inline($0.description))" }.joined(separator: "\n") + "\n"
        }
        if let reportsTo = document.reportsTo, !reportsTo.isEmpty {
            out += "\n## \(DocumentSection.reportsTo.heading)\n\n\(inline(reportsTo))\n"
        }
        list(.collaboratesWith, document.collaboratesWith)
        list(.leads, document.publishedLeads)
        list(.tools, document.tools)
        list(.qualifications, document.qualifications)
        list(.benefits, document.benefits)
        for (heading, items) in document.paySections {
            out += "\n## \(heading)\n\n" + items.map { "- \($0)" }.joined(separator: "\n") + "\n"
        }
        for section in document.otherSections {
            out += "\n## \(inline(section.heading))\n\n\(inline(section.body))\n"
        }
        return out
    }

    /// `text` with the characters that start raw HTML or an entity in Markdown escaped.
    static func inline(_ text: String) -> String {
        guard text.contains(where: { $0 == "<" || $0 == "&" }) else { return text }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if character == "<" || character == "&" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
