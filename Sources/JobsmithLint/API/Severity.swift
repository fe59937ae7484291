/// How serious a finding is. Ordered `info < warning < error`.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    /// Breaks a law, or plainly discriminates; fix before publishing.
    case error
    /// Likely to put candidates off or to mislead them.
    case warning
    /// A suggestion that would make the description better.
    case info

    /// How many points one finding of this severity takes off the score.
    public var scoreWeight: Int {
        switch self {
        case .error: 15
        case .warning: 5
        case .info: 1
        }
    }

    /// Whether `lhs` is less serious than `rhs`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }
}
