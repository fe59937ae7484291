/// A piece of HTML: a run of text, or a start or end tag. Comments, doctypes and Word's `<![if …]>` markers produce
/// no token; elements whose content is never shown (`script`, `style`, `head` …) are skipped with their content.
enum HTMLToken: Equatable {
    /// Text between tags, as a byte range of the input; entities are still encoded.
    case text(Range<Int>)
    /// A start tag with its lowercased name and the byte range of its attributes.
    case start(name: String, attributes: Range<Int>)
    /// An end tag with its lowercased name.
    case end(name: String)
}
