/// What a team changes when it composes a job description from a template; everything else comes from the template
/// and the company profile.
public struct ComposeRequest: Codable, Sendable, Equatable {
    /// The template's slug.
    public var template: String
    public var title: String?
    /// One place; the alias of a single-entry `locations`, for older clients.
    public var location: Location?
    /// The places the job is open in; the company profile's locations when neither this nor `location` is given.
    public var locations: [Location]?
    /// Where remote applicants may live.
    public var remote: RemoteEligibility?
    public var salary: Salary?
    /// Pay that differs by place; each place must be one of the composed document's places.
    public var payByLocation: [PayZone]?
    /// Bonuses, commissions, equity, tips and other pay.
    public var otherCompensation: [OtherCompensation]?
    /// Statements about the hiring process.
    public var hiring: HiringDisclosures?
    public var workplaceType: WorkplaceType?
    public var employmentType: EmploymentType?
    /// The team name for `{{team}}`; "the <Department> team" when absent.
    public var team: String?
    /// The spelling of the composed text; the company profile's locale when absent.
    public var locale: ContentLocale?

    public init(
        template: String, title: String? = nil, location: Location? = nil, locations: [Location]? = nil, remote: RemoteEligibility? = nil,
        salary: Salary? = nil, payByLocation: [PayZone]? = nil, otherCompensation: [OtherCompensation]? = nil,
        hiring: HiringDisclosures? = nil, workplaceType: WorkplaceType? = nil, employmentType: EmploymentType? = nil, team: String? = nil,
        locale: ContentLocale? = nil
    ) {
        self.template = template
        self.title = title
        self.location = location
        self.locations = locations
        self.remote = remote
        self.salary = salary
        self.payByLocation = payByLocation
        self.otherCompensation = otherCompensation
        self.hiring = hiring
        self.workplaceType = workplaceType
        self.employmentType = employmentType
        self.team = team
        self.locale = locale
    }

    /// The places asked for: `location` first, then `locations`; empty when the request names none.
    public var places: [Location] {
        var places = location.map { [$0] } ?? []
        for place in locations ?? [] where !places.contains(where: { $0.isSamePlace(as: place) }) { places.append(place) }
        return places
    }
}
