import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithImport
import JobsmithServer

/// `jobsmith import FILE...`: reads existing job descriptions into documents; prints them or stores them.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read job descriptions (text, Markdown, HTML) into structured documents; print them or store them.",
        discussion: "A folder imports every file in it. Files that cannot be read are reported and skipped (exit status 1)."
    )

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Option(help: "The organization to store into (with --save).")
    var org: String?

    @Flag(help: "Store each document as a new job description of --org.")
    var save = false

    @Option(help: "Printed form of each document when not saving: json or md.")
    var format: Format = .json

    @OptionGroup var database: DatabaseOptions

    /// Printed forms.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, md
    }

    func validate() throws {
        if save && org == nil { throw ValidationError("--save needs --org SLUG") }
    }

    func run() async throws {
        let files = try expand(paths)
        var imported: [(path: String, document: JobDocument)] = []
        var failed = 0
        for (index, path) in files.enumerated() {
            let progress = "[\(index + 1)/\(files.count)] \(path)"
            do {
                let file = try InputFile.read(path)
                let problems = file.document.validate()
                guard problems.isEmpty else {
                    throw InputFile.Unreadable(description: "\(path): " + problems.map { "\($0.pointer) \($0.message)" }.joined(separator: "; "))
                }
                imported.append((path, file.document))
                Self.log("\(progress): \(file.document.title)")
            } catch {
                failed += 1
                Self.log("\(progress): skipped — \(error)")
            }
        }
        if save, let org {
            try await database.withServices { core in
                for item in imported {
                    let caller = try await core.organizations.systemCaller(organizationSlug: org, label: "import: \(item.path)")
                    let stored = try await core.jobDescriptions.saveImport(item.document, by: caller)
                    Self.log("saved \(item.path) as \(stored.id.uuidString.lowercased())")
                }
            }
        } else {
            for item in imported {
                print(format == .json ? OutputFormat.json(item.document) : MarkdownRenderer.render(item.document))
            }
        }
        Self.log("\(imported.count) imported, \(failed) skipped")
        if failed > 0 { throw ExitCode(1) }
    }

    /// Files named directly, plus every regular file in the folders named.
    private func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
                    .filter {
                        var folder: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && !folder.boolValue
                    }
            } else {
                files.append(path)
            }
        }
        return files
    }

    private static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
