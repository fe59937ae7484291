/// Where the work is done.
public enum WorkplaceType: String, Codable, Sendable, CaseIterable {
    case onsite, hybrid, remote

    /// Human wording, e.g. "On-site".
    public var displayName: String {
        switch self {
        case .onsite: "On-site"
        case .hybrid: "Hybrid"
        case .remote: "Remote"
        }
    }
}

/// The contract a job is offered on.
public enum EmploymentType: String, Codable, Sendable, CaseIterable {
    case fullTime = "full_time"
    case partTime = "part_time"
    case contract, temporary, internship

    /// Human wording, e.g. "Full-time".
    public var displayName: String {
        switch self {
        case .fullTime: "Full-time"
        case .partTime: "Part-time"
        case .contract: "Contract"
        case .temporary: "Temporary"
        case .internship: "Internship"
        }
    }

    /// The schema.org JobPosting `employmentType` value.
    public var schemaOrgValue: String {
        switch self {
        case .fullTime: "FULL_TIME"
        case .partTime: "PART_TIME"
        case .contract: "CONTRACTOR"
        case .temporary: "TEMPORARY"
        case .internship: "INTERN"
        }
    }
}
