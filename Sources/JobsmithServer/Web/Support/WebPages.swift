import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import JobsmithCore
import Mustache
import NIOCore

/// Renders the web app's pages from the swift-mustache templates in Resources/Web/templates, compiled once at start-up.
/// `{{ }}` escapes every value for HTML; templates never use the unescaped forms for user text.
struct WebPages: Sendable {
    let library: MustacheLibrary
    /// The stylesheet and script, served from /assets.
    let assets: [String: (contentType: String, body: ByteBuffer)]
    /// Changes whenever an asset changes, so browsers may cache assets for long.
    let assetVersion: String

    /// Loads and compiles every template and reads the assets.
    /// - Throws: ``SettingsError`` when the installation lacks them or a template does not parse.
    init() throws {
        guard let folder = Bundle.module.url(forResource: "Web", withExtension: nil, subdirectory: "Resources") else {
            throw SettingsError("the web app's files are missing from the installation (Resources/Web)")
        }
        var library = MustacheLibrary()
        let templates = folder.appendingPathComponent("templates")
        let files = try FileManager.default.contentsOfDirectory(at: templates, includingPropertiesForKeys: nil)
        for file in files where file.pathExtension == "mustache" {
            do {
                try library.register(String(contentsOf: file, encoding: .utf8), named: file.deletingPathExtension().lastPathComponent)
            } catch {
                throw SettingsError("the web template \(file.lastPathComponent) cannot be read: \(error)")
            }
        }
        self.library = library
        var assets: [String: (String, ByteBuffer)] = [:]
        var digest = SHA256()
        for (name, type) in [("app.css", "text/css; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8"), ("favicon.svg", "image/svg+xml")] {
            let data = try Data(contentsOf: folder.appendingPathComponent("assets").appendingPathComponent(name))
            digest.update(data: data)
            assets[name] = (type, ByteBuffer(bytes: data))
        }
        self.assets = assets
        assetVersion = String(digest.finalize().map { String(format: "%02x", $0) }.joined().prefix(12))
    }

    /// `template` rendered with `object` as an HTML response that is never cached (pages carry CSRF tokens).
    func response(_ template: String, _ object: Any, status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(object, withTemplate: template) ?? ""
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }

    /// A template rendered to a string, for fragments sent to the page's script.
    func fragment(_ template: String, _ object: Any) -> String {
        library.render(object, withTemplate: template) ?? ""
    }

    /// A page for `content` inside the common layout.
    func page<Content>(
        _ template: String, title: String, chrome: Chrome, content: Content, status: HTTPResponse.Status = .ok
    ) -> Response {
        var chrome = chrome
        chrome.title = title
        chrome.assetVersion = assetVersion
        return response(template, Page(chrome: chrome, content: content), status: status)
    }

    /// The error page.
    func errorPage(status: HTTPResponse.Status, heading: String, message: String, session: SessionStore.Session? = nil) -> Response {
        var chrome = session.map { Chrome.signedIn($0, section: "") } ?? Chrome.anonymous(csrf: "")
        chrome.title = heading
        chrome.assetVersion = assetVersion
        let content = ErrorView(status: status.code, heading: heading, message: message)
        return response("error", Page(chrome: chrome, content: content), status: status)
    }

    /// A 303 See Other to `location`, the answer to a successful form.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }
}

/// What every page shows around its content: the title, navigation, signed-in user and the CSRF token for forms.
struct Chrome: Sendable {
    struct NavItem: Sendable {
        let label: String
        let href: String
        let current: Bool
    }

    var title = ""
    var assetVersion = ""
    var signedIn: Bool
    var userName: String
    var userEmail: String
    var organizationName: String
    var csrf: String
    var nav: [NavItem]
    /// A one-line confirmation shown at the top ("Saved version 3").
    var notice: String?
    /// What the signed-in user's role allows, so pages show only the forms and buttons they may use.
    var can = Abilities(permissions: [])

    /// The signed-in user's permissions as the templates test them (`{{#chrome.can.writeJobs}}`).
    struct Abilities: Sendable {
        let writeJobs: Bool
        let publishJobs: Bool
        let writeTemplates: Bool
        let writeProfile: Bool
        let manageUsers: Bool
        let manageTokens: Bool
        let manageOwners: Bool
        /// The role's name, shown next to the user's.
        let roleName: String

        init(permissions: Set<Permission>, role: Role? = nil) {
            writeJobs = permissions.contains(.writeJobs)
            publishJobs = permissions.contains(.publishJobs)
            writeTemplates = permissions.contains(.writeTemplates)
            writeProfile = permissions.contains(.writeProfile)
            manageUsers = permissions.contains(.manageUsers)
            manageTokens = permissions.contains(.manageTokens)
            manageOwners = permissions.contains(.manageOwners)
            roleName = role?.displayName ?? ""
        }
    }

    /// The sections of the app, in navigation order, with the permission a section needs to be shown.
    static let sections: [(label: String, href: String, needs: Permission?)] = [
        ("Dashboard", "/", nil), ("Library", "/library", nil), ("Compose", "/compose", .writeJobs), ("Import", "/import", .writeJobs),
        ("People", "/people", nil), ("Settings", "/settings", nil),
    ]

    /// The chrome of a signed-in page; `section` is the navigation href to mark as current.
    static func signedIn(_ session: SessionStore.Session, section: String, notice: String? = nil) -> Chrome {
        let caller = session.caller
        return Chrome(
            signedIn: true, userName: session.user.name, userEmail: session.user.email, organizationName: session.organization.name,
            csrf: session.csrfToken,
            nav: sections.filter { $0.needs.map(caller.can) ?? true }.map { NavItem(label: $0.label, href: $0.href, current: $0.href == section) },
            notice: notice, can: Abilities(permissions: caller.permissions, role: caller.role)
        )
    }

    /// The chrome of a page for visitors who are not signed in.
    static func anonymous(csrf: String, notice: String? = nil) -> Chrome {
        Chrome(signedIn: false, userName: "", userEmail: "", organizationName: "", csrf: csrf, nav: [], notice: notice)
    }
}

/// The object every page template is rendered with.
struct Page<Content>: @unchecked Sendable {
    let chrome: Chrome
    let content: Content
}

/// The content of the error page.
struct ErrorView: Sendable {
    let status: Int
    let heading: String
    let message: String
}
