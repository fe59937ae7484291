import JobsmithCore
import JobsmithDomain

/// A readable section-by-section diff.
struct DiffView: Sendable {
    struct Change: Sendable {
        let from: String
        let to: String
    }

    struct Section: Sendable {
        let heading: String
        let added: [String]
        let removed: [String]
        let changed: [Change]
    }

    let sections: [Section]

    /// The heading of a compared field: the section's, or the name of a job fact kept beside the sections.
    static func heading(of field: String) -> String {
        switch field {
        case "location": "Places"
        case "remote": "Remote applicants"
        case "payByLocation": "Pay by location"
        case "otherCompensation": "Other compensation"
        case "hiring": "Hiring statements"
        default: DocumentSection(rawValue: field)?.heading ?? field
        }
    }

    init(_ diff: DocumentDiff) {
        sections = diff.sections.map { section in
            Section(
                heading: Self.heading(of: section.section),
                added: section.added, removed: section.removed, changed: section.changed.map { Change(from: $0.from, to: $0.to) }
            )
        }
    }
}
