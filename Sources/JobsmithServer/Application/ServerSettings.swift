import Foundation
import JobsmithCore
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
    /// The address the public reaches this server at, like `https://jobs.example.com` (no trailing slash): the base of
    /// every absolute URL in canonical links, feeds, sitemaps, JSON-LD and the job-board API.
    public var publicBaseURL: String
    /// The grace period after SIGTERM during which the server still answers; nil closes connections at once.
    public var shutdownDrain: ShutdownDrain?
    /// How often to ask whether open postings are due their daily compliance re-check (see
    /// ``ComplianceRecheckService``); nil never re-checks them, for tests that share one database.
    public var complianceRecheckInterval: Duration? = .seconds(3600)
    /// The current time; tests move it to see postings expire.
    public var now: @Sendable () -> Date
    /// Names this server among the instances on one PostgreSQL database: in its change announcements and in the
    /// `application_name` of the connection that listens for theirs (see ``ChangeListener``).
    public var instance = UUID()
    /// The Prometheus registry the application measures into and the address `/metrics` is served on; nil measures
    /// nothing and serves no metrics.
    public var metrics: MetricsSettings?
    /// API requests per minute per token and per client address, counted across instances in the database.
    public var rateLimits = RateLimits.standard
    /// The proxies whose `X-Forwarded-For` names the client, for the rate limits and the sign-in throttle; none by
    /// default, so the client is the socket peer.
    public var trustedProxies = TrustedProxies.none

    /// - Parameter publicBaseURL: defaults to `http://HOST:PORT` (`localhost` when listening on every address).
    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        database: DatabaseLocation,
        logLevel: Logger.Level = .info,
        maximumBodySize: Int = 1_048_576,
        publicBaseURL: String? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.logLevel = logLevel
        self.maximumBodySize = maximumBodySize
        self.publicBaseURL = Self.trimmedBaseURL(publicBaseURL ?? Self.defaultBaseURL(host: host, port: port))
        self.now = now
    }

    static func defaultBaseURL(host: String, port: Int) -> String {
        let name = ["0.0.0.0", "::", ""].contains(host) ? "localhost" : host.contains(":") ? "[\(host)]" : host
        return "http://\(name):\(port)"
    }

    static func trimmedBaseURL(_ url: String) -> String {
        var url = url
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }

    /// Whether `url` can be the public base URL: http(s) with a host, and no query or fragment.
    public static func isValidPublicBaseURL(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", components.host?.isEmpty == false, components.query == nil,
            components.fragment == nil, components.user == nil
        else { return false }
        return true
    }
}
