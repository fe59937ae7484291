/// One line of input after its markup is read: the common form every reader produces and the builder consumes.
struct SourceLine: Equatable, Sendable {
    /// What the line is, as far as the markup says.
    enum Kind: Equatable, Sendable {
        /// A paragraph break.
        case blank
        /// An explicit heading: Markdown `#`, an underlined (setext) line, HTML `<h1>`–`<h6>`.
        case heading(level: Int)
        /// A line of prose. Headings written as bold, ALL-CAPS or colon lines are still text here; the builder decides.
        case text
        /// A list item, with its original marker (`-`, `1.`, `•` …), or `nil` for an HTML `<li>`.
        case item(marker: String?)
    }

    /// What the line is.
    var kind: Kind
    /// The plain text: markup removed, entities decoded, whitespace trimmed (and collapsed, for HTML).
    var text: String
    /// Whether all of the text is bold (`**…**`, `<strong>…</strong>`): a heading when it stands alone.
    var isBold = false
    /// The bold words the line starts with when plain text follows, e.g. `Location:` in `**Location:** Denver`.
    var boldLead: String? = nil

    /// A paragraph break.
    static let blank = SourceLine(kind: .blank, text: "")

    /// Whether this is a list item.
    var isItem: Bool {
        if case .item = kind { return true }
        return false
    }
}
