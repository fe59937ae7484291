/// A job description: the document every part of Jobsmith reads, checks, stores and renders.
///
/// The JSON field names are the public format used by the API, files and the CLI. Absent lists decode as empty and
/// absent text as `nil`, so a partial document is still a document; ``validate()`` says whether it is acceptable.
public struct JobDocument: Codable, Sendable, Equatable, Hashable {
    public var title: String
    public var summary: String?
    public var responsibilities: [String]
    public var requirements: [String]
    public var niceToHave: [String]
    public var kpis: [KPI]
    public var reportsTo: String?
    public var collaboratesWith: [String]
    public var leads: [String]
    public var tools: [String]
    public var qualifications: [String]
    public var benefits: [String]
    public var salary: Salary?
    public var location: Location?
    public var workplaceType: WorkplaceType?
    public var employmentType: EmploymentType?
    public var otherSections: [OtherSection]

    /// Creates a document; every section but the title may be left out.
    public init(
        title: String,
        summary: String? = nil,
        responsibilities: [String] = [],
        requirements: [String] = [],
        niceToHave: [String] = [],
        kpis: [KPI] = [],
        reportsTo: String? = nil,
        collaboratesWith: [String] = [],
        leads: [String] = [],
        tools: [String] = [],
        qualifications: [String] = [],
        benefits: [String] = [],
        salary: Salary? = nil,
        location: Location? = nil,
        workplaceType: WorkplaceType? = nil,
        employmentType: EmploymentType? = nil,
        otherSections: [OtherSection] = []
    ) {
        self.title = title
        self.summary = summary
        self.responsibilities = responsibilities
        self.requirements = requirements
        self.niceToHave = niceToHave
        self.kpis = kpis
        self.reportsTo = reportsTo
        self.collaboratesWith = collaboratesWith
        self.leads = leads
        self.tools = tools
        self.qualifications = qualifications
        self.benefits = benefits
        self.salary = salary
        self.location = location
        self.workplaceType = workplaceType
        self.employmentType = employmentType
        self.otherSections = otherSections
    }

    enum CodingKeys: String, CodingKey {
        case title, summary, responsibilities, requirements, niceToHave, kpis, reportsTo, collaboratesWith, leads, tools
        case qualifications, benefits, salary, location, workplaceType, employmentType, otherSections
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        responsibilities = try container.decodeIfPresent([String].self, forKey: .responsibilities) ?? []
        requirements = try container.decodeIfPresent([String].self, forKey: .requirements) ?? []
        niceToHave = try container.decodeIfPresent([String].self, forKey: .niceToHave) ?? []
        kpis = try container.decodeIfPresent([KPI].self, forKey: .kpis) ?? []
        reportsTo = try container.decodeIfPresent(String.self, forKey: .reportsTo)
        collaboratesWith = try container.decodeIfPresent([String].self, forKey: .collaboratesWith) ?? []
        leads = try container.decodeIfPresent([String].self, forKey: .leads) ?? []
        tools = try container.decodeIfPresent([String].self, forKey: .tools) ?? []
        qualifications = try container.decodeIfPresent([String].self, forKey: .qualifications) ?? []
        benefits = try container.decodeIfPresent([String].self, forKey: .benefits) ?? []
        salary = try container.decodeIfPresent(Salary.self, forKey: .salary)
        location = try container.decodeIfPresent(Location.self, forKey: .location)
        workplaceType = try container.decodeIfPresent(WorkplaceType.self, forKey: .workplaceType)
        employmentType = try container.decodeIfPresent(EmploymentType.self, forKey: .employmentType)
        otherSections = try container.decodeIfPresent([OtherSection].self, forKey: .otherSections) ?? []
    }
}
