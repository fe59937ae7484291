import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import Logging

/// Answers every error of the web app, unknown addresses and methods included, with an HTML page (or a redirect to
/// sign in); the other front doors answer problem+json. Unexpected errors are logged and shown as a plain 500 page, never with details.
struct WebErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let pages: WebPages
    let accounts: AccountService

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            // Signed in: the error page keeps the navigation, so the way on is one click.
            var session: SessionStore.Session?
            if let token = request.cookies[WebSessionMiddleware.sessionCookie]?.value {
                session = try? await accounts.session(token: token)
            }
            return Self.response(for: error, pages: pages, context: context, session: session)
        }
    }

    static func response(for error: any Error, pages: WebPages, context: Context, session: SessionStore.Session? = nil) -> Response {
        func page(_ status: HTTPResponse.Status, _ heading: String, _ message: String) -> Response {
            pages.errorPage(status: status, heading: heading, message: message, session: session)
        }
        func notFound() -> Response {
            page(.notFound, "Page not found", "There is nothing at this address, or it belongs to another organization. Check the link or go back.")
        }
        func serverError(_ error: any Error) -> Response {
            context.logger.error("Web request failed", metadata: ["error": "\(String(reflecting: error))"])
            return page(
                .internalServerError, "Something went wrong",
                "The server could not complete the request. It has been logged with the reference \(context.requestID); nothing you entered "
                    + "was saved unless the page said so. Try again in a moment."
            )
        }
        switch error {
        case let error as WebError:
            switch error {
            case .signInRequired(let returnTo):
                let query = returnTo == "/" ? "" : "?next=" + (returnTo.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                return WebPages.redirect(to: "/login" + query)
            case .invalidFormToken:
                return page(
                    .forbidden, "This form has expired",
                    "The form was sent without a valid security token, so nothing was changed. This happens when a page was open "
                        + "for a long time or you signed out in another tab. Go back, reload the page and try again."
                )
            case .foreignOrigin:
                return page(
                    .forbidden, "This form came from another site",
                    "The form was sent from a page that is not part of Jobsmith, so nothing was changed. If you meant to do this, "
                        + "open Jobsmith yourself and use its own form."
                )
            case .notFound:
                return notFound()
            case .badRequest(let message):
                return page(.badRequest, "That did not work", message)
            }
        case let error as HTTPError:
            switch error.status {
            case .notFound: return notFound()
            case .contentTooLarge:
                return page(.contentTooLarge, "Too large", "What you sent is larger than the 1 MiB limit. Send a smaller file or text.")
            case .methodNotAllowed: return page(.methodNotAllowed, "Not allowed", "This address does not accept that kind of request.")
            default:
                if error.status.code >= 500 { return serverError(error) }
                return page(error.status, error.status.reasonPhrase, "The request could not be completed.")
            }
        case let error as StoreError where error == .notFound:
            return notFound()
        case is MissingObject:
            return notFound()
        case let denied as PermissionDenied:
            return page(
                .forbidden, "Your role does not allow this",
                denied.description + " Ask an admin or owner of your organization if you need it."
            )
        default:
            return serverError(error)
        }
    }
}
