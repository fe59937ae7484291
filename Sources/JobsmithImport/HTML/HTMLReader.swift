/// Reads HTML into ``SourceLine``s: block elements become paragraphs, `<br>` breaks lines, `<li>` (nested lists
/// flattened) and Word list paragraphs become items, `<h1>`–`<h6>` headings, and bold runs are remembered so that
/// `<p><strong>Heading</strong></p>` can be read as a heading and `<strong>Location:</strong> Denver` as a label.
enum HTMLReader {
    /// The lines of the HTML `content`.
    static func read(_ content: String) -> [SourceLine] {
        let bytes = Array(content.utf8)
        var tokenizer = HTMLTokenizer(bytes)
        var builder = HTMLLineBuilder(bytes: bytes)
        while let token = tokenizer.next() {
            builder.handle(token)
        }
        builder.finish()
        return builder.lines
    }
}
