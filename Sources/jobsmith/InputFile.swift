import Foundation
import JobsmithDomain
import JobsmithImport

/// A job description read from a file (or standard input for `-`): a JSON document, or text, Markdown, HTML, Word or
/// PDF read by the importer (PDF through the `pdftotext` found on `PATH`).
struct InputFile {
    let path: String
    let text: String
    let document: JobDocument

    /// Why a file could not be read, as one line.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads and parses `path`.
    static func read(_ path: String) throws -> InputFile {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw Unreadable(description: "\(path): cannot be read (no such file, or permission denied)")
            }
            data = contents
        }
        let extensionName = (path as NSString).pathExtension.lowercased()
        if extensionName == "json" || (extensionName.isEmpty && data.first == UInt8(ascii: "{")) {
            do {
                let document = try JSONDecoder().decode(JobDocument.self, from: data)
                return InputFile(path: path, text: String(decoding: data, as: UTF8.self), document: document)
            } catch {
                throw Unreadable(description: "\(path): not a valid job-description JSON document")
            }
        }
        do {
            let result = try Importer.parse(data, format: ImportFormat(fileExtension: extensionName), pdfText: PDFTextExtractor.installed())
            return InputFile(path: path, text: String(decoding: data, as: UTF8.self), document: result.document)
        } catch {
            throw Unreadable(description: "\(path): \(error.description)")
        }
    }

    /// The 1-based line of the file where `snippet` first appears (ignoring case), if it does.
    func line(of snippet: String) -> Int? {
        guard !snippet.isEmpty else { return nil }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.range(of: snippet, options: .caseInsensitive) != nil {
            return index + 1
        }
        return nil
    }
}
