/// Joins lines into the text of a prose field (summary, other-section body): lines of a paragraph on their own lines,
/// paragraphs separated by a blank line, list items with their marker.
enum ProseText {
    /// The prose text of `lines`.
    static func body(_ lines: [SourceLine]) -> String {
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines {
            switch line.kind {
            case .blank:
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            case .item(let marker):
                current.append("\(marker ?? "-") \(line.text)")
            case .text, .heading:
                current.append(line.text)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return paragraphs.joined(separator: "\n\n")
    }
}
