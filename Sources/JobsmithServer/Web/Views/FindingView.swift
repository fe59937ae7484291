import JobsmithCore
import JobsmithDomain
import JobsmithLint

/// One lint finding as the editor shows it: the flagged words highlighted in their text, the message and suggestion,
/// and the one-click fix when there is one.
struct FindingView: Sendable {
    let rule: String
    let severity: String
    let severityLabel: String
    let message: String
    let suggestion: String?
    let replacement: String?
    /// The id of the form field the finding is about, for links and the page's script; empty for the whole document.
    let fieldID: String
    let hasField: Bool
    let fieldLabel: String
    let pointer: String
    let start: Int
    let end: Int
    /// The text around and of the flagged range, when the finding points into a string.
    let before: String
    let flagged: String
    let after: String
    let hasHighlight: Bool
    /// The value of the no-JavaScript fix button.
    let applyValue: String

    init(_ finding: LintFinding, document: JobDocument) {
        rule = finding.rule
        severity = finding.severity.rawValue
        severityLabel =
            switch finding.severity {
            case .error: "Error"
            case .warning: "Warning"
            case .info: "Tip"
            }
        message = finding.message
        suggestion = finding.suggestion
        pointer = finding.section
        start = finding.start
        end = finding.end
        fieldID = FieldIDs.id(for: finding.section)
        hasField = !fieldID.isEmpty
        fieldLabel = FieldIDs.label(for: finding.section)
        let text = document.text(at: finding.section)
        let units = text.map { Array($0.utf16) } ?? []
        if text != nil, finding.start < finding.end, finding.end <= units.count {
            // Context around the flagged words, cut at about 60 characters each side.
            let beforeUnits = units[..<finding.start]
            let afterUnits = units[finding.end...]
            let fullBefore = String(decoding: beforeUnits, as: UTF16.self)
            let fullAfter = String(decoding: afterUnits, as: UTF16.self)
            before = fullBefore.count > 60 ? "…" + fullBefore.suffix(60) : fullBefore
            flagged = String(decoding: units[finding.start..<finding.end], as: UTF16.self)
            after = fullAfter.count > 60 ? fullAfter.prefix(60) + "…" : fullAfter
            hasHighlight = true
            replacement = finding.replacement
        } else {
            before = ""
            flagged = ""
            after = ""
            hasHighlight = false
            replacement = nil
        }
        applyValue = replacement.map { "apply|\(finding.section)|\(finding.start)|\(finding.end)|\($0)" } ?? ""
    }
}

/// Form field ids derived from JSON pointers, shared by the templates, the findings and the page's script.
enum FieldIDs {
    /// `f-responsibilities-2` for `/responsibilities/2`; groups for whole sections (`f-salary`); empty for "".
    static func id(for pointer: String) -> String {
        let parts = pointer.split(separator: "/")
        guard !parts.isEmpty else { return "" }
        return "f-" + parts.joined(separator: "-")
    }

    /// "Responsibility 3", "Title", "Salary": the field a pointer names, for people.
    static func label(for pointer: String) -> String {
        let parts = pointer.split(separator: "/").map(String.init)
        if let fact = factLabel(parts) { return fact }
        guard let first = parts.first, let section = DocumentSection(rawValue: first) else { return "Whole description" }
        guard parts.count > 1, let index = Int(parts[1]) else { return section.heading }
        let item = "\(itemName(section)) \(index + 1)"
        if parts.count > 2 { return "\(item), \(parts[2] == "name" || parts[2] == "heading" ? parts[2] : "text")" }
        return item
    }

    /// "Place 2, country", "Pay zone 1, salary", "Remote applicants, countries": the job facts kept outside the
    /// document's sections; nil for other pointers.
    private static func factLabel(_ parts: [String]) -> String? {
        let names = ["locations": "Place", "payByLocation": "Pay zone", "otherCompensation": "Other compensation", "remote": "Remote applicants"]
        guard let first = parts.first, let name = names[first] else { return nil }
        if first == "remote" { return parts.count > 1 ? "\(name), \(parts[1])" : name }
        guard parts.count > 1, let index = Int(parts[1]), (0...9_999).contains(index) else { return first == "locations" ? "Places" : name }
        let item = "\(name) \(index + 1)"
        return parts.count > 2 ? "\(item), \(parts[2...].joined(separator: " "))" : item
    }

    /// The name of one item of a list section: "Responsibility", "Tool", "KPI".
    static func itemName(_ section: DocumentSection) -> String {
        switch section {
        case .responsibilities: "Responsibility"
        case .requirements: "Requirement"
        case .niceToHave: "Nice to have"
        case .kpis: "KPI"
        case .collaboratesWith: "Collaborator"
        case .leads: "Leads"
        case .tools: "Tool"
        case .qualifications: "Qualification"
        case .benefits: "Benefit"
        case .otherSections: "Section"
        default: section.heading
        }
    }
}
