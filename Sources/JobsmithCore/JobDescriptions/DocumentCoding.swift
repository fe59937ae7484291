import Foundation
import JobsmithDomain

/// The one JSON form documents are stored in.
enum DocumentCoding {
    static func encode(_ document: JobDocument) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a document of strings, numbers and enums cannot fail.
        return String(decoding: try! encoder.encode(document), as: UTF8.self)
    }

    static func decode(_ text: String, id: UUID) throws -> JobDocument {
        do {
            return try JSONDecoder().decode(JobDocument.self, from: Data(text.utf8))
        } catch {
            throw StoreError.corruptDocument(id)
        }
    }
}
