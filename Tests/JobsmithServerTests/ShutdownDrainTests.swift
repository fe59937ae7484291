import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import Testing

@testable import JobsmithServer

@Suite("Shutdown drain")
struct ShutdownDrainTests {
    @Test("after the shutdown signal readiness answers 503 and every response closes its connection; before it, neither")
    func drainAfterSignal() async throws {
        let drain = ShutdownDrain(grace: .seconds(600))
        let router = Router()
        router.add(middleware: ShutdownDrainMiddleware(drain: drain))
        router.group().add(middleware: DrainingReadinessMiddleware(drain: drain)).get("/health/ready") { _, _ in "ready" }
        router.get("/jobs") { _, _ in "jobs" }
        let app = Application(router: router)
        let services = ServiceGroup(configuration: .init(services: [drain], logger: Logger(label: "drain-test")))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await services.run() }
            try await app.test(.router) { client in
                try await client.execute(uri: "/health/ready", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.connection] == nil)
                }
                #expect(!drain.isDraining)

                await services.triggerGracefulShutdown()
                while !drain.isDraining { try await Task.sleep(for: .milliseconds(5)) }

                try await client.execute(uri: "/health/ready", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    #expect(response.headers[.connection] == "close")
                    #expect(response.headers[.retryAfter] == "1")
                    #expect(String(buffer: response.body).contains("shutting down"))
                }
                try await client.execute(uri: "/jobs", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == "jobs")
                    #expect(response.headers[.connection] == "close")
                }
            }
            // The grace period is still running: the group would wait for it, so end it here.
            group.cancelAll()
        }
    }
}
