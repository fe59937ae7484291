/// Why an input could not be imported at all. Anything the importer can read, it imports, with warnings.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// The input has no text (or only whitespace).
    case empty
    /// The input is not text: it holds NUL bytes, control characters or too many invalid UTF-8 sequences.
    case binary
    /// The input is a document type that cannot be read as text, such as `PDF` or `Word (.docx)`.
    case unsupportedDocument(kind: String)
    /// The input is larger than `limit` bytes.
    case tooLarge(limit: Int)
    /// No line could be taken as the job title.
    case noTitle

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .empty:
            "The document is empty."
        case .binary:
            "The file is not text: import plain text, Markdown or HTML (UTF-8, UTF-16 or Windows-1252)."
        case .unsupportedDocument(let kind):
            "\(kind) files cannot be imported: save the document as HTML, Markdown or plain text and import that."
        case .tooLarge(let limit):
            "The document is larger than \(limit / 1_048_576 >= 1 && limit % 1_048_576 == 0 ? "\(limit / 1_048_576) MiB" : "\(limit) bytes"), the most one import accepts."
        case .noTitle:
            "No job title found: start the document with the title as its first line or heading, or add a line \"Job title: …\"."
        }
    }
}
