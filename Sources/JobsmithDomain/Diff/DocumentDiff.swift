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
        let before = old.comparableSections
        let after = new.comparableSections
        sections = DocumentSection.allCases.compactMap { section in
            let changes = Self.compare(before[section] ?? [], after[section] ?? [])
            guard !changes.added.isEmpty || !changes.removed.isEmpty || !changes.changed.isEmpty else { return nil }
            return SectionChanges(section: section.rawValue, added: changes.added, removed: changes.removed, changed: changes.changed)
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
    /// Every section as a list of display strings, the form the diff compares.
    var comparableSections: [DocumentSection: [String]] {
        var sections: [DocumentSection: [String]] = [
            .title: [title],
            .summary: summary.map { [$0] } ?? [],
            .kpis: kpis.map { "\($0.name): \($0.description)" },
            .reportsTo: reportsTo.map { [$0] } ?? [],
            .salary: salary.map { [$0.displayText] } ?? [],
            .location: location.map { [$0.displayName] } ?? [],
            .workplaceType: workplaceType.map { [$0.rawValue] } ?? [],
            .employmentType: employmentType.map { [$0.rawValue] } ?? [],
            .otherSections: otherSections.map { "\($0.heading)\n\($0.body)" },
        ]
        for (section, items) in listSections {
            sections[section] = items
        }
        return sections
    }
}
