/// How many API requests one token and one client address may make per minute; 0 turns a limit off.
public struct RateLimits: Sendable, Equatable {
    /// Requests per minute for one bearer token.
    public var perToken: Int
    /// Requests per minute from one client address.
    public var perAddress: Int

    /// The defaults of `jobsmith serve`: far above what a person or a script that waits for its answers sends, low
    /// enough to stop a runaway client from taking the server.
    public static let standard = RateLimits(perToken: 600, perAddress: 1200)
    /// No limits.
    public static let off = RateLimits(perToken: 0, perAddress: 0)

    public init(perToken: Int, perAddress: Int) {
        self.perToken = max(0, perToken)
        self.perAddress = max(0, perAddress)
    }

    /// Whether any limit applies.
    public var isOn: Bool { perToken > 0 || perAddress > 0 }
}
