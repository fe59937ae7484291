import Logging

/// Everything that varies between one Jobsmith server and another.
public struct ServerSettings: Sendable {
    /// The address to listen on; loopback unless the operator opens it up.
    public var host: String
    /// The TCP port; 0 picks a free one.
    public var port: Int
    /// Where the data lives.
    public var database: DatabaseLocation
    /// The least severe log level printed.
    public var logLevel: Logger.Level
    /// The largest accepted request body, in bytes.
    public var maximumBodySize: Int
    /// The bcrypt cost of new web-app passwords; lower only in tests.
    public var passwordHashCost: UInt8 = 12
    /// Receives the first-run setup link (`http://HOST:PORT/setup?token=…`) once the server listens, while no user
    /// exists; the command line prints it. Without one, the link is logged.
    public var announceSetupLink: (@Sendable (String) -> Void)?

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseLocation,
        logLevel: Logger.Level = .info,
        maximumBodySize: Int = 1_048_576
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.maximumBodySize = maximumBodySize
    }
}
