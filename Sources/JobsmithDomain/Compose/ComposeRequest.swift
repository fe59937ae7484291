/// What a team changes when it composes a job description from a template; everything else comes from the template
/// and the company profile.
public struct ComposeRequest: Codable, Sendable, Equatable {
    /// The template's slug.
    public var template: String
    public var title: String?
    public var location: Location?
    public var salary: Salary?
    public var workplaceType: WorkplaceType?
    public var employmentType: EmploymentType?
    /// The team name for `{{team}}`; "the <Department> team" when absent.
    public var team: String?
    /// The spelling of the composed text; the company profile's locale when absent.
    public var locale: ContentLocale?

    public init(
        template: String, title: String? = nil, location: Location? = nil, salary: Salary? = nil, workplaceType: WorkplaceType? = nil,
        employmentType: EmploymentType? = nil, team: String? = nil, locale: ContentLocale? = nil
    ) {
        self.template = template
        self.title = title
        self.location = location
        self.salary = salary
        self.workplaceType = workplaceType
        self.employmentType = employmentType
        self.team = team
        self.locale = locale
    }
}
