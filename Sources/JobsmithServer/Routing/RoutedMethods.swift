import HTTPTypes
import Hummingbird
import JobsmithCore

extension HTTPRequest.Method {
    /// The methods the front doors route, so each door answers them (405 where a path does not take one): those of RFC
    /// 9110 but CONNECT, and QUERY, which API clients and fuzzers send. Any other is refused before routing (see
    /// ``UnknownMethodMiddleware``).
    static let routed: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete, .options, .trace, HTTPRequest.Method("QUERY")!]
}

extension Router {
    /// Hands every request for `paths` to `door`, a router of its own: its middleware also wraps its answers for
    /// unknown addresses and methods, so each door answers those in its own format.
    func mount(_ door: some HTTPResponder<Context>, at paths: [RouterPath]) {
        for path in paths {
            for method in HTTPRequest.Method.routed { on(path, method: method, responder: door) }
        }
    }

    /// Answers 405 with an `Allow` header, instead of the not-found answer, for every routed method a path registered so
    /// far does not accept. Call it after the door's routes are added. The refusal runs the router's own middleware
    /// only, not a route group's, so no authentication comes before it.
    /// - Parameter headFromGet: whether the router answers HEAD wherever it answers GET (`.autoGenerateHeadEndpoints`).
    func refuseOtherMethods(headFromGet: Bool = false) {
        var accepted: [String: (path: RouterPath, methods: Set<HTTPRequest.Method>)] = [:]
        for route in routes { accepted[route.path.description, default: (route.path, [])].methods.insert(route.method) }
        for (path, methods) in accepted.values {
            var methods = methods
            if headFromGet, methods.contains(.get) { methods.insert(.head) }
            let allow = HTTPRequest.Method.routed.filter(methods.contains).map(\.rawValue).joined(separator: ", ")
            for method in HTTPRequest.Method.routed where !methods.contains(method) {
                on(path, method: method) { request, _ -> Response in
                    throw APIProblem(status: .methodNotAllowed, detail: "\(request.uri.path) accepts only \(allow).", headers: [.allow: allow])
                }
            }
        }
    }
}
