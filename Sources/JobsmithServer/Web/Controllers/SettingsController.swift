import Foundation
import Hummingbird
import JobsmithCore
import JobsmithDomain

/// Settings: the company profile applied to every composed draft (and the employee count the pay-transparency checks
/// need), API tokens (created with a role and shown once, listed, revoked) and the signed-in user's password. People
/// have their own page (``PeopleController``).
struct SettingsController {
    let pages: WebPages
    let profiles: CompanyProfileService
    let organizations: OrganizationService
    let accounts: AccountService

    /// The roles a service token may have; admin, as tokens had before roles, comes first.
    static let tokenRoles: [Role] = [.admin, .editor, .reviewer, .viewer]

    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    struct TokenRow: Sendable {
        let id: String
        let name: String
        /// "Admin", or "Ada Lovelace" for a personal token.
        let actsAs: String
        let created: String
        let revoked: String?
    }

    struct View: Sendable {
        let name: String
        let about: String
        let website: String
        let logoUrl: String
        let locations: String
        let workplaceTypes: [Option]
        let benefits: String
        let eeoStatement: String
        let currency: String
        let periods: [Option]
        let employeeCount: String
        let problems: [String]
        let tokens: [TokenRow]
        let tokenRoles: [Option]
        let newToken: String?
        let newTokenName: String?
        let passwordError: String?
        let minimumPasswordLength = UserStore.minimumPasswordLength
        let organizationSlug: String
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/settings") { request, context in
            let session = try context.session(for: request)
            let profile = try await profiles.profile(by: session.caller)
            return try await page(session: session, fields: Self.fields(profile), notice: Notice.text(request))
        }

        router.post("/settings/profile") { request, context in
            let session = try context.session(for: request)
            let form = context.form
            var fields: [String: String] = [:]
            for name in [
                "name", "about", "website", "logoUrl", "locations", "defaultWorkplaceType", "benefits", "eeoStatement", "currency", "period",
                "employeeCount",
            ] {
                fields[name] = (form.value(name) ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            }
            var problems: [String] = []
            let countText = (fields["employeeCount"] ?? "").filter { !",' _".contains($0) }
            let employeeCount = countText.isEmpty ? nil : Int(countText)
            if !countText.isEmpty, employeeCount == nil { problems.append("Employee count: must be a whole number, such as 250.") }
            func text(_ name: String) -> String? {
                let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                return value.isEmpty ? nil : value
            }
            let currency = text("currency")?.uppercased()
            let profile = CompanyProfile(
                name: text("name") ?? "",
                about: text("about"),
                website: text("website"),
                logoUrl: text("logoUrl"),
                locations: (fields["locations"] ?? "").split(separator: "\n").compactMap { Self.location(String($0)) },
                defaultWorkplaceType: text("defaultWorkplaceType").flatMap(WorkplaceType.init(rawValue:)),
                benefits: (fields["benefits"] ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                eeoStatement: text("eeoStatement"),
                salaryPolicy: currency.map {
                    CompanyProfile.SalaryPolicy(currency: $0, period: text("period").flatMap(Salary.Period.init(rawValue:)) ?? .year)
                },
                employeeCount: employeeCount
            )
            problems += profile.validate().map { problem in
                let field = problem.pointer.split(separator: "/").first.map(String.init) ?? ""
                return AuthController.sentence("\(Self.label(field)): \(problem.message)")
            }
            guard problems.isEmpty else {
                return try await page(session: session, fields: fields, notice: nil, problems: problems, status: .unprocessableContent)
            }
            try await profiles.save(profile, by: session.caller)
            return WebPages.redirect(to: "/settings?notice=profile")
        }

        router.post("/settings/tokens") { request, context in
            let session = try context.session(for: request)
            let name = String((context.form.text("name") ?? "API token").prefix(100))
            let role = context.form.text("role").flatMap(Role.init(named:)) ?? .admin
            let secret: NewToken
            do {
                secret = try await organizations.createToken(name: name, grant: .service(role), by: session.caller)
            } catch let failure as TokenFailure {
                throw WebError.badRequest(AuthController.sentence(failure.description))
            }
            let profile = try await profiles.profile(by: session.caller)
            return try await page(session: session, fields: Self.fields(profile), notice: nil, newToken: (name, secret.secret))
        }

        router.post("/settings/tokens/:token/revoke") { request, context in
            let session = try context.session(for: request)
            guard let text = context.parameters.get("token"), let id = UUID(uuidString: text) else { throw WebError.notFound }
            try await organizations.revokeToken(id, by: session.caller)
            return WebPages.redirect(to: "/settings?notice=revoked#tokens")
        }

        router.post("/settings/password") { request, context in
            let session = try context.session(for: request)
            let form = context.form
            let new = form.value("newPassword") ?? ""
            func failed(_ message: String) async throws -> Response {
                let profile = try await profiles.profile(by: session.caller)
                return try await page(
                    session: session, fields: Self.fields(profile), notice: nil, passwordError: message, status: .unprocessableContent)
            }
            guard new == form.value("newPasswordConfirmation") else { return try await failed("The two new passwords are not the same.") }
            do {
                guard try await accounts.changePassword(current: form.value("currentPassword") ?? "", new: new, session: session) else {
                    return try await failed("The current password is not right.")
                }
            } catch let failure as UserStore.Failure {
                return try await failed(AuthController.sentence(failure.description))
            }
            return WebPages.redirect(to: "/settings?notice=password#account")
        }
    }

    private func page(
        session: SessionStore.Session, fields: [String: String], notice: String?, problems: [String] = [], newToken: (String, String)? = nil,
        passwordError: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let caller = session.caller
        let tokens = caller.can(.manageTokens) ? try await organizations.tokens(by: caller) : []
        // The people are read only to name the users of personal tokens.
        let people = tokens.contains { $0.userID != nil } ? try await accounts.users(by: caller) : []
        let names = Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let workplace = fields["defaultWorkplaceType"] ?? ""
        let period = fields["period"] ?? "year"
        let view = View(
            name: fields["name"] ?? "", about: fields["about"] ?? "", website: fields["website"] ?? "", logoUrl: fields["logoUrl"] ?? "",
            locations: fields["locations"] ?? "",
            workplaceTypes: [Option(value: "", label: "Not stated", selected: workplace.isEmpty)]
                + WorkplaceType.allCases.map { Option(value: $0.rawValue, label: $0.displayName, selected: $0.rawValue == workplace) },
            benefits: fields["benefits"] ?? "", eeoStatement: fields["eeoStatement"] ?? "", currency: fields["currency"] ?? "",
            periods: Salary.Period.allCases.map { Option(value: $0.rawValue, label: "per \($0.rawValue)", selected: $0.rawValue == period) },
            employeeCount: fields["employeeCount"] ?? "", problems: problems,
            tokens: tokens.map {
                TokenRow(
                    id: $0.id.uuidString.lowercased(), name: $0.name, actsAs: $0.userID.map { names[$0] ?? "a former user" } ?? $0.role.displayName,
                    created: $0.createdAt.map(TimeText.absolute) ?? "",
                    revoked: $0.revokedAt.map(TimeText.absolute)
                )
            },
            tokenRoles: Self.tokenRoles.map { Option(value: $0.rawValue, label: $0.displayName, selected: $0 == .admin) },
            newToken: newToken?.1, newTokenName: newToken?.0, passwordError: passwordError,
            organizationSlug: session.organization.slug
        )
        return pages.page(
            "settings", title: "Settings", chrome: .signedIn(session, section: "/settings", notice: notice), content: view, status: status)
    }

    /// The form's text for a saved profile.
    static func fields(_ profile: CompanyProfile) -> [String: String] {
        [
            "name": profile.name, "about": profile.about ?? "", "website": profile.website ?? "", "logoUrl": profile.logoUrl ?? "",
            "locations": profile.locations.map(\.displayName).joined(separator: "\n"),
            "defaultWorkplaceType": profile.defaultWorkplaceType?.rawValue ?? "", "benefits": profile.benefits.joined(separator: "\n"),
            "eeoStatement": profile.eeoStatement ?? "", "currency": profile.salaryPolicy?.currency ?? "",
            "period": profile.salaryPolicy?.period.rawValue ?? "year", "employeeCount": profile.employeeCount.map(String.init) ?? "",
        ]
    }

    /// "Denver, CO, US" → city, region, country; a last part of two letters is the country code.
    static func location(_ line: String) -> Location? {
        var parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var country: String?
        if parts.count > 1, let last = parts.last, last.count == 2, last.allSatisfy(\.isLetter) {
            country = last.uppercased()
            parts.removeLast()
        }
        return Location(city: parts.first, region: parts.count > 1 ? parts[1...].joined(separator: ", ") : nil, country: country)
    }

    static func label(_ field: String) -> String {
        switch field {
        case "name": "Company name"
        case "about": "About"
        case "website": "Website"
        case "logoUrl": "Logo URL"
        case "locations": "Locations"
        case "benefits": "Benefits"
        case "eeoStatement": "Equal opportunity statement"
        case "salaryPolicy": "Salary currency"
        case "employeeCount": "Employee count"
        default: field
        }
    }
}
