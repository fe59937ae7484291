import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain

/// History: every saved version with author and time, a readable diff between any two, and restoring one (which saves
/// it as the newest version, so nothing is lost).
struct HistoryController {
    let pages: WebPages
    let jobDescriptions: JobDescriptionService
    static let pageSize = 50

    struct VersionRow: Sendable {
        let number: Int
        let author: String
        let timeISO: String
        let timeAbsolute: String
        let timeRelative: String
        let isCurrent: Bool
        let previous: Int?
    }

    struct Option: Sendable {
        let value: Int
        let selected: Bool
    }

    struct View: Sendable {
        let id: String
        let title: String
        let currentVersion: Int
        let versions: [VersionRow]
        let fromOptions: [Option]
        let toOptions: [Option]
        let olderPage: String?
        let canCompare: Bool
    }

    struct CompareView: Sendable {
        let id: String
        let title: String
        let from: Int
        let to: Int
        let fromOptions: [Option]
        let toOptions: [Option]
        let diff: DiffView
    }

    struct VersionView: Sendable {
        let id: String
        let number: Int
        let currentVersion: Int
        let isCurrent: Bool
        let author: String
        let timeAbsolute: String
        let preview: PreviewView
        let diffToCurrent: DiffView
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/jobs/:id/history") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            let after = try request.integerParameter("after", in: ClientNumbers.version)
            let page = try await jobDescriptions.versions(of: job.id, after: after, limit: Self.pageSize, by: session.caller)
            let id = job.id.uuidString.lowercased()
            let rows = page.items.map { version in
                VersionRow(
                    number: version.number, author: DashboardController.shortAuthor(version.author ?? "unknown"),
                    timeISO: TimeText.iso(version.createdAt), timeAbsolute: TimeText.absolute(version.createdAt),
                    timeRelative: TimeText.relative(version.createdAt), isCurrent: version.number == job.version,
                    previous: version.number > 1 ? version.number - 1 : nil
                )
            }
            let view = View(
                id: id, title: job.document.title, currentVersion: job.version, versions: rows,
                fromOptions: Self.options(job.version, selected: max(1, job.version - 1)),
                toOptions: Self.options(job.version, selected: job.version),
                olderPage: page.next.map { "/jobs/\(id)/history?after=\($0)" }, canCompare: job.version > 1
            )
            return pages.page("history", title: "History: \(job.document.title)", chrome: .signedIn(session, section: "/"), content: view)
        }

        router.get("/jobs/:id/compare") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            let from = try request.integerParameter("from", in: ClientNumbers.version) ?? max(1, job.version - 1)
            let to = try request.integerParameter("to", in: ClientNumbers.version) ?? job.version
            guard let old = try await jobDescriptions.version(from, of: job.id, by: session.caller),
                let new = try await jobDescriptions.version(to, of: job.id, by: session.caller)
            else { throw WebError.notFound }
            let view = CompareView(
                id: job.id.uuidString.lowercased(), title: job.document.title, from: from, to: to,
                fromOptions: Self.options(job.version, selected: from), toOptions: Self.options(job.version, selected: to),
                diff: DiffView(DocumentDiff(from: old.document, to: new.document))
            )
            return pages.page(
                "compare", title: "Changes from version \(from) to \(to)", chrome: .signedIn(session, section: "/"), content: view
            )
        }

        router.get("/jobs/:id/history/:number") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            guard let number = context.parameters.get("number").flatMap({ ClientNumbers.parse($0, in: ClientNumbers.version) }),
                let version = try await jobDescriptions.version(number, of: job.id, by: session.caller)
            else { throw WebError.notFound }
            let view = VersionView(
                id: job.id.uuidString.lowercased(), number: number, currentVersion: job.version, isCurrent: number == job.version,
                author: DashboardController.shortAuthor(version.author ?? "unknown"), timeAbsolute: TimeText.absolute(version.createdAt),
                preview: PreviewView(version.document), diffToCurrent: DiffView(DocumentDiff(from: version.document, to: job.document))
            )
            return pages.page(
                "version", title: "Version \(number): \(version.document.title)", chrome: .signedIn(session, section: "/"), content: view
            )
        }

        router.post("/jobs/:id/history/:number/restore") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            guard let number = context.parameters.get("number").flatMap({ ClientNumbers.parse($0, in: ClientNumbers.version) }) else {
                throw WebError.notFound
            }
            let expected = try context.form.integer("version", in: ClientNumbers.version) ?? job.version
            do {
                let saved = try await jobDescriptions.restoreVersion(number, of: job.id, expected: .exactly(expected), by: session.caller)
                return WebPages.redirect(to: "/jobs/\(saved.id.uuidString.lowercased())?notice=restored&n=\(saved.version)")
            } catch StoreError.versionMismatch {
                throw WebError.badRequest(
                    "Someone saved a new version while you were looking at the history, so nothing was restored. Open the history again and retry."
                )
            }
        }
    }

    static func options(_ count: Int, selected: Int) -> [Option] {
        (1...max(1, count)).reversed().map { Option(value: $0, selected: $0 == selected) }
    }
}
