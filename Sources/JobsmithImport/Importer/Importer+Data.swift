#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Importer {
    /// Imports a job description from `Data`, such as a request body; see `parse(_ bytes: [UInt8], format:pdfText:)`.
    ///
    /// - Parameters:
    ///   - data: the file content.
    ///   - format: the format when known; detected from the content when `nil`.
    ///   - pdfText: the engine that extracts the text of PDF files; without it, PDFs are refused.
    /// - Returns: the document and a report on what was found and guessed.
    /// - Throws: the errors of `parse(_ bytes: [UInt8], format:pdfText:)`.
    public static func parse(_ data: Data, format: ImportFormat? = nil, pdfText: PDFTextExtractor? = nil) throws(ImportError) -> ImportResult {
        try parse([UInt8](data), format: format, pdfText: pdfText)
    }
}
