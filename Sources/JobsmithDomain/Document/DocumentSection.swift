/// The named sections of a ``JobDocument``, in reading order, with the heading each is rendered under.
public enum DocumentSection: String, Sendable, CaseIterable, Codable {
    case title, summary, responsibilities, requirements, niceToHave, kpis, reportsTo, collaboratesWith, leads, tools
    case qualifications, benefits, salary, location, workplaceType, employmentType, otherSections

    /// The heading a renderer prints above the section.
    public var heading: String {
        switch self {
        case .title: "Title"
        case .summary: "Summary"
        case .responsibilities: "Responsibilities"
        case .requirements: "Requirements"
        case .niceToHave: "Nice to have"
        case .kpis: "How success is measured"
        case .reportsTo: "Reports to"
        case .collaboratesWith: "Collaborates with"
        case .leads: "Leads"
        case .tools: "Tools"
        case .qualifications: "Qualifications"
        case .benefits: "Benefits"
        case .salary: "Salary"
        case .location: "Location"
        case .workplaceType: "Workplace"
        case .employmentType: "Employment type"
        case .otherSections: "Other sections"
        }
    }
}

extension JobDocument {
    /// The plain-string list sections with their values, in reading order.
    public var listSections: [(section: DocumentSection, items: [String])] {
        [
            (.responsibilities, responsibilities), (.requirements, requirements), (.niceToHave, niceToHave),
            (.collaboratesWith, collaboratesWith), (.leads, leads), (.tools, tools), (.qualifications, qualifications),
            (.benefits, benefits),
        ]
    }
}
