import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain

/// Compose: pick a template, say what differs (title, place, work mode, contract, pay), get a draft with the company
/// profile applied, and land in the editor.
struct ComposeController {
    let pages: WebPages
    let templates: TemplateService
    let profiles: CompanyProfileService
    let jobDescriptions: JobDescriptionService

    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct Group: Sendable {
        let label: String
        let options: [Option]
    }

    struct View: Sendable {
        let groups: [Group]
        let templateChosen: Bool
        let templateTitle: String
        let templateSlug: String
        let title: String
        let team: String
        let city: String
        let region: String
        let country: String
        let workplaceTypes: [Option]
        let employmentTypes: [Option]
        let salaryMin: String
        let salaryMax: String
        let currency: String
        let periods: [Option]
        let problems: [String]
        let profileHint: String?
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/compose") { request, context in
            let session = try context.session(for: request)
            try session.caller.require(.writeJobs)
            let slug = request.uri.queryParameters["template"].map(String.init) ?? ""
            let form = WebForm(fields: slug.isEmpty ? [] : [("template", slug)])
            return try await page(session: session, form: form, problems: [], status: .ok)
        }

        router.post("/compose") { request, context in
            let session = try context.session(for: request)
            let form = context.form
            guard let slug = form.text("template"), try await templates.find(slug, by: session.caller) != nil else {
                return try await page(session: session, form: form, problems: ["Choose a template to start from."], status: .unprocessableContent)
            }
            let parsed = DocumentForm.parse(form, asTyped: false)
            var problems = parsed.problems.map { "Salary: \($0.message)." }
            if parsed.document.salary != nil, form.text("salary.currency") == nil {
                problems.append("Salary: choose the currency, such as USD or EUR.")
            }
            guard problems.isEmpty else { return try await page(session: session, form: form, problems: problems, status: .unprocessableContent) }
            let composeRequest = ComposeRequest(
                template: slug, title: form.text("title"), location: parsed.document.location, salary: parsed.document.salary,
                workplaceType: parsed.document.workplaceType, employmentType: parsed.document.employmentType, team: form.text("team")
            )
            do {
                let job = try await jobDescriptions.compose(composeRequest, by: session.caller)
                return WebPages.redirect(to: "/jobs/\(job.id.uuidString.lowercased())?notice=created")
            } catch let failure as ValidationFailure {
                return try await page(
                    session: session, form: form, problems: failure.problems.map { Self.describe($0) }, status: .unprocessableContent
                )
            }
        }
    }

    private func page(session: SessionStore.Session, form: WebForm, problems: [String], status: HTTPResponse.Status) async throws -> Response {
        let all = try await templates.search("", department: nil, level: nil, offset: 0, limit: 1000, by: session.caller)
        let chosen = form.text("template")
        let template = all.items.first { $0.template.slug == chosen }?.template
        let profile = try await profiles.profile(by: session.caller)
        let defaultLocation = profile.locations.first
        let isFirstVisit = form.value("title") == nil
        func value(_ name: String, _ fallback: String?) -> String {
            isFirstVisit ? fallback ?? "" : form.value(name) ?? ""
        }
        let workplace =
            isFirstVisit
            ? profile.defaultWorkplaceType?.rawValue ?? template?.document.workplaceType?.rawValue ?? "" : form.value("workplaceType") ?? ""
        let employment =
            isFirstVisit ? template?.document.employmentType?.rawValue ?? EmploymentType.fullTime.rawValue : form.value("employmentType") ?? ""
        let period = isFirstVisit ? profile.salaryPolicy?.period.rawValue ?? Salary.Period.year.rawValue : form.value("salary.period") ?? ""
        let groups = Departments.all.compactMap { department -> Group? in
            let options = all.items.filter { $0.template.department == department.slug }.map {
                Option(value: $0.template.slug, label: "\($0.template.document.title) (\($0.template.level))", selected: $0.template.slug == chosen)
            }
            return options.isEmpty ? nil : Group(label: department.name, options: options)
        }
        let view = View(
            groups: groups,
            templateChosen: template != nil,
            templateTitle: template?.document.title ?? "",
            templateSlug: template?.slug ?? "",
            title: value("title", template?.document.title),
            team: value("team", nil),
            city: value("location.city", defaultLocation?.city),
            region: value("location.region", defaultLocation?.region),
            country: value("location.country", defaultLocation?.country),
            workplaceTypes: [Option(value: "", label: "Not stated", selected: workplace.isEmpty)]
                + WorkplaceType.allCases.map { Option(value: $0.rawValue, label: $0.displayName, selected: $0.rawValue == workplace) },
            employmentTypes: EmploymentType.allCases.map { Option(value: $0.rawValue, label: $0.displayName, selected: $0.rawValue == employment) },
            salaryMin: value("salary.min", nil),
            salaryMax: value("salary.max", nil),
            currency: value("salary.currency", profile.salaryPolicy?.currency ?? "USD"),
            periods: Salary.Period.allCases.map { Option(value: $0.rawValue, label: "per \($0.rawValue)", selected: $0.rawValue == period) },
            problems: problems,
            profileHint: profile.about == nil && profile.benefits.isEmpty && profile.locations.isEmpty
                ? "Your company profile is empty. Add your description, benefits and locations in Settings and every new draft gets them."
                : nil
        )
        return pages.page(
            "compose", title: template.map { "Compose: \($0.document.title)" } ?? "Compose", chrome: .signedIn(session, section: "/compose"),
            content: view, status: status
        )
    }

    /// "Location: the template uses {{location}}; …" from a problem's pointer and message.
    static func describe(_ problem: ValidationProblem) -> String {
        let label = FieldIDs.label(for: problem.pointer)
        return AuthController.sentence("\(label == "Whole description" ? problem.pointer : label): \(problem.message)")
    }
}
