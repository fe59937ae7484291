/// How the HTML reader treats each element (data).
enum HTMLElements {
    /// What an element does to the text around it.
    enum Role: Equatable {
        /// Can switch bold on or off, through its tag (`b`, `strong`) or a `font-weight` style (`span`, `font`).
        case emphasis
        /// `h1`–`h6`, with the level.
        case heading(Int)
        /// `<br>`: a line break.
        case lineBreak
        /// `<li>`: a list item.
        case listItem
        /// `<ul>`, `<ol>`.
        case list
        /// `<tr>`: a table row, one line.
        case row
        /// `<td>`, `<th>`: a cell of a row.
        case cell
        /// Any other element that starts and ends a paragraph.
        case block
    }

    /// The role of each element the reader acts on; other elements (`a`, `em`, `o:p` …) only carry text.
    static let roles: [String: Role] = {
        var roles: [String: Role] = ["b": .emphasis, "strong": .emphasis, "span": .emphasis, "font": .emphasis]
        for level in 1...6 { roles["h\(level)"] = .heading(level) }
        roles["br"] = .lineBreak
        roles["li"] = .listItem
        roles["ul"] = .list
        roles["ol"] = .list
        roles["tr"] = .row
        roles["td"] = .cell
        roles["th"] = .cell
        for block in [
            "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "table",
            "thead", "tbody", "tfoot", "caption", "dl", "dt", "dd", "form", "fieldset", "legend", "figure", "figcaption",
            "address", "center", "body", "html", "hr", "details", "summary", "hgroup",
        ] {
            roles[block] = .block
        }
        return roles
    }()
}
