/// Pay beyond the base range: a bonus, commission, equity, tips or anything else.
public struct OtherCompensation: Codable, Sendable, Equatable, Hashable {
    /// What kind of pay it is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case bonus, commission, equity, tips, other

        /// Human wording, e.g. "Commission".
        public var displayName: String {
            switch self {
            case .bonus: "Bonus"
            case .commission: "Commission"
            case .equity: "Equity"
            case .tips: "Tips"
            case .other: "Other"
            }
        }
    }

    public var kind: Kind
    /// One sentence, e.g. "Annual bonus of up to 10% of base pay".
    public var description: String

    public init(kind: Kind, description: String) {
        self.kind = kind
        self.description = description
    }

    /// "Bonus: Annual bonus of up to 10% of base pay".
    public var displayText: String { "\(kind.displayName): \(description)" }
}
