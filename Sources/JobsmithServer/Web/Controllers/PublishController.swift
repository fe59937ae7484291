import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import JobsmithDomain
import JobsmithLint

/// Publish: put the current version on the public board behind the lint gate (errors block unless overridden, which
/// the posting records), take it down again, and see the public link and the view and apply counts.
struct PublishController {
    let pages: WebPages
    let jobDescriptions: JobDescriptionService
    let publishing: PublishingService
    let lint: LintService
    let profiles: CompanyProfileService
    let links: PublicLinks
    let clock: WallClock

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

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/jobs/:id/publish") { request, context in
            let session = try context.session(for: request)
            try session.caller.require(.publishJobs)
            let job = try await jobDescriptions.job(context, by: session.caller)
            return try await page(job: job, session: session, form: nil, problems: [], notice: Notice.text(request), status: .ok)
        }

        router.post("/jobs/:id/publish") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            let form = context.form
            func again(_ problems: [String], status: HTTPResponse.Status, showing job: StoredJobDescription = job) async throws -> Response {
                try await page(job: job, session: session, form: form, problems: problems, notice: nil, status: status)
            }
            var validThrough: Date?
            if let text = form.text("validThrough") {
                guard let day = Self.day(text) else {
                    return try await again(["Listed until: enter a date such as 2030-12-31."], status: .unprocessableContent)
                }
                validThrough = day
            }
            let publishRequest = PublishRequest(
                applyURL: form.value("applyUrl"), applyEmail: form.value("applyEmail"), validThrough: validThrough,
                department: form.value("department"),
                requisitionID: form.value("requisitionId"), force: form.value("force") == "true"
            )
            let expected = try form.integer("version", in: ClientNumbers.version).map(VersionPrecondition.exactly)
            do {
                try await publishing.publish(job.id, publishRequest, expected: expected, by: session.caller)
            } catch StoreError.versionMismatch(let current) {
                let changed = try await jobDescriptions.current(job.id, by: session.caller)
                return try await again(
                    ["The job description changed (it is now version \(current)) since this page was opened. Check it, then publish again."],
                    status: .conflict, showing: changed
                )
            } catch let failure as ValidationFailure {
                return try await again(failure.problems.map(Self.describe), status: .unprocessableContent)
            } catch is PublishingBlocked {
                return try await again(
                    ["Publishing is blocked by the errors below. Fix them in the editor, or tick “Publish anyway”."], status: .unprocessableContent
                )
            }
            return WebPages.redirect(to: "/jobs/\(job.id.uuidString.lowercased())/publish?notice=published")
        }

        router.post("/jobs/:id/unpublish") { request, context in
            let session = try context.session(for: request)
            let job = try await jobDescriptions.job(context, by: session.caller)
            try await publishing.unpublish(job.id, by: session.caller)
            return WebPages.redirect(to: "/jobs/\(job.id.uuidString.lowercased())/publish?notice=unpublished")
        }
    }

    private func page(
        job: StoredJobDescription, session: SessionStore.Session, form: WebForm?, problems: [String], notice: String?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let now = clock.now()
        let profile = try await profiles.profile(by: session.caller)
        let blockers = try await lint.publishBlockers(job.document, by: session.caller)
            .map { Blocker(fieldLabel: FieldIDs.label(for: $0.section), message: $0.message, suggestion: $0.suggestion) }
        let stats = try await publishing.stats(of: job.id, days: 30, by: session.caller)
        let posting = stats?.posting
        let counts = (views: stats?.views ?? 0, applyClicks: stats?.applyClicks ?? 0, daily: stats?.daily ?? [])
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
            publicPath: posting.map { links.postingPath(slug, $0.id) },
            publicURL: posting.map { links.posting(slug, $0.id) },
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
        return pages.page(
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
