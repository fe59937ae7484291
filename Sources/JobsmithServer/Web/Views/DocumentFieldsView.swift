import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLint

/// The editable fields of a document, with each field's findings and validation message, for the `document-fields`
/// template shared by the editor, the import review and the conflict page.
struct DocumentFieldsView: Sendable {
    struct Field: Sendable {
        let id: String
        let name: String
        let value: String
        let findings: [FindingView]
        let error: String?
    }

    struct Item: Sendable {
        let section: String
        let index: Int
        let number: Int
        let label: String
        let field: Field
        let canMoveUp: Bool
        let canMoveDown: Bool
    }

    struct ListSection: Sendable {
        let key: String
        let heading: String
        let itemName: String
        let items: [Item]
        let listError: String?
    }

    struct PairItem: Sendable {
        let section: String
        let index: Int
        let number: Int
        let primary: Field
        let secondary: Field
        let canMoveUp: Bool
        let canMoveDown: Bool
    }

    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// One place of the job, a row of the places list.
    struct PlaceRow: Sendable {
        let index: Int
        let number: Int
        let city: String
        let region: String
        let country: String
        let postalCode: String
        /// The place's problems (e.g. "repeats /locations/0"), naming the field.
        let error: String?
        let canMoveUp: Bool
        let canMoveDown: Bool
    }

    /// A place a pay zone may pay for, as a checkbox.
    struct ZonePlace: Sendable {
        let value: Int
        let label: String
        let checked: Bool
    }

    /// One pay zone: a name, the places it pays for and its range.
    struct ZoneRow: Sendable {
        let index: Int
        let number: Int
        let name: String
        let places: [ZonePlace]
        let salaryMin: String
        let salaryMax: String
        let salaryCurrency: String
        let salaryPeriods: [Option]
        let placesError: String?
        let salaryError: String?
        let findings: [FindingView]
    }

    /// One kind of pay beyond the base range.
    struct CompensationRow: Sendable {
        let index: Int
        let number: Int
        let kinds: [Option]
        let description: String
        let error: String?
    }

    let title: Field
    let summary: Field
    let reportsTo: Field
    let lists: [ListSection]
    let kpis: [PairItem]
    let otherSections: [PairItem]
    let salaryMin: String
    let salaryMax: String
    let salaryCurrency: String
    let salaryPeriods: [Option]
    let salaryError: String?
    let salaryFindings: [FindingView]
    let locationCity: String
    let locationRegion: String
    let locationCountry: String
    let locationError: String?
    let locationFindings: [FindingView]
    let places: [PlaceRow]
    let remoteCountries: String
    let remoteRegions: String
    let remoteError: String?
    let payZones: [ZoneRow]
    let payZonesError: String?
    let otherCompensation: [CompensationRow]
    let otherCompensationError: String?
    let workplaceTypes: [Option]
    let employmentTypes: [Option]

    /// The fields of `document`, with `lint` findings placed at their fields and `problems` (validation) as messages.
    init(
        _ document: JobDocument, lint: LintResult?, problems: [ValidationProblem], salaryMinText: String? = nil, salaryMaxText: String? = nil,
        zoneSalaryTexts: [Int: (min: String, max: String)] = [:]
    ) {
        let findings = (lint?.findings ?? []).map { FindingView($0, document: document) }
        func findingsAt(_ pointer: String) -> [FindingView] { findings.filter { $0.pointer == pointer } }
        func problem(_ pointer: String, prefix: Bool = false) -> String? {
            let matching = problems.filter { prefix ? $0.pointer.hasPrefix(pointer) : $0.pointer == pointer }
            return matching.isEmpty ? nil : matching.map(\.message).joined(separator: "; ")
        }
        func field(_ pointer: String, name: String, value: String) -> Field {
            Field(id: FieldIDs.id(for: pointer), name: name, value: value, findings: findingsAt(pointer), error: problem(pointer, prefix: true))
        }
        title = field("/title", name: "title", value: document.title)
        summary = field("/summary", name: "summary", value: document.summary ?? "")
        reportsTo = field("/reportsTo", name: "reportsTo", value: document.reportsTo ?? "")
        lists = document.listSections.map { section, items in
            let key = section.rawValue
            return ListSection(
                key: key, heading: section.heading, itemName: FieldIDs.itemName(section),
                items: items.enumerated().map { index, value in
                    Item(
                        section: key, index: index, number: index + 1, label: "\(FieldIDs.itemName(section)) \(index + 1)",
                        field: field("/\(key)/\(index)", name: key, value: value), canMoveUp: index > 0, canMoveDown: index < items.count - 1
                    )
                },
                listError: problem("/\(key)")
            )
        }
        kpis = document.kpis.enumerated().map { index, kpi in
            PairItem(
                section: "kpis", index: index, number: index + 1,
                primary: field("/kpis/\(index)/name", name: "kpis.name", value: kpi.name),
                secondary: field("/kpis/\(index)/description", name: "kpis.description", value: kpi.description),
                canMoveUp: index > 0, canMoveDown: index < document.kpis.count - 1
            )
        }
        otherSections = document.otherSections.enumerated().map { index, other in
            PairItem(
                section: "otherSections", index: index, number: index + 1,
                primary: field("/otherSections/\(index)/heading", name: "otherSections.heading", value: other.heading),
                secondary: field("/otherSections/\(index)/body", name: "otherSections.body", value: other.body),
                canMoveUp: index > 0, canMoveDown: index < document.otherSections.count - 1
            )
        }
        salaryMin = salaryMinText ?? document.salary.map { DocumentForm.amountText($0.min) } ?? ""
        salaryMax = salaryMaxText ?? document.salary.map { DocumentForm.amountText($0.max) } ?? ""
        salaryCurrency = document.salary?.currency ?? ""
        salaryPeriods = Salary.Period.allCases.map {
            Option(value: $0.rawValue, label: "per \($0.rawValue)", selected: $0 == (document.salary?.period ?? .year))
        }
        salaryError = problem("/salary", prefix: true)
        salaryFindings = findingsAt("/salary")
        locationCity = document.location?.city ?? ""
        locationRegion = document.location?.region ?? ""
        locationCountry = document.location?.country ?? ""
        // "/location" (the alias of the first place) and the list as a whole; each place's own problems are in its row.
        let listProblems = problems.filter { $0.pointer == "/locations" || $0.pointer == "/location" || $0.pointer.hasPrefix("/location/") }
        locationError = listProblems.isEmpty ? nil : listProblems.map(\.message).joined(separator: "; ")
        locationFindings = findingsAt("/location") + findingsAt("/locations")
        let placeCount = document.locations.count
        places = document.locations.enumerated().map { index, place in
            PlaceRow(
                index: index, number: index + 1, city: place.city ?? "", region: place.region ?? "", country: place.country ?? "",
                postalCode: place.postalCode ?? "", error: problem("/locations/\(index)", prefix: true), canMoveUp: index > 0,
                canMoveDown: index < placeCount - 1)
        }
        remoteCountries = document.remote?.countries.joined(separator: ", ") ?? ""
        remoteRegions = document.remote?.regions.joined(separator: ", ") ?? ""
        remoteError = problem("/remote", prefix: true)
        payZones = document.payByLocation.enumerated().map { index, zone in
            let typed = zoneSalaryTexts[index]
            func amount(_ value: Double) -> String { value > 0 ? DocumentForm.amountText(value) : "" }
            return ZoneRow(
                index: index, number: index + 1, name: zone.name ?? "",
                places: document.locations.enumerated().map { placeIndex, place in
                    ZonePlace(
                        value: placeIndex, label: place.displayName.isEmpty ? "Place \(placeIndex + 1)" : place.displayName,
                        checked: zone.locations.contains { $0.isSamePlace(as: place) })
                },
                salaryMin: typed?.min ?? amount(zone.salary.min), salaryMax: typed?.max ?? amount(zone.salary.max),
                salaryCurrency: zone.salary.currency,
                salaryPeriods: Salary.Period.allCases.map {
                    Option(value: $0.rawValue, label: "per \($0.rawValue)", selected: $0 == zone.salary.period)
                },
                placesError: problem("/payByLocation/\(index)/locations", prefix: true),
                salaryError: problem("/payByLocation/\(index)/salary", prefix: true),
                findings: findings.filter { $0.pointer.hasPrefix("/payByLocation/\(index)/") })
        }
        payZonesError = problem("/payByLocation")
        otherCompensation = document.otherCompensation.enumerated().map { index, entry in
            CompensationRow(
                index: index, number: index + 1,
                kinds: OtherCompensation.Kind.allCases.map { Option(value: $0.rawValue, label: $0.displayName, selected: $0 == entry.kind) },
                description: entry.description, error: problem("/otherCompensation/\(index)", prefix: true))
        }
        otherCompensationError = problem("/otherCompensation")
        workplaceTypes =
            [Option(value: "", label: "Not stated", selected: document.workplaceType == nil)]
            + WorkplaceType.allCases.map { Option(value: $0.rawValue, label: $0.displayName, selected: $0 == document.workplaceType) }
        employmentTypes =
            [Option(value: "", label: "Not stated", selected: document.employmentType == nil)]
            + EmploymentType.allCases.map { Option(value: $0.rawValue, label: $0.displayName, selected: $0 == document.employmentType) }
    }
}

/// The quality panel: score, verdicts and every finding, linking to its field.
struct QualityView: Sendable {
    let score: Int
    let grade: String
    let errors: Int
    let warnings: Int
    let tips: Int
    let genderVerdict: String
    let readingEase: String
    let gradeLevel: String
    let findings: [FindingView]

    init(_ lint: LintResult, document: JobDocument) {
        score = lint.score
        grade = lint.score >= 85 ? "good" : lint.score >= 60 ? "fair" : "poor"
        errors = lint.findings.filter { $0.severity == .error }.count
        warnings = lint.findings.filter { $0.severity == .warning }.count
        tips = lint.findings.filter { $0.severity == .info }.count
        genderVerdict = lint.genderCoding.verdict
        readingEase = String(format: "%.0f", lint.readability.fleschReadingEase)
        gradeLevel = String(format: "%.1f", lint.readability.fleschKincaidGrade)
        findings = lint.findings.map { FindingView($0, document: document) }
    }
}

/// A rendered document: title, facts and the sections as HTML.
struct PreviewView: Sendable {
    struct Fact: Sendable {
        let label: String
        let value: String
    }

    let title: String
    let facts: [Fact]
    /// Produced by ``HTMLRenderer``, which escapes every user string.
    let bodyHTML: String

    init(_ document: JobDocument) {
        title = document.title
        facts = document.facts.map { Fact(label: $0.label, value: $0.value) }
        bodyHTML = HTMLRenderer.fragment(document)
    }
}
