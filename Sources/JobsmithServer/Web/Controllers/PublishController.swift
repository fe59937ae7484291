import Foundation
import HTTPTypes
import Hummingbird
import JobsmithDomain
import JobsmithLint

/// Publish: put the current version on the public board behind the lint gate (errors block unless overridden, which
/// the posting records), take it down again, and see the public link and the view and apply counts.
struct PublishController {
    let app: WebApp

    struct Blocker: Sendable {
        let fieldLabel: String
        let message: String
        let suggestion: String?
    }

    struct Day: Sendable {
        let day: String
        let views: Int
        let applyClicks: Int
    }

    struct View: Sendable {
        let id: String
        let title: String
        let version: Int
        let status: String
        let statusLabel: String
        let isOpen: Bool
        let wasPublished: Bool
        let publicPath: String?
        let publicURL: String?
        let postedVersion: Int?
        let isBehind: Bool
        let publishedAt: String?
        let publishedBy: String?
        let forcedRules: String?
        let blockers: [Blocker]
        let force: Bool
        let applyUrl: String
        let applyEmail: String
        let validThrough: String
        let department: String
        let requisitionId: String
        let problems: [String]
        let views: Int
        let applyClicks: Int
        let days: [Day]
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/jobs/:id/publish") { request, context in
            let session = try context.session(for: request)
            let job = try await app.job(request, context, session: session)
            return try await page(job: job, session: session, form: nil, problems: [], notice: Notice.text(request), status: .ok)
        }

        router.post("/jobs/:id/publish") { request, context in
            let session = try context.session(for: request)
            let job = try await app.job(request, context, session: session)
            let form = context.form
            if let version = try form.integer("version", in: ClientNumbers.version), version != job.version {
                return try await page(
                    job: job, session: session, form: form,
                    problems: [
                        "The job description changed (it is now version \(job.version)) since this page was opened. Check it, then publish again."
                    ],
                    notice: nil, status: .conflict
                )
            }
            let publishing = app.publishing
            let now = publishing.storedNow()
            var validThrough: Date?
            if let text = form.text("validThrough") {
                guard let day = Self.day(text) else {
                    return try await page(
                        job: job, session: session, form: form, problems: ["Listed until: enter a date such as 2030-12-31."], notice: nil,
                        status: .unprocessableContent
                    )
                }
                validThrough = day
            }
            let settings: PostingSettings
            switch PostingSettings.validated(
                applyURL: form.value("applyUrl"), applyEmail: form.value("applyEmail"), validThrough: validThrough,
                department: form.value("department"), requisitionID: form.value("requisitionId"),
                defaultDepartment: publishing.departments.department(forTitle: job.document.title), now: now
            ) {
            case .success(let valid): settings = valid
            case .failure(let failure):
                return try await page(
                    job: job, session: session, form: form, problems: failure.problems.map(Self.describe), notice: nil,
                    status: .unprocessableContent
                )
            }
            let profile = try await app.profiles.profile(organizationID: session.organization.id)
            let errors = Linter.lint(job.document, options: LintOptions(employeeCount: profile.employeeCount, asOf: now)).findings
                .filter { $0.severity == .error }
            if !errors.isEmpty, form.value("force") != "true" {
                return try await page(
                    job: job, session: session, form: form,
                    problems: ["Publishing is blocked by the errors below. Fix them in the editor, or tick “Publish anyway”."], notice: nil,
                    status: .unprocessableContent
                )
            }
            var forcedRules: [String] = []
            for rule in errors.map(\.rule) where !forcedRules.contains(rule) { forcedRules.append(rule) }
            _ = try await publishing.store.publish(
                job.document, version: job.version, jobDescriptionID: job.id, organizationID: session.organization.id, settings: settings,
                forcedRules: forcedRules, publishedBy: WebApp.author(session), now: now
            )
            publishing.board.invalidate(slug: session.organization.slug)
            app.jobs.forget(job.id)
            return WebPages.redirect(to: "/jobs/\(job.id.uuidString.lowercased())/publish?notice=published")
        }

        router.post("/jobs/:id/unpublish") { request, context in
            let session = try context.session(for: request)
            let job = try await app.job(request, context, session: session)
            try await app.publishing.store.unpublish(
                jobDescriptionID: job.id, organizationID: session.organization.id, now: app.publishing.storedNow()
            )
            app.publishing.board.invalidate(slug: session.organization.slug)
            app.jobs.forget(job.id)
            return WebPages.redirect(to: "/jobs/\(job.id.uuidString.lowercased())/publish?notice=unpublished")
        }
    }

    private func page(
        job: StoredJobDescription, session: SessionStore.Session, form: WebForm?, problems: [String], notice: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let publishing = app.publishing
        let now = publishing.now()
        let posting = try await publishing.store.posting(jobDescriptionID: job.id, organizationID: session.organization.id)
        let profile = try await app.profiles.profile(organizationID: session.organization.id)
        let blockers = Linter.lint(job.document, options: LintOptions(employeeCount: profile.employeeCount, asOf: now)).findings
            .filter { $0.severity == .error }
            .map { Blocker(fieldLabel: FieldIDs.label(for: $0.section), message: $0.message, suggestion: $0.suggestion) }
        var counts: (views: Int, applyClicks: Int, daily: [DailyCount]) = (0, 0, [])
        if let posting {
            // Counts wait in memory for a few seconds; write this server's first so the page includes them.
            try await publishing.counters.flush()
            counts = try await publishing.store.counts(postingID: posting.id, days: 30)
        }
        let postingStatus = posting?.status(at: now)
        let slug = session.organization.slug
        func value(_ name: String, _ saved: String?) -> String { form?.value(name) ?? saved ?? "" }
        let view = View(
            id: job.id.uuidString.lowercased(),
            title: job.document.title,
            version: job.version,
            status: postingStatus?.rawValue ?? "draft",
            statusLabel: Self.label(postingStatus),
            isOpen: postingStatus == .open,
            wasPublished: posting != nil,
            publicPath: posting.map { publishing.links.postingPath(slug, $0.id) },
            publicURL: posting.map { publishing.links.posting(slug, $0.id) },
            postedVersion: posting?.version,
            isBehind: postingStatus == .open && (posting?.version ?? job.version) < job.version,
            publishedAt: posting.map { TimeText.absolute($0.publishedAt) },
            publishedBy: posting?.publishedBy.map(DashboardController.shortAuthor),
            forcedRules: posting.flatMap { $0.forced ? $0.forcedRules.joined(separator: ", ") : nil },
            blockers: blockers,
            force: form?.value("force") == "true",
            applyUrl: value("applyUrl", posting?.applyURL ?? profile.website),
            applyEmail: value("applyEmail", posting?.applyEmail),
            validThrough: value("validThrough", posting?.validThrough.map { String(TimeText.absolute($0).prefix(10)) }),
            department: value("department", posting?.department ?? publishing.departments.department(forTitle: job.document.title)),
            requisitionId: value("requisitionId", posting?.requisitionID),
            problems: problems,
            views: counts.views,
            applyClicks: counts.applyClicks,
            days: counts.daily.suffix(30).reversed().map { Day(day: $0.day, views: $0.views, applyClicks: $0.applyClicks) }
        )
        return app.pages.page(
            "publish", title: "Publish: \(job.document.title)", chrome: .signedIn(session, section: "/", notice: notice), content: view,
            status: status
        )
    }

    static func label(_ status: PostingStatus?) -> String {
        switch status {
        case .open: "Published"
        case .expired: "Expired"
        case .unpublished: "Unpublished"
        case nil: "Not published"
        }
    }

    /// The end of the UTC day `YYYY-MM-DD`.
    static func day(_ text: String) -> Date? {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var components = DateComponents(year: Int(match.1), month: Int(match.2), day: Int(match.3), hour: 23, minute: 59, second: 59)
        components.calendar = calendar
        guard let date = calendar.date(from: components), calendar.component(.day, from: date) == Int(match.3) else { return nil }
        return date
    }

    static func describe(_ problem: ValidationProblem) -> String {
        let label =
            switch problem.pointer {
            case "/applyUrl": "Apply link"
            case "/applyEmail": "Apply email"
            case "/validThrough": "Listed until"
            case "/department": "Department"
            case "/requisitionId": "Requisition ID"
            default: problem.pointer
            }
        return AuthController.sentence("\(label): \(problem.message)")
    }
}
