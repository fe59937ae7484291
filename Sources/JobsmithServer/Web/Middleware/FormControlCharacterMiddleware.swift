import Hummingbird
import JobsmithCore

/// Refuses a web form that has a control character (see ``ControlCharacters``) in any field, with a page naming the
/// field. Not in the route group of the document forms (the editor and import), whose validation shows the same rule
/// next to the field and whose imported text the importer cleans. Runs after ``WebSessionMiddleware`` has read the form.
struct FormControlCharacterMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let field = context.webForm?.firstFieldWithControlCharacters() {
            throw WebError.badRequest(
                "The field “\(field)” contains a control character (such as NUL), which Jobsmith does not accept. "
                    + "Go back, remove it and send the form again."
            )
        }
        return try await next(request, context)
    }
}
