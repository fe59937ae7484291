import JobsmithDomain

/// Reads existing job descriptions (plain text, Markdown, HTML) into ``JobsmithDomain/JobDocument``s, losing nothing:
/// every line of content ends up in a known section or, under its original heading, in `otherSections`.
///
/// Pure domain code: no I/O. The server and the CLI call `parse(_ content: String, format:)` or, for raw uploads and
/// files, `parse(_ bytes: [UInt8], format:)`.
public enum Importer {
    /// The largest input accepted, in bytes (1 MiB).
    public static let maximumBytes = 1_048_576

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
        return try read(content, format: format, warnings: [])
    }

    /// Imports a job description from raw bytes, such as an uploaded file.
    ///
    /// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read as such; text that is not
    /// UTF-8 but has no NUL bytes is read as Windows-1252 (old Word exports), with a warning.
    ///
    /// - Parameters:
    ///   - bytes: the file content.
    ///   - format: the format when known; detected from the content when `nil`.
    /// - Returns: the document and a report on what was found and guessed.
    /// - Throws: ``ImportError/tooLarge(limit:)`` above ``maximumBytes``, ``ImportError/unsupportedDocument(kind:)`` for
    ///   PDF, Word and other packaged documents, ``ImportError/binary`` for other non-text input, and the errors of
    ///   `parse(_ content: String, format:)`.
    public static func parse(_ bytes: [UInt8], format: ImportFormat? = nil) throws(ImportError) -> ImportResult {
        guard bytes.count <= maximumBytes else { throw .tooLarge(limit: maximumBytes) }
        let decoded = try TextDecoder.decode(bytes)
        return try read(decoded.text, format: format, warnings: decoded.warnings)
    }

    private static func read(_ content: String, format: ImportFormat?, warnings: [String]) throws(ImportError) -> ImportResult {
        let format = format ?? .detect(content)
        let lines: [SourceLine]
        switch format {
        case .html: lines = HTMLReader.read(content)
        case .markdown: lines = LineReader.read(content, markdown: true)
        case .text: lines = LineReader.read(content, markdown: false)
        }
        guard lines.contains(where: { $0.kind != .blank }) else { throw .empty }
        var builder = DocumentBuilder(lines: lines, format: format)
        builder.warnings = warnings
        return try builder.build()
    }
}
