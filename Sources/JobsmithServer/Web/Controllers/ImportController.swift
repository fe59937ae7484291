import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithImport
import JobsmithLint

/// Import: paste text or upload a file, review how it was read (every section editable), then save it as a draft.
struct ImportController {
    let pages: WebPages
    let jobDescriptions: JobDescriptionService
    let lint: LintService
    /// Records how long imports take.
    let metrics: OperationMetrics

    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct FormView: Sendable {
        let text: String
        let formats: [Option]
        let error: String?
    }

    struct ReportView: Sendable {
        let format: String
        let confidence: Int
        let sectionsFound: String
        let unrecognizedHeadings: [String]
        let warnings: [String]
        let hasUnrecognized: Bool
        let hasWarnings: Bool
    }

    struct ReviewView: Sendable {
        let report: ReportView?
        let fields: DocumentFieldsView
        let quality: QualityView
        let preview: PreviewView
        let problems: [String]
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/import") { request, context in
            let session = try context.session(for: request)
            try session.caller.require(.writeJobs)
            return pages.page(
                "import", title: "Import", chrome: .signedIn(session, section: "/import"),
                content: FormView(text: "", formats: Self.formats(nil), error: nil)
            )
        }

        router.post("/import") { request, context in
            let session = try context.session(for: request)
            try session.caller.require(.writeJobs)
            let form = context.form
            let format = form.text("format").flatMap(ImportFormat.init(rawValue:))
            let text = form.value("text") ?? ""
            func failed(_ message: String) -> Response {
                pages.page(
                    "import", title: "Import", chrome: .signedIn(session, section: "/import"),
                    content: FormView(text: text, formats: Self.formats(format), error: message), status: .unprocessableContent
                )
            }
            let result: ImportResult
            do {
                if let file = form.files["file"], !file.bytes.isEmpty {
                    let fileFormat =
                        format ?? ImportFormat(fileExtension: (file.filename as NSString).pathExtension)
                        ?? file.contentType.flatMap(ImportFormat.init(contentType:))
                    result = try metrics.measureImport { try Importer.parse(file.bytes, format: fileFormat) }
                } else if !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    result = try metrics.measureImport { try Importer.parse(text, format: format) }
                } else {
                    return failed("Paste the job description into the box, or choose a file to upload.")
                }
            } catch let error as ImportError {
                return failed(error.description)
            }
            let report = ReportView(
                format: result.report.format.rawValue, confidence: Int((result.report.confidence * 100).rounded()),
                sectionsFound: result.report.sectionsFound.map { DocumentSection(rawValue: $0)?.heading ?? $0 }.joined(separator: ", "),
                unrecognizedHeadings: result.report.unrecognizedHeadings, warnings: result.report.warnings,
                hasUnrecognized: !result.report.unrecognizedHeadings.isEmpty, hasWarnings: !result.report.warnings.isEmpty
            )
            return try await review(session: session, document: result.document, report: report, problems: [], status: .ok)
        }

        router.post("/import/check") { request, context in
            try await EditorController.check(context.form, session: try context.session(for: request), pages: pages, lint: lint)
        }

        router.post("/import/save") { request, context in
            let session = try context.session(for: request)
            let form = context.form
            let action = try EditorAction.of(form)
            guard action == .save else {
                var parsed = DocumentForm.parse(form, asTyped: true)
                action.apply(to: &parsed.document)
                return try await review(session: session, document: parsed.document, report: nil, problems: parsed.problems, status: .ok)
            }
            let parsed = DocumentForm.parse(form, asTyped: false)
            let problems = parsed.problems + parsed.document.validate()
            guard problems.isEmpty else {
                return try await review(session: session, document: parsed.document, report: nil, problems: problems, status: .unprocessableContent)
            }
            let job = try await jobDescriptions.saveImport(parsed.document, by: session.caller)
            return WebPages.redirect(to: "/jobs/\(job.id.uuidString.lowercased())?notice=imported")
        }
    }

    private func review(
        session: SessionStore.Session, document: JobDocument, report: ReportView?, problems: [ValidationProblem], status: HTTPResponse.Status
    ) async throws -> Response {
        let result = try await lint.lint(document, by: session.caller)
        let view = ReviewView(
            report: report, fields: DocumentFieldsView(document, lint: result, problems: problems), quality: QualityView(result, document: document),
            preview: PreviewView(document), problems: problems.map { ComposeController.describe($0) }
        )
        return pages.page(
            "import-review", title: "Review the import", chrome: .signedIn(session, section: "/import"), content: view, status: status)
    }

    static func formats(_ selected: ImportFormat?) -> [Option] {
        [Option(value: "", label: "Detect automatically", selected: selected == nil)]
            + [(ImportFormat.text, "Plain text"), (.markdown, "Markdown"), (.html, "HTML")].map {
                Option(value: $0.0.rawValue, label: $0.1, selected: $0.0 == selected)
            }
    }
}
