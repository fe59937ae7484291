import Foundation
import JobsmithDomain

/// The template files shipped with Jobsmith: `Templates/<department>/<slug>.json`, one file per template.
public enum BuiltInTemplates {
    /// Every shipped template, sorted by slug.
    /// - Throws: ``LibraryError`` naming the file that cannot be read or is filed in the wrong place, so a broken
    ///   file stops start-up loudly.
    public static func load() throws -> [JobTemplate] {
        try files().map(read).sorted { $0.slug < $1.slug }
    }

    /// The template files, each in the folder of its department.
    static func files() throws -> [URL] {
        guard let root = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw LibraryError("the built-in templates are missing from the installation (Templates)")
        }
        let keys: [URLResourceKey] = [.isDirectoryKey]
        return try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: keys)
            .filter { (try? $0.resourceValues(forKeys: Set(keys)).isDirectory) == true }
            .flatMap { try FileManager.default.contentsOfDirectory(at: $0, includingPropertiesForKeys: nil) }
            .filter { $0.pathExtension == "json" }
    }

    private static func read(_ file: URL) throws -> JobTemplate {
        let name = "\(file.deletingLastPathComponent().lastPathComponent)/\(file.lastPathComponent)"
        let template: JobTemplate
        do {
            template = try JSONDecoder().decode(JobTemplate.self, from: Data(contentsOf: file))
        } catch {
            throw LibraryError("the built-in template \(name) cannot be read: \(error)")
        }
        guard name == "\(template.department)/\(template.slug).json" else {
            throw LibraryError("the built-in template \(name) must be filed as \(template.department)/\(template.slug).json")
        }
        return template
    }
}
