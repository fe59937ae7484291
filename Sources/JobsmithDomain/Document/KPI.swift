/// A key performance indicator: what is measured and how.
public struct KPI: Codable, Sendable, Equatable, Hashable {
    /// Short name, e.g. "Deployment frequency".
    public var name: String
    /// One sentence saying how it is measured.
    public var description: String

    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}
