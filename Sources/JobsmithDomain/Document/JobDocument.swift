/// A job description: the document every part of Jobsmith reads, checks, stores and renders.
///
/// The JSON field names are the public format used by the API, files and the CLI. Absent lists decode as empty and
/// absent text as `nil`, so a partial document is still a document; ``validate()`` says whether it is acceptable.
///
/// A job may be open in several places (`locations`). The older single `location` is still read and written as the
/// alias of the first place, so clients and stored documents from before keep working (see ``location``).
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
    /// The posting's base pay range; ``payByLocation`` overrides it for some places.
    public var salary: Salary?
    /// Every place the job is open in, in the order the posting lists them.
    public var locations: [Location] {
        didSet { placesInput = PlacesInput() }
    }
    /// Where remote applicants may live, for jobs that can be done remotely.
    public var remote: RemoteEligibility?
    /// Pay that differs by place, overriding ``salary`` there.
    public var payByLocation: [PayZone]
    /// Bonuses, commissions, equity, tips and other pay beyond the base range.
    public var otherCompensation: [OtherCompensation]
    /// Statements about the hiring process some laws require (existing vacancy, use of AI).
    public var hiring: HiringDisclosures?
    public var workplaceType: WorkplaceType?
    public var employmentType: EmploymentType?
    public var otherSections: [OtherSection]
    /// How the places were given when the document was decoded; not part of the document's value.
    var placesInput = PlacesInput()

    /// Creates a document; every section but the title may be left out. `location`, when given, becomes the first
    /// place, followed by `locations`.
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
        locations: [Location] = [],
        remote: RemoteEligibility? = nil,
        payByLocation: [PayZone] = [],
        otherCompensation: [OtherCompensation] = [],
        hiring: HiringDisclosures? = nil,
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
        self.locations = (location.map { [$0] } ?? []) + locations
        self.remote = remote
        self.payByLocation = payByLocation
        self.otherCompensation = otherCompensation
        self.hiring = hiring
        self.workplaceType = workplaceType
        self.employmentType = employmentType
        self.otherSections = otherSections
        placesInput = PlacesInput(usedAlias: location != nil && locations.isEmpty)
    }

    /// The first place: the alias older clients read and write. Setting it replaces the first place (or adds one);
    /// setting `nil` removes the first place.
    public var location: Location? {
        get { locations.first }
        set {
            switch (newValue, locations.isEmpty) {
            case (let place?, true): locations = [place]
            case (let place?, false): locations[0] = place
            case (nil, false): locations.removeFirst()
            case (nil, true): break
            }
            placesInput = PlacesInput(usedAlias: true)
        }
    }

    enum CodingKeys: String, CodingKey {
        case title, summary, responsibilities, requirements, niceToHave, kpis, reportsTo, collaboratesWith, leads, tools
        case qualifications, benefits, salary, location, locations, remote, payByLocation, otherCompensation, hiring
        case workplaceType, employmentType, otherSections
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
        let list = try container.decodeIfPresent([Location].self, forKey: .locations)
        let alias = try container.decodeIfPresent(Location.self, forKey: .location)
        locations = list ?? alias.map { [$0] } ?? []
        remote = try container.decodeIfPresent(RemoteEligibility.self, forKey: .remote)
        payByLocation = try container.decodeIfPresent([PayZone].self, forKey: .payByLocation) ?? []
        otherCompensation = try container.decodeIfPresent([OtherCompensation].self, forKey: .otherCompensation) ?? []
        hiring = try container.decodeIfPresent(HiringDisclosures.self, forKey: .hiring)
        workplaceType = try container.decodeIfPresent(WorkplaceType.self, forKey: .workplaceType)
        employmentType = try container.decodeIfPresent(EmploymentType.self, forKey: .employmentType)
        otherSections = try container.decodeIfPresent([OtherSection].self, forKey: .otherSections) ?? []
        placesInput = PlacesInput(from: list, alias: alias)
    }

    /// Writes every field, with `location` as the alias of the first place.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(summary, forKey: .summary)
        try container.encode(responsibilities, forKey: .responsibilities)
        try container.encode(requirements, forKey: .requirements)
        try container.encode(niceToHave, forKey: .niceToHave)
        try container.encode(kpis, forKey: .kpis)
        try container.encodeIfPresent(reportsTo, forKey: .reportsTo)
        try container.encode(collaboratesWith, forKey: .collaboratesWith)
        try container.encode(leads, forKey: .leads)
        try container.encode(tools, forKey: .tools)
        try container.encode(qualifications, forKey: .qualifications)
        try container.encode(benefits, forKey: .benefits)
        try container.encodeIfPresent(salary, forKey: .salary)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encode(locations, forKey: .locations)
        try container.encodeIfPresent(remote, forKey: .remote)
        try container.encode(payByLocation, forKey: .payByLocation)
        try container.encode(otherCompensation, forKey: .otherCompensation)
        try container.encodeIfPresent(hiring, forKey: .hiring)
        try container.encodeIfPresent(workplaceType, forKey: .workplaceType)
        try container.encodeIfPresent(employmentType, forKey: .employmentType)
        try container.encode(otherSections, forKey: .otherSections)
    }
}
