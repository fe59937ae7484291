import Hummingbird
import JobsmithAPI
import JobsmithCore
import NIOCore

/// Serves the API contract: `/openapi.yaml` for tools and `/docs` for people.
struct APIDocumentationController {
    let page: String

    init() {
        page = APIReferencePage.render(yaml: APISpecification.yaml)
    }

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        let yaml = ByteBuffer(string: APISpecification.yaml)
        let html = ByteBuffer(string: page)
        router.get("/openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: .init(byteBuffer: yaml))
        }
        router.get("/docs") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: html))
        }
    }
}
