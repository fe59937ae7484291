import Foundation
import JobsmithDomain
import JobsmithImport

/// The job descriptions in `Fixtures/`, written for these tests in the shapes teams bring.
enum Fixture {
    /// Every fixture file name.
    static let names: [String] = {
        let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// The text of fixture `name`.
    static func content(_ name: String) -> String {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
        return try! String(contentsOf: url, encoding: .utf8)
    }

    /// The format the file extension of `name` names, as the CLI passes it.
    static func format(_ name: String) -> ImportFormat {
        ImportFormat(fileExtension: String(name.split(separator: ".").last!))!
    }

    /// Fixture `name` imported with the format of its extension.
    static func imported(_ name: String) throws -> ImportResult {
        try Importer.parse(content(name), format: format(name))
    }
}
