#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Importer {
    /// Imports a job description from `Data`, such as a request body; see `parse(_ bytes: [UInt8], format:)`.
    ///
    /// - Parameters:
    ///   - data: the file content.
    ///   - format: the format when known; detected from the content when `nil`.
    /// - Returns: the document and a report on what was found and guessed.
    /// - Throws: the errors of `parse(_ bytes: [UInt8], format:)`.
    public static func parse(_ data: Data, format: ImportFormat? = nil) throws(ImportError) -> ImportResult {
        try parse([UInt8](data), format: format)
    }
}
