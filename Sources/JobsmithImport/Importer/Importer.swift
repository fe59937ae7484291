import JobsmithDomain

/// Reads existing job descriptions (plain text, Markdown, HTML, Word, PDF) into ``JobsmithDomain/JobDocument``s,
/// losing nothing: every line of content ends up in a known section or, under its original heading, in
/// `otherSections`.
///
/// Pure domain code: no network, no database. The server and the CLI call `parse(_ content: String, format:)` or, for
/// raw uploads and files, `parse(_ bytes: [UInt8], format:pdfText:)`; only PDF needs an outside program, which the
/// caller hands in as a ``PDFTextExtractor``.
public enum Importer {
    /// The largest text accepted, in bytes (1 MiB): a text, Markdown or HTML input, or the text of a Word or PDF file.
    public static let maximumBytes = 1_048_576
    /// The largest Word or PDF file accepted, in bytes (16 MiB; embedded pictures make such files large).
    public static let maximumFileBytes = 16 * 1_048_576

    /// Imports a job description from text.
    ///
    /// - Parameters:
    ///   - content: the document: plain text, Markdown or HTML.
    ///   - format: the format when known (from a file extension or Content-Type); detected from the content when `nil`.
    /// - Returns: the document and a report on what was found and guessed.
    /// - Throws: ``ImportError/tooLarge(limit:)`` above ``maximumBytes``, ``ImportError/binary`` for text holding NUL
    ///   characters, ``ImportError/empty`` when there is no text, ``ImportError/noTitle`` when no title can be found.
    public static func parse(_ content: String, format: ImportFormat? = nil) throws(ImportError) -> ImportResult {
        guard content.utf8.count <= maximumBytes else { throw .tooLarge(limit: maximumBytes) }
        let hasNUL = content.utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? content.utf8.contains(0)
        guard !hasNUL else { throw .binary }
        let format = format.flatMap { $0 == .docx || $0 == .pdf ? nil : $0 }
        return try read(content, format: format, warnings: [])
    }

    /// Imports a job description from raw bytes, such as an uploaded file.
    ///
    /// Word and PDF files are recognized by their first bytes whatever `format` says. Text in UTF-8 (with or without a
    /// byte-order mark) and UTF-16 with a byte-order mark is read as such; text that is not UTF-8 but has no NUL bytes
    /// is read as Windows-1252 (old Word exports), with a warning.
    ///
    /// - Parameters:
    ///   - bytes: the file content.
    ///   - format: the format when known; detected from the content when `nil`.
    ///   - pdfText: the engine that extracts the text of PDF files; without it, PDFs are refused.
    /// - Returns: the document and a report on what was found and guessed.
    /// - Throws: ``ImportError/tooLarge(limit:)`` above ``maximumBytes`` of text or ``maximumFileBytes`` of Word or
    ///   PDF, the errors of ``DOCXReader`` and ``PDFTextExtractor`` for those files,
    ///   ``ImportError/engineUnavailable(kind:engine:)`` for a PDF without an engine,
    ///   ``ImportError/unsupportedDocument(kind:)`` for other packaged documents, ``ImportError/binary`` for other
    ///   non-text input, and the errors of `parse(_ content: String, format:)`.
    public static func parse(_ bytes: [UInt8], format: ImportFormat? = nil, pdfText: PDFTextExtractor? = nil) throws(ImportError) -> ImportResult {
        switch ImportFormat.packaged(bytes) {
        case .docx:
            guard bytes.count <= maximumFileBytes else { throw .tooLarge(limit: maximumFileBytes) }
            let lines = try DOCXReader.read(bytes)
            guard lines.reduce(0, { $0 + $1.text.utf8.count }) <= maximumBytes else {
                throw .documentTooComplex(kind: DOCXReader.kind, reason: "its text is longer than \(ByteCount.text(maximumBytes))")
            }
            return try build(lines, format: .docx, warnings: [])
        case .pdf:
            guard bytes.count <= maximumFileBytes else { throw .tooLarge(limit: maximumFileBytes) }
            guard let pdfText else { throw .engineUnavailable(kind: "PDF", engine: PDFTextExtractor.engineName) }
            let extracted = try pdfText.text(of: bytes)
            return try build(PDFTextLines.read(extracted.text), format: .pdf, warnings: extracted.warnings)
        default:
            guard bytes.count <= maximumBytes else { throw .tooLarge(limit: maximumBytes) }
            let decoded = try TextDecoder.decode(bytes)
            let format = format.flatMap { $0 == .docx || $0 == .pdf ? nil : $0 }
            return try read(decoded.text, format: format, warnings: decoded.warnings)
        }
    }

    private static func read(_ content: String, format: ImportFormat?, warnings: [String]) throws(ImportError) -> ImportResult {
        let format = format ?? .detect(content)
        let lines: [SourceLine]
        switch format {
        case .html: lines = HTMLReader.read(content)
        case .markdown: lines = LineReader.read(content, markdown: true)
        case .text, .docx, .pdf: lines = LineReader.read(content, markdown: false)
        }
        return try build(lines, format: format, warnings: warnings)
    }

    private static func build(_ lines: [SourceLine], format: ImportFormat, warnings: [String]) throws(ImportError) -> ImportResult {
        guard lines.contains(where: { $0.kind != .blank }) else { throw format == .pdf ? .noTextLayer : .empty }
        var builder = DocumentBuilder(lines: lines, format: format)
        builder.warnings = warnings
        return try builder.build()
    }
}
