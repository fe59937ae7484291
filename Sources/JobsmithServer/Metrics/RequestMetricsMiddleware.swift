import CoreMetrics
import HTTPTypes
import Hummingbird
import JobsmithCore
import Synchronization

/// Counts every request by route, method and status (`jobsmith_http_requests_total`) and records its latency until
/// the response head is ready (`jobsmith_http_request_duration_seconds`, a histogram by route and method). The route
/// is the pattern the request matched (`/api/v1/job-descriptions/{id}`), `NotFound` for an unknown address, never the
/// raw path, and a method outside those the server routes counts as `OTHER`, so clients cannot grow the number of
/// series. It runs on the top-level router: the doors' routers fill in the matched route on the shared context.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: RequestMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await next(request, context)
            metrics.record(route: context.endpointPath, method: request.method, status: response.status, since: start)
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            metrics.record(route: context.endpointPath, method: request.method, status: status, since: start)
            throw error
        }
    }
}

/// The request counters and latency histograms of one application, made once per route, method and status.
final class RequestMetrics: Sendable {
    private struct Key: Hashable {
        let route: String
        let method: String
        let status: Int
    }

    private struct Series {
        let requests: Counter
        let duration: CoreMetrics.Timer
    }

    private let factory: any MetricsFactory
    private let series = Mutex<[Key: Series]>([:])
    private static let methods = Set(HTTPRequest.Method.routed.map(\.rawValue))

    init(factory: any MetricsFactory) {
        self.factory = factory
    }

    func record(route: String?, method: HTTPRequest.Method, status: HTTPResponse.Status, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let key = Key(
            route: route ?? "NotFound", method: Self.methods.contains(method.rawValue) ? method.rawValue : "OTHER", status: status.code
        )
        let found = series.withLock { series in
            if let found = series[key] { return found }
            let made = Series(
                requests: Counter(
                    label: "jobsmith_http_requests_total",
                    dimensions: [("route", key.route), ("method", key.method), ("status", String(key.status))], factory: factory
                ),
                duration: CoreMetrics.Timer(
                    label: "jobsmith_http_request_duration_seconds", dimensions: [("route", key.route), ("method", key.method)],
                    factory: factory
                )
            )
            series[key] = made
            return made
        }
        found.requests.increment()
        found.duration.record(duration: elapsed)
    }
}
