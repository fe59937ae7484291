import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Prometheus
import Testing

@testable import JobsmithServer

/// `/metrics`: what the application measures into the registry it is given, and the server that shows it.
@Suite("Metrics")
struct MetricsTests {
    @Test("a request is counted by its route pattern and status, with a latency histogram", arguments: TestDatabase.available)
    func requestsByRoute(database: TestDatabase) async throws {
        let registry = PrometheusCollectorRegistry()
        try await withTestApp(database, metrics: registry) { client, app in
            let id = try await client.createJobDescription(token: app.token)
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: app.token).status == .ok)
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: app.token).status == .ok)
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(UUID())", token: app.token).status == .notFound)
            #expect(try await client.send(.get, "/api/v1/no-such-thing/\(id)", token: app.token).status == .notFound)
            let text = registry.emitToString()
            let route = "/api/v1/job-descriptions/{id}"
            #expect(text.contains(#"jobsmith_http_requests_total{route="\#(route)",method="GET",status="200"} 2"#), "\(text)")
            #expect(text.contains(#"jobsmith_http_requests_total{route="\#(route)",method="GET",status="404"} 1"#))
            #expect(text.contains(#"jobsmith_http_requests_total{route="/api/v1/job-descriptions",method="POST",status="201"} 1"#))
            #expect(text.contains("# TYPE jobsmith_http_request_duration_seconds histogram"))
            #expect(text.contains(#"jobsmith_http_request_duration_seconds_count{route="\#(route)",method="GET"} 3"#))
            // No raw path becomes a label.
            #expect(!text.contains(id))
            #expect(text.contains(#"route="NotFound""#))
        }
    }

    @Test("cache lookups, lint and import durations and writes in flight are measured", arguments: TestDatabase.available)
    func coreMeasurements(database: TestDatabase) async throws {
        let registry = PrometheusCollectorRegistry()
        try await withTestApp(database, metrics: registry) { client, app in
            let id = try await client.createJobDescription(token: app.token)
            for _ in 0..<2 { _ = try await client.send(.get, "/api/v1/job-descriptions/\(id)", token: app.token) }
            #expect(try await client.send(.get, "/api/v1/job-descriptions/\(id)/lint", token: app.token).status == .ok)
            let imported = try await client.send(
                .post, "/api/v1/imports", token: app.token, body: "Engineer\n\nResponsibilities\n- Build things",
                headers: [.contentType: "text/plain"]
            )
            #expect(imported.status == .ok)
            let text = registry.emitToString()
            #expect(text.contains(#"jobsmith_cache_lookups_total{cache="job_description_responses",result="hit"} 1"#), "\(text)")
            #expect(text.contains(#"jobsmith_cache_lookups_total{cache="tokens",result="hit"}"#))
            #expect(text.contains("jobsmith_lint_duration_seconds_count 1"))
            #expect(text.contains("jobsmith_database_writes_in_flight 0"))
            #expect(text.contains("jobsmith_import_duration_seconds_count 1"))
        }
    }

    @Test("the metrics server answers GET /metrics in the Prometheus text format")
    func metricsServer() async throws {
        let registry = PrometheusCollectorRegistry()
        registry.makeCounter(name: "jobsmith_probe_total").increment()
        let app = Application(router: MetricsServer.router(registry: registry))
        try await app.test(.router) { client in
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
                #expect(String(buffer: response.body).contains("jobsmith_probe_total 1"))
            }
            try await client.execute(uri: "/", method: .get) { response in #expect(response.status == .notFound) }
        }
    }
}
