import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithLint

/// The organization's job descriptions with status, quality score and last edit; search, filter and the trash.
struct DashboardController {
    let pages: WebPages
    let jobDescriptions: JobDescriptionService
    let lint: LintService
    let publishing: PublishingService
    static let pageSize = 25

    /// An open posting a pay-transparency law in force now finds broken, found at publish or by the daily re-check.
    struct FailingPosting: Sendable {
        let jobID: String
        let title: String
        /// "Delaware (19 Del. C. § 711(j)); Washington (RCW 49.58.110)".
        let laws: String
    }

    struct Row: Sendable {
        let id: String
        let title: String
        let status: String
        let statusLabel: String
        let score: Int
        let grade: String
        let version: Int
        let updatedISO: String
        let updatedAbsolute: String
        let updatedRelative: String
        let author: String
        let inTrash: Bool
        let published: Bool
    }

    struct Filter: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct View: Sendable {
        let query: String
        let filters: [Filter]
        let rows: [Row]
        let inTrash: Bool
        let nextPage: String?
        let isFiltered: Bool
        let failing: [FailingPosting]
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/") { request, context in
            let session = try context.session(for: request)
            let query = request.uri.queryParameters["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
            let filter = request.uri.queryParameters["status"].map(String.init) ?? ""
            let inTrash = filter == "trash"
            let status = JobStatus(rawValue: filter)
            let cursor = request.uri.queryParameters["cursor"].map(String.init)
            let page: (items: [StoredJobDescription], nextCursor: String?)
            do {
                page = try await jobDescriptions.list(
                    titleContains: query.isEmpty ? nil : String(query.prefix(200)), status: status, inTrash: inTrash, after: cursor,
                    limit: Self.pageSize, by: session.caller
                )
            } catch is InvalidCursor {
                throw WebError.badRequest("This page of the list no longer exists. Go back to the first page.")
            }
            let options = try await lint.options(by: session.caller)
            let authors = try await jobDescriptions.authors(of: page.items.map { ($0.id, $0.version) })
            let rows = page.items.map { job in
                let score = Linter.lint(job.document, options: options).score
                return Row(
                    id: job.id.uuidString.lowercased(), title: job.document.title, status: job.status.rawValue,
                    statusLabel: job.status == .published ? "Published" : "Draft", score: score,
                    grade: score >= 85 ? "good" : score >= 60 ? "fair" : "poor", version: job.version,
                    updatedISO: TimeText.iso(job.updatedAt), updatedAbsolute: TimeText.absolute(job.updatedAt),
                    updatedRelative: TimeText.relative(job.updatedAt), author: Self.shortAuthor(authors[job.id] ?? ""), inTrash: inTrash,
                    published: job.status == .published
                )
            }
            var next: String?
            if let cursor = page.nextCursor {
                var items = ["cursor=\(cursor)"]
                if !query.isEmpty { items.append("q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
                if !filter.isEmpty { items.append("status=\(filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
                next = "/?" + items.joined(separator: "&")
            }
            let filters = [("", "All"), ("draft", "Drafts"), ("published", "Published"), ("trash", "Trash")].map {
                Filter(value: $0.0, label: $0.1, selected: $0.0 == filter || ($0.0 == "" && status == nil && !inTrash))
            }
            let failing = try await publishing.postings(
                jobDescriptionID: nil, status: .open, compliance: .failing, after: nil, limit: 100, by: session.caller
            ).items.map(Self.failingPosting)
            let view = View(
                query: query, filters: filters, rows: rows, inTrash: inTrash, nextPage: next, isFiltered: !query.isEmpty || !filter.isEmpty,
                failing: inTrash ? [] : failing
            )
            return pages.page(
                "dashboard", title: inTrash ? "Trash" : "Job descriptions", chrome: .signedIn(session, section: "/", notice: Notice.text(request)),
                content: view
            )
        }

        router.post("/jobs/:id/delete") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            let version = try context.form.integer("version", in: ClientNumbers.version) ?? job.version
            do {
                try await jobDescriptions.delete(job.id, expected: .exactly(version), by: session.caller)
            } catch StoreError.versionMismatch {
                throw WebError.badRequest("Someone saved this job description after you opened it, so it was not deleted. Reload it and check.")
            }
            return WebPages.redirect(to: "/?notice=deleted")
        }

        router.post("/jobs/:id/undelete") { request, context in
            let session = try context.session(for: request)
            guard let text = context.parameters.get("id"), let id = UUID(uuidString: text) else { throw WebError.notFound }
            _ = try await jobDescriptions.restore(id, by: session.caller)
            return WebPages.redirect(to: "/?notice=undeleted")
        }
    }

    /// How the dashboard lists a failing posting.
    static func failingPosting(_ posting: Posting) -> FailingPosting {
        let laws = (posting.compliance?.failingRules ?? []).map { rule in
            ComplianceCheck.law(ofRule: rule).map { "\($0.jurisdiction) (\($0.citation))" } ?? rule
        }
        return FailingPosting(
            jobID: posting.jobDescriptionID.uuidString.lowercased(), title: posting.document.title, laws: laws.joined(separator: "; "))
    }

    /// "Ada Lovelace" from "Ada Lovelace <ada@example.com>"; API tokens stay "token: name".
    static func shortAuthor(_ author: String) -> String {
        guard let open = author.lastIndex(of: "<"), author.hasSuffix(">") else { return author }
        let name = author[..<open].trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? author : name
    }
}
