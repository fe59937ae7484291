import Foundation
import JobsmithDomain
import JobsmithLint

/// Noon UTC on an ISO date such as `2025-03-01`, for options that decide which laws are in force.
func day(_ iso: String) -> Date {
    ISO8601DateFormatter().date(from: iso + "T12:00:00Z")!
}

/// Options with a fixed date, a known employer size and job facts checked.
func options(employees: Int? = 200, level: JobLevel? = nil, today: String = "2025-09-01", jobFacts: Bool = true) -> LintOptions {
    LintOptions(employeeCount: employees, level: level, asOf: day(today), checksJobFacts: jobFacts)
}

/// A complete, unremarkable document whose sections tests replace.
func document(
    title: String = "Backend Engineer",
    summary: String? = "You will build the services that power our scheduling product for clinics.",
    responsibilities: [String] = ["Build and run services", "Review code with the team", "Write design documents"],
    requirements: [String] = ["Experience with relational databases", "Clear written communication"],
    benefits: [String] = ["Health insurance", "Twenty-five days of paid leave"],
    salary: Salary? = Salary(min: 100_000, max: 120_000, currency: "USD", period: .year),
    location: Location? = Location(city: "Austin", region: "TX", country: "US"),
    workplaceType: WorkplaceType? = .onsite,
    otherSections: [OtherSection] = []
) -> JobDocument {
    JobDocument(
        title: title,
        summary: summary,
        responsibilities: responsibilities,
        requirements: requirements,
        benefits: benefits,
        salary: salary,
        location: location,
        workplaceType: workplaceType,
        otherSections: otherSections
    )
}

/// The string a JSON pointer such as `/responsibilities/2` or `/kpis/0/name` points at.
func text(at pointer: String, in document: JobDocument) -> String? {
    let parts = pointer.split(separator: "/").map(String.init)
    guard let field = parts.first else { return nil }
    let index = parts.count > 1 ? Int(parts[1]) : nil
    switch (field, index) {
    case ("title", nil): return document.title
    case ("summary", nil): return document.summary
    case ("reportsTo", nil): return document.reportsTo
    case ("responsibilities", let index?): return document.responsibilities[index]
    case ("requirements", let index?): return document.requirements[index]
    case ("niceToHave", let index?): return document.niceToHave[index]
    case ("collaboratesWith", let index?): return document.collaboratesWith[index]
    case ("leads", let index?): return document.leads[index]
    case ("tools", let index?): return document.tools[index]
    case ("qualifications", let index?): return document.qualifications[index]
    case ("benefits", let index?): return document.benefits[index]
    case ("kpis", let index?): return parts[2] == "name" ? document.kpis[index].name : document.kpis[index].description
    case ("otherSections", let index?): return parts[2] == "heading" ? document.otherSections[index].heading : document.otherSections[index].body
    default: return nil
    }
}

/// The text a finding or coded word covers, cut from the document by its UTF-16 offsets.
func slice(_ pointer: String, _ start: Int, _ end: Int, in document: JobDocument) -> String? {
    guard let text = text(at: pointer, in: document), start >= 0, end <= text.utf16.count, start <= end else { return nil }
    let utf16 = Array(text.utf16)
    return String(decoding: utf16[start..<end], as: UTF16.self)
}

extension LintResult {
    /// The findings of one rule.
    func findings(_ rule: String) -> [LintFinding] {
        findings.filter { $0.rule == rule }
    }

    /// The findings whose rule id starts with `prefix`.
    func findings(prefix: String) -> [LintFinding] {
        findings.filter { $0.rule.hasPrefix(prefix) }
    }
}
