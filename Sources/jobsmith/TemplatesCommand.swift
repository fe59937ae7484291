import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLibrary

/// `jobsmith templates [QUERY]`: searches the built-in template library without a server.
struct TemplatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "Search the built-in template library (no server or database needed)."
    )

    @Argument(help: "Words to search for, e.g. \"backend engineer\"; empty lists the library by department.")
    var query: [String] = []

    @Option(help: "Only this department, e.g. engineering.")
    var department: String?

    @Option(help: "Only this level: entry, junior, mid, senior, staff, principal, lead, manager, director, vp, executive.")
    var level: String?

    func run() async throws {
        let library: [JobTemplate]
        do {
            library = try BuiltInTemplates.load()
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        let matches = TemplateRanking.search(library, query: query.joined(separator: " "), department: department, level: level)
        guard !matches.isEmpty else {
            throw CommandFailure(message: "no template matches \"\(query.joined(separator: " "))\"")
        }
        let width = matches.map(\.slug.count).max() ?? 0
        for template in matches {
            let slug = template.slug.padding(toLength: width, withPad: " ", startingAt: 0)
            print("\(slug)  \(template.document.title) (\(Departments.name(of: template.department)), \(template.level))")
        }
    }
}
