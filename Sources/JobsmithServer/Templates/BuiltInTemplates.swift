import Foundation
import JobsmithCore
import JobsmithDomain

/// The template files shipped in Resources/Templates, one JSON file per template.
public enum BuiltInTemplates {
    /// Every shipped template, sorted by slug.
    /// - Throws: ``SettingsError`` naming the file that cannot be read, so a broken file stops start-up loudly.
    public static func load() throws -> [JobTemplate] {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil, subdirectory: "Resources") else {
            throw SettingsError("the built-in templates are missing from the installation (Resources/Templates)")
        }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { file in
            do {
                return try JSONDecoder().decode(JobTemplate.self, from: Data(contentsOf: file))
            } catch {
                throw SettingsError("the built-in template \(file.lastPathComponent) cannot be read: \(error)")
            }
        }
    }
}
