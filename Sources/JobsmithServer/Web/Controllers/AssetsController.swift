import HTTPTypes
import Hummingbird
import JobsmithCore

/// Serves the stylesheet and script at /assets; pages link them with a version query, so they may be cached long.
struct AssetsController {
    let pages: WebPages

    func addRoutes(to router: some RouterMethods<AppRequestContext>) {
        router.get("/assets/:name") { request, context in
            guard let name = context.parameters.get("name"), let asset = pages.assets[name] else { throw WebError.notFound }
            let versioned = request.uri.queryParameters["v"].map(String.init) == pages.assetVersion
            return Response(
                status: .ok,
                headers: [
                    .contentType: asset.contentType,
                    .cacheControl: versioned ? "public, max-age=31536000, immutable" : "no-cache",
                ],
                body: .init(byteBuffer: asset.body)
            )
        }
    }
}
