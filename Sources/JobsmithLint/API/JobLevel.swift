/// How senior a job is; decides how many years of experience a description may reasonably ask for.
public enum JobLevel: String, Codable, Sendable, CaseIterable {
    case entry, junior, mid, senior, lead, manager, director

    /// The most years of experience a description at this level should ask for.
    public var maximumYearsOfExperience: Int {
        switch self {
        case .entry: 1
        case .junior: 2
        case .mid: 4
        case .senior: 7
        case .lead: 8
        case .manager: 8
        case .director: 12
        }
    }
}
