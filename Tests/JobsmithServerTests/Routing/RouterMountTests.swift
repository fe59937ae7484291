import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import JobsmithServer

@Suite("Front doors are routers mounted by path")
struct RouterMountTests {
    /// Marks every answer of a door, errors included, the way the web app's middleware marks its pages.
    struct DoorMark: RouterMiddleware {
        let name: String

        func handle(_ request: Request, context: BasicRequestContext, next: (Request, BasicRequestContext) async throws -> Response) async throws
            -> Response
        {
            var response: Response
            do {
                response = try await next(request, context)
            } catch let error as any HTTPResponseError {
                response = try error.response(from: request, context: context)
            }
            response.headers[HTTPField.Name("X-Door")!] = name
            return response
        }
    }

    @Test("a new door needs no exclusion list: the catch-all door's middleware never runs on it, its own does on its unknown addresses")
    func newDoor() async throws {
        let web = Router()
        web.add(middleware: DoorMark(name: "web"))
        web.get("/") { _, _ in "home" }
        let metrics = Router()
        metrics.add(middleware: DoorMark(name: "metrics"))
        metrics.get("/metrics") { _, _ in "counts" }
        metrics.refuseOtherMethods()
        let router = Router()
        router.mount(web.buildResponder(), at: ["/", "/**"])
        router.mount(metrics.buildResponder(), at: ["/metrics", "/metrics/**"])
        try await Application(router: router).test(.router) { client in
            for (uri, method, status, door) in [
                ("/metrics", HTTPRequest.Method.get, HTTPResponse.Status.ok, "metrics"), ("/metrics", .post, .methodNotAllowed, "metrics"),
                ("/metrics/more", .get, .notFound, "metrics"), ("/", .get, .ok, "web"), ("/metricsx", .get, .notFound, "web"),
                ("/a/b", .delete, .notFound, "web"),
            ] {
                try await client.execute(uri: uri, method: method) { response in
                    #expect(response.status == status, "\(method) \(uri)")
                    #expect(response.headers[HTTPField.Name("X-Door")!] == door, "\(method) \(uri)")
                    if status == .methodNotAllowed { #expect(response.headers[.allow] == "GET") }
                }
            }
        }
    }
}
