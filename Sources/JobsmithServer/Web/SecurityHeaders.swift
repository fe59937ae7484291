import Crypto
import Foundation
import HTTPTypes
import JobsmithCore

/// The security headers of the public pages and feeds.
enum SecurityHeaders {
    /// For HTML pages: no script runs (the JSON-LD block is data, which `script-src` does not govern), the one inline
    /// stylesheet is allowed by its hash, images only over https or inline, forms only to this site, no framing.
    static let page: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; style-src '\(BoardStylesheet.hashSource)'; img-src https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "strict-origin-when-cross-origin",
        HTTPField.Name("X-Frame-Options")!: "DENY",
    ]

    /// For feeds and other data: nothing may load or run if a browser renders it.
    static let data: HTTPFields = [
        .contentSecurityPolicy: "default-src 'none'; frame-ancestors 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "strict-origin-when-cross-origin",
    ]
}

/// The stylesheet of the board and posting pages, inlined in each page and allowed by its CSP hash.
enum BoardStylesheet {
    /// The CSS text, exactly as placed inside `<style>`.
    static let css: String = {
        guard let url = Bundle.module.url(forResource: "board", withExtension: "css", subdirectory: "Resources/Pages"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    /// The CSP source that allows exactly this stylesheet, `sha256-…`.
    static let hashSource: String = "sha256-" + Data(SHA256.hash(data: Data(css.utf8))).base64EncodedString()
}
