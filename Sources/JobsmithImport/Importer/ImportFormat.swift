import JobsmithDomain

/// The format an imported job description is written in.
public enum ImportFormat: String, Codable, Sendable, CaseIterable {
    /// Plain text: headings are ALL-CAPS, underlined or colon lines; lists use `-`, `*`, `•`, `1.` and the like.
    case text
    /// Markdown (CommonMark with the usual extensions); inline markup is removed from the imported text.
    case markdown
    /// HTML as ATSs, editors and word processors export it; need not be well-formed.
    case html
    /// A Word document (Office Open XML, `.docx`), as Word, LibreOffice and Google Docs save it.
    case docx
    /// A PDF with a text layer; its text is extracted by an engine (`pdftotext`).
    case pdf

    /// The format a file extension names, with or without the leading dot and in any case; `nil` when unknown.
    ///
    /// - Parameter fileExtension: e.g. `md`, `markdown`, `html`, `htm`, `txt`, `text`, `docx` or `pdf`.
    public init?(fileExtension: String) {
        var name = fileExtension.trimmed.lowercased()
        if name.hasPrefix(".") { name.removeFirst() }
        switch name {
        case "md", "markdown", "mdown", "mkd", "mkdn", "mdwn": self = .markdown
        case "html", "htm", "xhtml", "xht": self = .html
        case "txt", "text": self = .text
        case "docx", "docm", "dotx", "dotm": self = .docx
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The format an HTTP `Content-Type` names, ignoring parameters such as `charset`; `nil` when unknown.
    ///
    /// - Parameter contentType: e.g. `text/html; charset=utf-8`, `text/markdown`, `text/plain`, `application/pdf` or
    ///   `application/vnd.openxmlformats-officedocument.wordprocessingml.document`.
    public init?(contentType: String) {
        let mediaType = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        switch mediaType.trimmed.lowercased() {
        case "text/html", "application/xhtml+xml": self = .html
        case "text/markdown", "text/x-markdown", "text/x-web-markdown": self = .markdown
        case "text/plain": self = .text
        case "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-word.document.macroenabled.12":
            self = .docx
        case "application/pdf", "application/x-pdf": self = .pdf
        default: return nil
        }
    }
}
