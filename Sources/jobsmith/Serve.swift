import ArgumentParser
import Foundation
import Hummingbird
import JobsmithCore
import JobsmithServer
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import UnixSignals

/// `jobsmith serve`: runs the web server until SIGTERM or SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the Jobsmith server.")

    @Option(help: "Address to listen on (env: JOBSMITH_HOST).")
    var host: String?

    @Option(help: "Port to listen on (env: JOBSMITH_PORT).")
    var port: Int?

    @Option(
        help:
            "The address the public reaches this server at, e.g. https://jobs.example.com: the base of links in feeds, sitemaps and structured data (env: JOBSMITH_PUBLIC_URL; default http://HOST:PORT)."
    )
    var publicURL: String?

    @Option(help: "Least severe log level: trace, debug, info, notice, warning, error (env: JOBSMITH_LOG_LEVEL).")
    var logLevel: String?

    @Option(help: "How log lines look: text, or json for one JSON object per line with the request id (env: JOBSMITH_LOG_FORMAT).")
    var logFormat: String?

    @Option(
        help:
            "Seconds the server keeps answering after SIGTERM, with /health/ready at 503 and every response closing its connection, before it closes the rest (env: JOBSMITH_SHUTDOWN_GRACE; default 2; 0 to 300)."
    )
    var shutdownGrace: String?

    @Flag(help: "Serve Prometheus metrics at /metrics on an address of its own, --metrics-host:--metrics-port (env: JOBSMITH_METRICS=1).")
    var metrics = false

    @Option(help: "Address the metrics server listens on (env: JOBSMITH_METRICS_HOST; default 127.0.0.1, never public by accident).")
    var metricsHost: String?

    @Option(help: "Port of the metrics server (env: JOBSMITH_METRICS_PORT; default 9464).")
    var metricsPort: Int?

    @Option(
        help:
            "API requests per minute per token, counted across instances in the database (env: JOBSMITH_RATE_LIMIT; default 600; 0 turns it off)."
    )
    var rateLimit: String?

    @Option(help: "API requests per minute per client address (env: JOBSMITH_ADDRESS_RATE_LIMIT; default 1200; 0 turns it off).")
    var addressRateLimit: String?

    @Option(
        help:
            "Comma-separated addresses or CIDR networks of proxies whose X-Forwarded-For names the client, e.g. 127.0.0.1,10.0.0.0/8 (env: JOBSMITH_TRUSTED_PROXIES; default none: the client is the socket peer)."
    )
    var trustedProxies: String?

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let portText = port.map(String.init) ?? environment["JOBSMITH_PORT"] ?? "8080"
        guard let port = Int(portText), (0...65535).contains(port) else {
            throw CommandFailure(message: "the port must be a number from 0 to 65535 (got \"\(portText)\")")
        }
        let levelText = logLevel ?? environment["JOBSMITH_LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: levelText) else {
            throw CommandFailure(message: "unknown log level \"\(levelText)\"; use trace, debug, info, notice, warning or error")
        }
        let formatText = logFormat ?? environment["JOBSMITH_LOG_FORMAT"] ?? "text"
        switch formatText {
        case "text": break
        case "json": LoggingSystem.bootstrap { label in JSONLogHandler(label: label) }
        default: throw CommandFailure(message: "unknown log format \"\(formatText)\"; use text or json")
        }
        let graceText = shutdownGrace ?? environment["JOBSMITH_SHUTDOWN_GRACE"] ?? "2"
        guard let grace = Double(graceText), grace.isFinite, (0...300).contains(grace) else {
            throw CommandFailure(message: "the shutdown grace must be a number of seconds from 0 to 300 (got \"\(graceText)\")")
        }
        let publicURL = publicURL ?? environment["JOBSMITH_PUBLIC_URL"]
        if let publicURL, !ServerSettings.isValidPublicBaseURL(publicURL) {
            throw CommandFailure(message: "the public URL must be an http or https URL such as https://jobs.example.com (got \"\(publicURL)\")")
        }
        var settings = ServerSettings(
            host: host ?? environment["JOBSMITH_HOST"] ?? "127.0.0.1", port: port, database: try database.location(), logLevel: level,
            publicBaseURL: publicURL
        )
        if metrics || environment["JOBSMITH_METRICS"] == "1" {
            let metricsPortText = metricsPort.map(String.init) ?? environment["JOBSMITH_METRICS_PORT"] ?? "9464"
            guard let metricsPort = Int(metricsPortText), (0...65535).contains(metricsPort) else {
                throw CommandFailure(message: "the metrics port must be a number from 0 to 65535 (got \"\(metricsPortText)\")")
            }
            let registry = PrometheusCollectorRegistry()
            // Once per process, here rather than in buildApplication: libraries that measure through the global
            // factory land in the same registry.
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
            settings.metrics = MetricsSettings(
                registry: registry, host: metricsHost ?? environment["JOBSMITH_METRICS_HOST"] ?? "127.0.0.1", port: metricsPort
            )
        }
        settings.rateLimits = RateLimits(
            perToken: try Self.perMinute(rateLimit ?? environment["JOBSMITH_RATE_LIMIT"], default: RateLimits.standard.perToken, name: "rate limit"),
            perAddress: try Self.perMinute(
                addressRateLimit ?? environment["JOBSMITH_ADDRESS_RATE_LIMIT"], default: RateLimits.standard.perAddress, name: "address rate limit"
            )
        )
        if let list = trustedProxies ?? environment["JOBSMITH_TRUSTED_PROXIES"] {
            guard let proxies = TrustedProxies(parsing: list) else {
                throw CommandFailure(
                    message: "the trusted proxies must be IP addresses or CIDR networks such as 10.0.0.0/8, separated by commas (got \"\(list)\")")
            }
            settings.trustedProxies = proxies
        }
        let drain = ShutdownDrain(grace: .milliseconds(Int64(grace * 1000)))
        settings.shutdownDrain = drain
        settings.announceSetupLink = { link in
            // Written straight to the file descriptor so it shows at once even when output is piped.
            let message = "\nNo user exists yet. Open this one-time link to create your organization and first user:\n\n    \(link)\n\n"
            FileHandle.standardOutput.write(Data(message.utf8))
        }
        do {
            let app = try await buildApplication(settings)
            // The drain comes last so that it stops first: the server keeps answering through the grace period.
            let services = ServiceGroup(
                configuration: .init(services: [app, drain], gracefulShutdownSignals: [.sigterm, .sigint], logger: Logger(label: "jobsmith"))
            )
            try await services.run()
        } catch {
            throw CommandFailure(message: StartupErrorMessage.describe(error, settings: settings))
        }
    }

    /// A limit in requests per minute from 0 (off) to 100,000,000.
    private static func perMinute(_ text: String?, default value: Int, name: String) throws -> Int {
        guard let text else { return value }
        guard let limit = Int(text), (0...100_000_000).contains(limit) else {
            throw CommandFailure(message: "the \(name) must be a number of requests per minute from 0 to 100000000 (got \"\(text)\")")
        }
        return limit
    }
}
