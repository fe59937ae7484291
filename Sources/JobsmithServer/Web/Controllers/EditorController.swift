import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithLint
import NIOCore

/// The editor: every section editable, a live preview, the quality panel checked as you type, and saving with
/// conflict detection. Without JavaScript, the form's buttons add, remove, move and fix items on the server.
struct EditorController {
    let pages: WebPages
    let jobDescriptions: JobDescriptionService
    let lint: LintService

    /// Another save won the race: both versions, side by side, and the differences; the user's text stays in the form.
    struct ConflictView: Sendable {
        let theirVersion: Int
        let nextVersion: Int
        let theirAuthor: String
        let theirTime: String
        let theirs: PreviewView
        let mine: PreviewView
        let diff: DiffView
    }

    struct View: Sendable {
        let id: String
        let version: Int
        let statusLabel: String
        let isPublished: Bool
        let fields: DocumentFieldsView
        let quality: QualityView
        let preview: PreviewView
        let conflict: ConflictView?
        let unsaved: Bool
        let problems: [String]
    }

    /// - Parameters:
    ///   - router: the web app's page routes, which refuse a form field with a control character.
    ///   - documentForms: the routes of the editor's own form, whose validation reports control characters per field.
    func addRoutes(to router: some RouterMethods<AppRequestContext>, documentForms: some RouterMethods<AppRequestContext>) {
        router.get("/jobs/:id") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            return try await editor(
                job: job, document: job.document, version: job.version, session: session, notice: Notice.text(request), unsaved: false
            )
        }

        documentForms.post("/jobs/:id") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            let form = context.form
            guard let version = try form.integer("version", in: ClientNumbers.version) else {
                throw WebError.badRequest("The form is missing its version.")
            }
            let action = try EditorAction.of(form)
            guard action == .save else {
                var parsed = DocumentForm.parse(form, asTyped: true)
                parsed.document = DocumentForm.keepingFactsWithoutFields(parsed.document, from: job.document)
                action.apply(to: &parsed.document)
                return try await editor(
                    job: job, document: parsed.document, version: version, session: session, notice: nil, unsaved: true,
                    problems: parsed.problems, salaryText: (parsed.salaryMinText, parsed.salaryMaxText), zoneTexts: parsed.zoneSalaryTexts
                )
            }
            var parsed = DocumentForm.parse(form, asTyped: false)
            parsed.document = DocumentForm.keepingFactsWithoutFields(parsed.document, from: job.document)
            let problems = parsed.problems + parsed.document.validate()
            guard problems.isEmpty else {
                return try await editor(
                    job: job, document: parsed.document, version: version, session: session, notice: nil, unsaved: true, problems: problems,
                    salaryText: (parsed.salaryMinText, parsed.salaryMaxText), zoneTexts: parsed.zoneSalaryTexts, status: .unprocessableContent
                )
            }
            do {
                let saved = try await jobDescriptions.replace(job.id, with: parsed.document, expected: .exactly(version), by: session.caller)
                return WebPages.redirect(to: "/jobs/\(saved.id.uuidString.lowercased())?notice=saved&n=\(saved.version)")
            } catch StoreError.versionMismatch {
                // Read past the cache: the winning save may have been made on another server.
                let current = try await jobDescriptions.current(job.id, by: session.caller)
                let theirs = try await jobDescriptions.version(current.version, of: job.id, by: session.caller)
                let conflict = ConflictView(
                    theirVersion: current.version, nextVersion: current.version + 1,
                    theirAuthor: DashboardController.shortAuthor(theirs?.author ?? "someone"),
                    theirTime: TimeText.absolute(current.updatedAt), theirs: PreviewView(current.document), mine: PreviewView(parsed.document),
                    diff: DiffView(DocumentDiff(from: current.document, to: parsed.document))
                )
                return try await editor(
                    job: current, document: parsed.document, version: current.version, session: session, notice: nil, unsaved: true,
                    conflict: conflict, status: .conflict
                )
            }
        }

        router.post("/jobs/:id/duplicate") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            let copy = try await jobDescriptions.duplicate(job.id, by: session.caller)
            return WebPages.redirect(to: "/jobs/\(copy.id.uuidString.lowercased())?notice=duplicated")
        }

        documentForms.post("/jobs/:id/check") { request, context in
            let session = try context.session(for: request)
            _ = try await jobDescriptions.job(context, by: session.caller)
            return try await Self.check(context.form, session: session, pages: pages, lint: lint)
        }

        router.get("/jobs/:id/export/:format") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            let document = job.document
            let (body, type, ext): (String, String, String)
            switch context.parameters.get("format") {
            case "md": (body, type, ext) = (MarkdownRenderer.render(document), "text/markdown; charset=utf-8", "md")
            case "html": (body, type, ext) = (HTMLRenderer.page(document), "text/html; charset=utf-8", "html")
            case "txt": (body, type, ext) = (PlainTextRenderer.render(document), "text/plain; charset=utf-8", "txt")
            case "json":
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                (body, type, ext) = (String(decoding: try encoder.encode(document), as: UTF8.self) + "\n", "application/json", "json")
            default: throw WebError.notFound
            }
            let filename = "\(Self.fileName(document.title))-v\(job.version).\(ext)"
            return Response(
                status: .ok,
                headers: [
                    .contentType: type, .contentDisposition: "attachment; filename=\"\(filename)\"", .cacheControl: "no-store",
                    // A downloaded HTML page must not run with this site's cookies if it is opened from here.
                    HTTPField.Name("Content-Security-Policy")!: "sandbox",
                ],
                body: .init(byteBuffer: ByteBuffer(string: body))
            )
        }
    }

    /// The editor page for `document`, which may hold unsaved changes, based on `version`.
    func editor(
        job: StoredJobDescription, document: JobDocument, version: Int, session: SessionStore.Session, notice: String?, unsaved: Bool,
        problems: [ValidationProblem] = [], salaryText: (String, String)? = nil, zoneTexts: [Int: (min: String, max: String)] = [:],
        conflict: ConflictView? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let result = try await lint.lint(document, by: session.caller)
        let view = View(
            id: job.id.uuidString.lowercased(), version: version, statusLabel: job.status == .published ? "Published" : "Draft",
            isPublished: job.status == .published,
            fields: DocumentFieldsView(
                document, lint: result, problems: problems, salaryMinText: salaryText?.0, salaryMaxText: salaryText?.1, zoneSalaryTexts: zoneTexts),
            quality: QualityView(result, document: document), preview: PreviewView(document), conflict: conflict, unsaved: unsaved,
            problems: problems.map { ComposeController.describe($0) }
        )
        let title = document.title.trimmingCharacters(in: .whitespaces).isEmpty ? "Untitled" : document.title
        return pages.page(
            "editor", title: "Edit: \(title)", chrome: .signedIn(session, section: "/", notice: notice), content: view, status: status)
    }

    /// A safe download name: letters, digits and hyphens from the title.
    static func fileName(_ title: String) -> String {
        let slug = OrganizationDirectory.slug(from: title)
        return slug.isEmpty ? "job-description" : slug
    }

    /// The quality panel, each field's findings and the preview for the form's current text, as JSON for the page's
    /// script: HTML fragments rendered by the same templates as the page, so both stay alike.
    static func check(_ form: WebForm, session: SessionStore.Session, pages: WebPages, lint: LintService) async throws -> Response {
        let parsed = DocumentForm.parse(form, asTyped: true)
        let result = try await lint.lint(parsed.document, by: session.caller)
        let quality = QualityView(result, document: parsed.document)
        var fields: [String: String] = [:]
        for finding in quality.findings where finding.hasField {
            fields[finding.fieldID, default: ""] += pages.fragment("finding", finding)
        }
        let body = CheckResponse(
            score: result.score, quality: pages.fragment("quality", quality),
            preview: pages.fragment("preview", PreviewView(parsed.document)), fields: fields
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(
            status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(body)))
        )
    }

    private struct CheckResponse: Encodable {
        let score: Int
        let quality: String
        let preview: String
        let fields: [String: String]
    }
}
