import JobsmithDomain

extension JobDocument {
    /// Calls `body` with every text field in document order: its text, location, and whether it is prose that counts
    /// for readability (everything but the title, KPI names and section headings).
    func forEachCheckedField(_ body: (_ text: String, _ location: FieldLocation, _ isProse: Bool) -> Void) {
        body(title, .field(.title), false)
        if let summary { body(summary, .field(.summary), true) }
        func list(_ section: DocumentSection, _ items: [String]) {
            for (index, item) in items.enumerated() {
                body(item, FieldLocation(section: section, index: index, part: .whole), true)
            }
        }
        list(.responsibilities, responsibilities)
        list(.requirements, requirements)
        list(.niceToHave, niceToHave)
        for (index, kpi) in kpis.enumerated() {
            body(kpi.name, FieldLocation(section: .kpis, index: index, part: .name), false)
            body(kpi.description, FieldLocation(section: .kpis, index: index, part: .description), true)
        }
        if let reportsTo { body(reportsTo, .field(.reportsTo), true) }
        list(.collaboratesWith, collaboratesWith)
        list(.leads, leads)
        list(.tools, tools)
        list(.qualifications, qualifications)
        list(.benefits, benefits)
        for (index, other) in otherSections.enumerated() {
            body(other.heading, FieldLocation(section: .otherSections, index: index, part: .heading), false)
            body(other.body, FieldLocation(section: .otherSections, index: index, part: .body), true)
        }
    }
}
