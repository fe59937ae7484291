import Hummingbird
import Logging
import Prometheus

/// The small HTTP server that answers `GET /metrics` with the registry in the Prometheus text format, and nothing else.
enum MetricsServer {
    /// The server on `settings`' address, a service that starts and stops with the application.
    static func application(_ settings: MetricsSettings, logger: Logger) -> some ApplicationProtocol {
        Application(
            router: router(registry: settings.registry),
            configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "Jobsmith metrics"),
            logger: logger
        )
    }

    /// The route of the metrics server.
    static func router(registry: PrometheusCollectorRegistry) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
        return router
    }
}
