/// The editorial rules every template in the library must meet: complete in every section, with the counts a
/// seasoned recruiter would write, and unique by slug and title.
public enum LibraryAudit {
    /// Every rule the templates break, as "slug: problem" lines; empty when the library is sound.
    public static func problems(in templates: [JobTemplate]) -> [String] {
        var problems: [String] = []
        var slugs: Set<String> = []
        var titles: Set<String> = []
        for template in templates {
            let slug = template.slug
            if !slugs.insert(slug).inserted { problems.append("\(slug): duplicate slug") }
            if !titles.insert(template.document.title.lowercased()).inserted {
                problems.append("\(slug): duplicate title \"\(template.document.title)\"")
            }
            problems += self.problems(in: template).map { "\(slug): \($0)" }
        }
        return problems
    }

    /// The rules one template breaks.
    public static func problems(in template: JobTemplate) -> [String] {
        var problems: [String] = []
        let document = template.document
        if !Departments.isKnown(template.department) { problems.append("unknown department \"\(template.department)\"") }
        if !Departments.levels.contains(template.level) { problems.append("unknown level \"\(template.level)\"") }
        if template.tags.isEmpty { problems.append("has no tags") }
        if template.family?.isEmpty ?? true { problems.append("has no family") }
        if !(template.occupationalCategory.map(OccupationCode.isValid) ?? false) {
            problems.append("has no O*NET-SOC occupationalCategory (NN-NNNN.NN)")
        }
        let sentences = (document.summary ?? "").split(whereSeparator: { ".!?".contains($0) }).filter { !$0.trimmingWhitespace.isEmpty }
        if !(2...4).contains(sentences.count) { problems.append("summary has \(sentences.count) sentences, not 2–4") }
        let counts: [(String, Int, ClosedRange<Int>)] = [
            ("responsibilities", document.responsibilities.count, 6...12), ("requirements", document.requirements.count, 5...8),
            ("niceToHave", document.niceToHave.count, 2...4), ("kpis", document.kpis.count, 3...6), ("tools", document.tools.count, 3...8),
            ("collaboratesWith", document.collaboratesWith.count, 1...12), ("leads", document.leads.count, 1...12),
            ("qualifications", document.qualifications.count, 1...4),
        ]
        for (section, count, range) in counts where !range.contains(count) {
            problems.append("\(section) has \(count) items, not \(range.lowerBound)–\(range.upperBound)")
        }
        for kpi in document.kpis where kpi.name.trimmingWhitespace.isEmpty || kpi.description.trimmingWhitespace.isEmpty {
            problems.append("a KPI lacks a name or a description of how it is measured")
        }
        if (document.reportsTo ?? "").trimmingWhitespace.isEmpty { problems.append("reportsTo is empty") }
        problems += document.validate().map { "\($0.pointer) \($0.message)" }
        let unknown = Placeholders.names(in: document).subtracting(Composer.placeholders)
        if !unknown.isEmpty { problems.append("unknown placeholders \(unknown.sorted())") }
        return problems
    }
}
