import Prometheus

/// Where `/metrics` is served and what it shows: the Prometheus text format of `registry`, on an address of its own
/// (loopback unless the operator opens it), so the measurements never reach the public port by accident.
public struct MetricsSettings: Sendable {
    /// Every measurement of the application is made in this registry.
    public var registry: PrometheusCollectorRegistry
    /// The address the metrics server listens on.
    public var host: String
    /// Its TCP port; 0 picks a free one.
    public var port: Int

    public init(registry: PrometheusCollectorRegistry, host: String = "127.0.0.1", port: Int = 9464) {
        self.registry = registry
        self.host = host
        self.port = port
    }
}
