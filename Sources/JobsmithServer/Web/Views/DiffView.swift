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

    init(_ diff: DocumentDiff) {
        sections = diff.sections.map { section in
            Section(
                heading: DocumentSection(rawValue: section.section)?.heading ?? section.section,
                added: section.added, removed: section.removed, changed: section.changed.map { Change(from: $0.from, to: $0.to) }
            )
        }
    }
}
