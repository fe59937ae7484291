/// What an organization tells candidates about itself, applied to every job description it composes.
public struct CompanyProfile: Codable, Sendable, Equatable {
    /// How the organization states pay by default.
    public struct SalaryPolicy: Codable, Sendable, Equatable {
        public var currency: String
        public var period: Salary.Period

        public init(currency: String, period: Salary.Period) {
            self.currency = currency
            self.period = period
        }
    }

    public var name: String
    public var about: String?
    public var website: String?
    public var logoUrl: String?
    public var locations: [Location]
    public var defaultWorkplaceType: WorkplaceType?
    public var benefits: [String]
    public var eeoStatement: String?
    public var salaryPolicy: SalaryPolicy?
    /// Employees in total; decides which pay-transparency laws apply. Unknown when nil.
    public var employeeCount: Int?
    /// The spelling of descriptions composed from templates; US English when nil.
    public var locale: ContentLocale?

    public init(
        name: String, about: String? = nil, website: String? = nil, logoUrl: String? = nil, locations: [Location] = [],
        defaultWorkplaceType: WorkplaceType? = nil, benefits: [String] = [], eeoStatement: String? = nil,
        salaryPolicy: SalaryPolicy? = nil, employeeCount: Int? = nil, locale: ContentLocale? = nil
    ) {
        self.name = name
        self.about = about
        self.website = website
        self.logoUrl = logoUrl
        self.locations = locations
        self.defaultWorkplaceType = defaultWorkplaceType
        self.benefits = benefits
        self.eeoStatement = eeoStatement
        self.salaryPolicy = salaryPolicy
        self.employeeCount = employeeCount
        self.locale = locale
    }

    enum CodingKeys: String, CodingKey {
        case name, about, website, logoUrl, locations, defaultWorkplaceType, benefits, eeoStatement, salaryPolicy, employeeCount, locale
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        about = try container.decodeIfPresent(String.self, forKey: .about)
        website = try container.decodeIfPresent(String.self, forKey: .website)
        logoUrl = try container.decodeIfPresent(String.self, forKey: .logoUrl)
        locations = try container.decodeIfPresent([Location].self, forKey: .locations) ?? []
        defaultWorkplaceType = try container.decodeIfPresent(WorkplaceType.self, forKey: .defaultWorkplaceType)
        benefits = try container.decodeIfPresent([String].self, forKey: .benefits) ?? []
        eeoStatement = try container.decodeIfPresent(String.self, forKey: .eeoStatement)
        salaryPolicy = try container.decodeIfPresent(SalaryPolicy.self, forKey: .salaryPolicy)
        employeeCount = try container.decodeIfPresent(Int.self, forKey: .employeeCount)
        locale = try container.decodeIfPresent(ContentLocale.self, forKey: .locale)
    }

    /// Every reason this profile cannot be stored.
    public func validate() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func text(_ value: String?, _ pointer: String, limit: Int) {
            guard let value else { return }
            if value.containsControlCharacters {
                problems.append(.init(pointer: pointer, message: "must not contain control characters"))
            } else if value.count > limit {
                problems.append(.init(pointer: pointer, message: "must be at most \(limit) characters (has \(value.count))"))
            }
        }
        if name.trimmingWhitespace.isEmpty { problems.append(.init(pointer: "/name", message: "must not be empty")) }
        text(name, "/name", limit: 200)
        text(about, "/about", limit: DocumentLimits.summaryLength)
        text(eeoStatement, "/eeoStatement", limit: DocumentLimits.summaryLength)
        for (pointer, url) in [("/website", website), ("/logoUrl", logoUrl)] {
            guard let url else { continue }
            if !(url.hasPrefix("https://") || url.hasPrefix("http://")) || url.count > 2000 || url.contains(where: \.isWhitespace) {
                problems.append(.init(pointer: pointer, message: "must be an http:// or https:// URL"))
            }
        }
        if locations.count > DocumentLimits.itemsPerList {
            problems.append(.init(pointer: "/locations", message: "must have at most \(DocumentLimits.itemsPerList) items"))
        }
        for (index, location) in locations.enumerated() { problems += location.validate(at: "/locations/\(index)") }
        if benefits.count > DocumentLimits.itemsPerList {
            problems.append(.init(pointer: "/benefits", message: "must have at most \(DocumentLimits.itemsPerList) items"))
        }
        for (index, benefit) in benefits.enumerated() {
            if benefit.trimmingWhitespace.isEmpty { problems.append(.init(pointer: "/benefits/\(index)", message: "must not be empty")) }
            text(benefit, "/benefits/\(index)", limit: DocumentLimits.itemLength)
        }
        if let policy = salaryPolicy, !ISOCodes.currencies.contains(policy.currency) {
            problems.append(.init(pointer: "/salaryPolicy/currency", message: "must be an ISO 4217 currency code such as USD or EUR"))
        }
        if let employeeCount, !(1...10_000_000).contains(employeeCount) {
            problems.append(.init(pointer: "/employeeCount", message: "must be between 1 and 10000000"))
        }
        return problems
    }
}
