/// How senior a job is; decides how many years of experience a description may reasonably ask for.
public enum JobLevel: String, Codable, Sendable, CaseIterable {
    case entry, junior, mid, senior, staff, principal, lead, manager, director, vp, executive

    /// The most years of experience a description at this level should ask for.
    public var maximumYearsOfExperience: Int {
        switch self {
        case .entry: 1
        case .junior: 2
        case .mid: 4
        case .senior: 7
        case .staff: 8
        case .principal: 10
        case .lead: 8
        case .manager: 8
        case .director: 12
        case .vp: 12
        case .executive: 15
        }
    }
}
