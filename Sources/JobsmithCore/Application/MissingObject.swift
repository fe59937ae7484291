/// The caller's organization has no such object (or it belongs to another organization, which looks the same); front
/// doors answer 404 naming ``kind``.
public struct MissingObject: Error, Sendable, Equatable {
    /// What was looked for, in words ("user", "API token", "invitation").
    public let kind: String

    public init(_ kind: String) {
        self.kind = kind
    }

    public static let user = MissingObject("user")
    public static let token = MissingObject("API token")
}
