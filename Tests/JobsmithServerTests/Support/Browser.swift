import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A response as a browser sees it.
struct WebResponse {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String

    var location: String? { headers[.location] }

    /// The value of the first hidden `_csrf` field of the page.
    var csrfToken: String? {
        guard let range = body.range(of: #"name="_csrf" value=""#) else { return nil }
        return String(body[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// A browser for route tests: keeps cookies between requests and sends the page's CSRF token with forms.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private let lock = NSLock()
    private var cookies: [String: String] = [:]
    /// The CSRF token of the last page that had one.
    private(set) var csrf = ""
    /// Sent as `X-Forwarded-For`, to act as a client address.
    var address: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// Cookie values by name, as the browser would send them.
    var cookieJar: [String: String] { lock.withLock { cookies } }

    func get(_ uri: String, headers extra: HTTPFields = [:]) async throws -> WebResponse {
        try await send(.get, uri, body: nil, contentType: nil, headers: extra)
    }

    /// Posts a URL-encoded form; the CSRF token is added unless `csrf` is false or the form has its own.
    func post(_ uri: String, _ fields: [(String, String)] = [], csrf: Bool = true, headers extra: HTTPFields = [:]) async throws -> WebResponse {
        var fields = fields
        if csrf, !fields.contains(where: { $0.0 == "_csrf" }) { fields.insert(("_csrf", self.csrf), at: 0) }
        let body = fields.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await send(.post, uri, body: ByteBuffer(string: body), contentType: "application/x-www-form-urlencoded", headers: extra)
    }

    /// Posts a multipart form with one file.
    func postMultipart(_ uri: String, fields: [(String, String)], file: (name: String, filename: String, type: String, content: String)?) async throws
        -> WebResponse
    {
        let boundary = "----jobsmith-test-boundary"
        var body = ""
        for (name, value) in [("_csrf", csrf)] + fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        if let file {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.name)\"; filename=\"\(file.filename)\"\r\n"
            body += "Content-Type: \(file.type)\r\n\r\n\(file.content)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await send(.post, uri, body: ByteBuffer(string: body), contentType: "multipart/form-data; boundary=\(boundary)", headers: [:])
    }

    /// A browser already signed in as `email`, for tests about what a signed-in user sees.
    static func signedIn(_ client: any TestClientProtocol, as email: String) async throws -> Browser {
        let browser = Browser(client)
        try await browser.signIn(email)
        return browser
    }

    /// Signs in through the sign-in form and loads the dashboard, whose CSRF token later forms use.
    @discardableResult
    func signIn(_ email: String, password: String = WebTestApp.password) async throws -> WebResponse {
        _ = try await get("/login")
        let response = try await post("/login", [("email", email), ("password", password)])
        guard response.status == .seeOther else { throw TestFailure("sign-in failed: \(response.status) \(response.body.prefix(300))") }
        _ = try await get("/")
        return response
    }

    private func send(_ method: HTTPRequest.Method, _ uri: String, body: ByteBuffer?, contentType: String?, headers extra: HTTPFields) async throws
        -> WebResponse
    {
        var headers = extra
        let jar = cookieJar
        if !jar.isEmpty { headers[.cookie] = jar.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        if let address { headers[HTTPField.Name("X-Forwarded-For")!] = address }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            WebResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
        lock.withLock {
            for header in response.headers[values: .setCookie] {
                let pair = header.split(separator: ";").first ?? ""
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                if header.contains("Max-Age=0") { cookies.removeValue(forKey: parts[0]) } else { cookies[parts[0]] = parts[1] }
            }
            if let token = response.csrfToken { csrf = token }
        }
        return response
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
