import Hummingbird
import ServiceLifecycle
import Synchronization

/// The grace period between SIGTERM and closing connections. While it lasts the server keeps listening and answering,
/// `/health/ready` answers 503 so a load balancer sends new work elsewhere, and every response carries
/// `Connection: close` so clients finish their keep-alive connections themselves instead of having a request cut off
/// when the server closes them. List it after the application in the service group: services stop in reverse order,
/// so the grace period runs while the server still serves.
public final class ShutdownDrain: Service, Sendable {
    /// How long the server keeps answering after the shutdown signal.
    public let grace: Duration
    private let draining = Atomic<Bool>(false)

    /// - Parameter grace: zero closes connections at once, as a server without a drain does.
    public init(grace: Duration) {
        self.grace = grace
    }

    /// True from the shutdown signal on.
    public var isDraining: Bool { draining.load(ordering: .relaxed) }

    /// Waits for graceful shutdown, then holds the rest of the shutdown back for the grace period.
    public func run() async throws {
        try? await gracefulShutdown()
        draining.store(true, ordering: .relaxed)
        try? await Task.sleep(for: grace)
    }
}

/// Tells clients that a draining server is going away (see ``ShutdownDrain``): while it drains, every response carries
/// `Connection: close`.
struct ShutdownDrainMiddleware<Context: RequestContext>: RouterMiddleware {
    let drain: ShutdownDrain

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard drain.isDraining else { return try await next(request, context) }
        var response = try await next(request, context)
        response.headers[.connection] = "close"
        return response
    }
}

/// Tells load balancers that a draining server is going away (see ``ShutdownDrain``): on the readiness route, whose
/// route group it is in, it answers 503 while the server drains, so new work goes elsewhere.
struct DrainingReadinessMiddleware<Context: RequestContext>: RouterMiddleware {
    let drain: ShutdownDrain

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard drain.isDraining else { return try await next(request, context) }
        let problem = #"{"detail":"The server is shutting down.","status":503,"title":"Service Unavailable","type":"about:blank"}"#
        return Response(
            status: .serviceUnavailable,
            headers: [.contentType: "application/problem+json", .connection: "close", .retryAfter: "1"],
            body: .init(byteBuffer: ByteBuffer(string: problem))
        )
    }
}
