/// A section that has no field of its own, kept under its original heading.
public struct OtherSection: Codable, Sendable, Equatable, Hashable {
    public var heading: String
    public var body: String

    public init(heading: String, body: String) {
        self.heading = heading
        self.body = body
    }
}
