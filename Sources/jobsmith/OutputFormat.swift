import ArgumentParser
import Foundation
import JobsmithDomain

/// How a command prints a document.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case md, html, json, txt

    /// `document` in this format.
    func render(_ document: JobDocument) -> String {
        switch self {
        case .md: MarkdownRenderer.render(document)
        case .html: HTMLRenderer.page(document)
        case .txt: PlainTextRenderer.render(document)
        case .json: Self.json(document) + "\n"
        }
    }

    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Documents and reports are plain values that always encode.
        return String(decoding: try! encoder.encode(value), as: UTF8.self)
    }
}
