/// Renders a document as HTML: a fragment for embedding (posting pages, JSON-LD `description`) or a standalone,
/// printable page. Every user string is escaped.
public enum HTMLRenderer {
    /// The sections of `document` as HTML, without the title and facts.
    public static func fragment(_ document: JobDocument) -> String {
        var out = ""
        if let summary = document.summary, !summary.isEmpty {
            out += section(DocumentSection.summary.heading, paragraphs(summary))
        }
        func list(_ section: DocumentSection, _ items: [String]) {
            guard !items.isEmpty else { return }
            out += Self.section(section.heading, "<ul>" + items.map { "<li>\($0.htmlEscaped)</li>" }.joined() + "</ul>")
        }
        list(.responsibilities, document.responsibilities)
        list(.requirements, document.requirements)
        list(.niceToHave, document.niceToHave)
        if !document.kpis.isEmpty {
            let items = document.kpis.map { "<li><strong>\($0.name.htmlEscaped):</strong> \($0.description.htmlEscaped)</li>" }
            out += section(DocumentSection.kpis.heading, "<ul>" + items.joined() + "</ul>")
        }
        if let reportsTo = document.reportsTo, !reportsTo.isEmpty {
            out += section(DocumentSection.reportsTo.heading, "<p>\(reportsTo.htmlEscaped)</p>")
        }
        list(.collaboratesWith, document.collaboratesWith)
        list(.leads, document.publishedLeads)
        list(.tools, document.tools)
        list(.qualifications, document.qualifications)
        list(.benefits, document.benefits)
        for (heading, items) in document.paySections {
            out += section(heading, "<ul>" + items.map { "<li>\($0.htmlEscaped)</li>" }.joined() + "</ul>")
        }
        for other in document.otherSections {
            out += section(other.heading, paragraphs(other.body))
        }
        return out
    }

    /// A complete HTML page for `document`, styled for screen and print.
    public static func page(_ document: JobDocument) -> String {
        let facts = document.facts.map { "<li><strong>\($0.label.htmlEscaped):</strong> \($0.value.htmlEscaped)</li>" }.joined()
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(document.title.htmlEscaped)</title>
            <style>
            body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:46rem;margin:2rem auto;padding:0 1rem}
            h1{font-size:1.9rem;line-height:1.2;margin:0 0 .5rem}h2{font-size:1.15rem;margin:1.8rem 0 .4rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
            ul.facts{list-style:none;padding:0;margin:0 0 1rem;color:#424a53}ul.facts li{display:inline;margin-right:1.2rem}
            @media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid}li{break-inside:avoid}}
            </style>
            </head>
            <body>
            <main>
            <article>
            <h1>\(document.title.htmlEscaped)</h1>
            \(facts.isEmpty ? "" : "<ul class=\"facts\">\(facts)</ul>")
            \(fragment(document))
            </article>
            </main>
            </body>
            </html>

            """
    }

    private static func section(_ heading: String, _ body: String) -> String {
        "<section><h2>\(heading.htmlEscaped)</h2>\(body)</section>\n"
    }

    private static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { "<p>\($0.trimmingWhitespace.htmlEscaped)</p>" }
            .joined()
    }
}
