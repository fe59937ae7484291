import Foundation

/// Turns a template and a company profile into the team's own job description.
public enum Composer {
    /// The placeholders templates may use.
    public static let placeholders = ["company", "team", "location"]

    /// The composed document, or the problems that stop it (an unfillable placeholder names itself).
    public static func compose(
        _ template: JobTemplate, profile: CompanyProfile, request: ComposeRequest
    ) -> Result<JobDocument, ComposeFailure> {
        var document = template.document
        if let title = request.title, !title.trimmingWhitespace.isEmpty { document.title = title }
        // The places asked for, else every office of the company, else the template's own.
        if !request.places.isEmpty {
            document.locations = request.places
        } else if !profile.locations.isEmpty {
            document.locations = profile.locations
        }
        document.remote = request.remote ?? document.remote
        document.workplaceType = request.workplaceType ?? profile.defaultWorkplaceType ?? document.workplaceType
        document.employmentType = request.employmentType ?? document.employmentType ?? .fullTime
        document.salary = request.salary ?? document.salary
        document.payByLocation = request.payByLocation ?? document.payByLocation
        document.otherCompensation = request.otherCompensation ?? document.otherCompensation
        document.hiring = request.hiring ?? document.hiring
        document.benefits = unique(document.benefits + profile.benefits)
        if let about = profile.about, !about.trimmingWhitespace.isEmpty {
            document.otherSections.insert(OtherSection(heading: "About \(profile.name)", body: about), at: 0)
        }
        if let statement = profile.eeoStatement, !statement.trimmingWhitespace.isEmpty {
            document.otherSections.append(OtherSection(heading: "Equal opportunity", body: statement))
        }

        var values = ["company": profile.name, "team": request.team ?? "the \(Departments.name(of: template.department)) team"]
        let placeNames = document.locations.map { place in
            [place.city, place.region].compactMap { $0 }.first { !$0.isEmpty } ?? place.displayName
        }.filter { !$0.isEmpty }
        if !placeNames.isEmpty { values["location"] = Self.either(placeNames) }
        var unfilled: Set<String> = []
        document = document.mapText { text in
            Placeholders.fill(text, values: values, unfilled: &unfilled)
        }
        guard unfilled.isEmpty else {
            return .failure(
                ComposeFailure(
                    problems: unfilled.sorted().map { name in
                        ValidationProblem(
                            pointer: "/\(name)",
                            message: "the template uses {{\(name)}}; give a \(name) or add one to the company profile"
                        )
                    }
                )
            )
        }
        return .success((request.locale ?? profile.locale ?? .default).spell(document))
    }

    /// The template as a reader should see it before composing, for library cards and previews: `{{company}}`
    /// filled with the organization's name, `{{team}}` with "the <Department> team" and `{{location}}` with "your
    /// city", so no raw placeholder shows.
    public static func preview(_ template: JobTemplate, companyName: String) -> JobDocument {
        let name = companyName.trimmingWhitespace.isEmpty ? "your company" : companyName
        let values = ["company": name, "team": "the \(Departments.name(of: template.department)) team", "location": "your city"]
        var unfilled: Set<String> = []
        return template.document.mapText { Placeholders.fill($0, values: values, unfilled: &unfilled) }
    }

    /// "Denver", "Denver or Austin", "Denver, Austin or Seattle".
    static func either(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// Why a template could not be composed.
public struct ComposeFailure: Error, Equatable {
    public var problems: [ValidationProblem]
}

/// Fills `{{name}}` placeholders.
public enum Placeholders {
    /// `text` with every known placeholder replaced; names without a value are added to `unfilled` and left in place.
    public static func fill(_ text: String, values: [String: String], unfilled: inout Set<String>) -> String {
        guard text.contains("{{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = String(rest[open.upperBound..<close.lowerBound]).trimmingWhitespace
            if let value = values[name] {
                result += value
            } else {
                unfilled.insert(name)
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The placeholder names used anywhere in `document`.
    public static func names(in document: JobDocument) -> Set<String> {
        var names: Set<String> = []
        _ = document.mapText { text in
            _ = fill(text, values: [:], unfilled: &names)
            return text
        }
        return names
    }
}

extension JobDocument {
    /// The document with `transform` applied to every piece of prose (not to codes such as currency or country).
    public func mapText(_ transform: (String) -> String) -> JobDocument {
        var copy = self
        copy.title = transform(title)
        copy.summary = summary.map(transform)
        copy.responsibilities = responsibilities.map(transform)
        copy.requirements = requirements.map(transform)
        copy.niceToHave = niceToHave.map(transform)
        copy.kpis = kpis.map { KPI(name: transform($0.name), description: transform($0.description)) }
        copy.reportsTo = reportsTo.map(transform)
        copy.collaboratesWith = collaboratesWith.map(transform)
        copy.leads = leads.map(transform)
        copy.tools = tools.map(transform)
        copy.qualifications = qualifications.map(transform)
        copy.benefits = benefits.map(transform)
        copy.otherCompensation = otherCompensation.map { OtherCompensation(kind: $0.kind, description: transform($0.description)) }
        copy.otherSections = otherSections.map { OtherSection(heading: transform($0.heading), body: transform($0.body)) }
        return copy
    }
}
