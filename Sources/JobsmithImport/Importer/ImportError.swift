/// Why an input could not be imported at all. Anything the importer can read, it imports, with warnings.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// The input has no text (or only whitespace).
    case empty
    /// The input is not text: it holds NUL bytes, control characters or too many invalid UTF-8 sequences.
    case binary
    /// The input is a document type that cannot be read, such as `Word 97–2003 (.doc)` or `Excel (.xlsx)`.
    case unsupportedDocument(kind: String)
    /// The input is larger than `limit` bytes.
    case tooLarge(limit: Int)
    /// No line could be taken as the job title.
    case noTitle
    /// A Word or PDF file is damaged or incomplete: a truncated archive, corrupt data, broken markup.
    case damagedDocument(kind: String)
    /// A Word file is built to exhaust the reader: too many parts, or data that inflates beyond the limits (a zip bomb).
    case documentTooComplex(kind: String, reason: String)
    /// A Word file declares a document type, where XML entities (and entity-expansion attacks) live; Office never does.
    case unsafeDocument(kind: String)
    /// A Word package lacks a part every document has, such as its body.
    case missingPart(kind: String, part: String)
    /// A PDF is encrypted and cannot be read without its password, or forbids copying its text.
    case encryptedDocument
    /// A PDF has no text to read: a scan or a picture of a document.
    case noTextLayer
    /// Reading the file took longer than `seconds`.
    case timedOut(seconds: Int)
    /// The program that extracts text (`pdftotext` for PDF) is not installed where the importer runs.
    case engineUnavailable(kind: String, engine: String)

    /// A one-line message for people.
    public var description: String {
        switch self {
        case .empty:
            "The document is empty."
        case .binary:
            "The file is not text: import plain text, Markdown, HTML, Word (.docx) or PDF."
        case .unsupportedDocument(let kind):
            "\(kind) files cannot be imported: save the document as Word (.docx), HTML, Markdown or plain text and import that."
        case .tooLarge(let limit):
            "The document is larger than \(ByteCount.text(limit)), the most one import accepts."
        case .noTitle:
            "No job title found: start the document with the title as its first line or heading, or add a line \"Job title: …\"."
        case .damagedDocument(let kind):
            "The \(kind) file is damaged or incomplete and cannot be read: open it, save it again and import the new copy."
        case .documentTooComplex(let kind, let reason):
            "The \(kind) file was refused because \(reason), far more than a job description needs."
        case .unsafeDocument(let kind):
            "The \(kind) file was refused because it declares XML entities, which Word never writes and which can be used to attack the reader."
        case .missingPart(let kind, let part):
            "The \(kind) file has no \(part), so it holds no document: open it in Word, save it again and import the new copy."
        case .encryptedDocument:
            "This PDF is password-protected or does not allow copying its text: save an unprotected copy and import that."
        case .noTextLayer:
            "This PDF has no text layer (it is a scan or an image of a document): import the original document, or run the PDF through text recognition (OCR) first."
        case .timedOut(let seconds):
            "Reading the file took longer than \(seconds) seconds and was stopped: import a smaller file, or the document as Word (.docx) or text."
        case .engineUnavailable(let kind, let engine):
            "\(kind) files cannot be imported here: reading them needs \(engine). Import the document as Word (.docx), HTML or text."
        }
    }
}
