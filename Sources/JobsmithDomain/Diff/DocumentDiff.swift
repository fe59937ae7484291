/// A section-by-section comparison of two documents: which items were added, removed or changed.
public struct DocumentDiff: Codable, Sendable, Equatable {
    /// One section's changes; sections without changes are left out of the diff.
    public struct SectionChanges: Codable, Sendable, Equatable {
        /// An item edited in place.
        public struct Change: Codable, Sendable, Equatable {
            public var from: String
            public var to: String

            public init(from: String, to: String) {
                self.from = from
                self.to = to
            }
        }

        /// The document field name, e.g. `responsibilities`.
        public var section: String
        public var added: [String]
        public var removed: [String]
        public var changed: [Change]
    }

    public var sections: [SectionChanges]

    /// Compares `old` with `new`.
    public init(from old: JobDocument, to new: JobDocument) {
        let before = Dictionary(old.comparableFields, uniquingKeysWith: { first, _ in first })
        sections = new.comparableFields.compactMap { name, after in
            let changes = Self.compare(before[name] ?? [], after)
            guard !changes.added.isEmpty || !changes.removed.isEmpty || !changes.changed.isEmpty else { return nil }
            return SectionChanges(section: name, added: changes.added, removed: changes.removed, changed: changes.changed)
        }
    }

    /// Aligns the two lists on their longest common subsequence; between two aligned items, removed and added items
    /// are paired in order as changes, and the rest stay removals or additions.
    static func compare(_ old: [String], _ new: [String]) -> (added: [String], removed: [String], changed: [SectionChanges.Change]) {
        var lengths = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var added: [String] = []
        var removed: [String] = []
        var changed: [SectionChanges.Change] = []
        var gapRemoved: [String] = []
        var gapAdded: [String] = []
        func closeGap() {
            let paired = min(gapRemoved.count, gapAdded.count)
            changed += (0..<paired).map { SectionChanges.Change(from: gapRemoved[$0], to: gapAdded[$0]) }
            removed += gapRemoved.dropFirst(paired)
            added += gapAdded.dropFirst(paired)
            gapRemoved = []
            gapAdded = []
        }
        var i = 0
        var j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                closeGap()
                i += 1
                j += 1
            } else if j < new.count, i == old.count || lengths[i][j + 1] >= lengths[i + 1][j] {
                gapAdded.append(new[j])
                j += 1
            } else {
                gapRemoved.append(old[i])
                i += 1
            }
        }
        closeGap()
        return (added, removed, changed)
    }
}

extension JobDocument {
    /// Every field as a list of display strings, in reading order: the form the diff compares. The places are compared
    /// under `location`, the section they are shown in.
    var comparableFields: [(name: String, items: [String])] {
        var sections: [DocumentSection: [String]] = [
            .title: [title],
            .summary: summary.map { [$0] } ?? [],
            .kpis: kpis.map { "\($0.name): \($0.description)" },
            .reportsTo: reportsTo.map { [$0] } ?? [],
            .salary: salary.map { [$0.displayText] } ?? [],
            .location: locations.map { place in place.displayName + (place.postalCode.map { " \($0)" } ?? "") },
            .workplaceType: workplaceType.map { [$0.rawValue] } ?? [],
            .employmentType: employmentType.map { [$0.rawValue] } ?? [],
            .otherSections: otherSections.map { "\($0.heading)\n\($0.body)" },
        ]
        for (section, items) in listSections {
            sections[section] = items
        }
        let payFields: [(String, [String])] = [
            ("remote", remote.map { [$0.displayName] } ?? []),
            ("payByLocation", payByLocation.map { "\($0.displayName): \($0.salary.displayText)" }),
            ("otherCompensation", otherCompensation.map(\.displayText)),
            ("hiring", hiring?.statements.map(\.value) ?? []),
        ]
        var fields: [(name: String, items: [String])] = []
        for section in DocumentSection.allCases {
            fields.append((section.rawValue, sections[section] ?? []))
            if section == .location { fields += payFields }
        }
        return fields
    }
}
