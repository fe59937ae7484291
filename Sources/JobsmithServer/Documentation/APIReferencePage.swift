import JobsmithCore
import JobsmithDomain
import Yams

/// Renders openapi.yaml as one readable HTML page: every operation with its parameters, body and responses.
enum APIReferencePage {
    static func render(yaml: String) -> String {
        guard let spec = (try? Yams.load(yaml: yaml)) as? [String: Any] else {
            return "<!doctype html><title>Jobsmith API</title><p>The API description could not be read.</p>"
        }
        let info = spec["info"] as? [String: Any] ?? [:]
        let paths = spec["paths"] as? [String: Any] ?? [:]
        var operations = ""
        var index = ""
        for path in paths.keys.sorted() {
            guard let item = paths[path] as? [String: Any] else { continue }
            let shared = item["parameters"] as? [[String: Any]] ?? []
            for method in ["get", "post", "put", "patch", "delete"] {
                guard let operation = item[method] as? [String: Any] else { continue }
                let id = operation["operationId"] as? String ?? "\(method)\(path)"
                index += "<li><a href=\"#\(id.htmlEscaped)\"><code>\(method.uppercased()) \(path.htmlEscaped)</code></a></li>"
                operations += section(method: method, path: path, operation: operation, shared: shared, spec: spec)
            }
        }
        let title = (info["title"] as? String ?? "API").htmlEscaped
        let description = paragraphs(info["description"] as? String ?? "")
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) reference</title>
            <style>
            body{font:15px/1.5 system-ui,sans-serif;color:#1b1f24;max-width:60rem;margin:0 auto;padding:1rem}
            code{font:13px ui-monospace,monospace;background:#f3f4f6;padding:0 .2rem;border-radius:3px}
            section{border-top:1px solid #d0d7de;padding:.6rem 0}h2{font-size:1.05rem;margin:.2rem 0}
            .m{display:inline-block;min-width:4rem;font-weight:700}table{border-collapse:collapse}td,th{padding:.15rem .6rem .15rem 0;text-align:left;vertical-align:top}
            </style></head>
            <body><main>
            <h1>\(title) <small>\((info["version"] as? String ?? "").htmlEscaped)</small></h1>
            \(description)
            <p>Machine-readable contract: <a href="/openapi.yaml">/openapi.yaml</a> (OpenAPI 3.1).</p>
            <nav aria-label="Operations"><ul>\(index)</ul></nav>
            \(operations)
            </main></body></html>
            """
    }

    private static func section(method: String, path: String, operation: [String: Any], shared: [[String: Any]], spec: [String: Any]) -> String {
        let id = operation["operationId"] as? String ?? ""
        var html = "<section id=\"\(id.htmlEscaped)\"><h2><span class=\"m\">\(method.uppercased())</span> <code>\(path.htmlEscaped)</code></h2>"
        html += "<p><strong>\((operation["summary"] as? String ?? "").htmlEscaped)</strong></p>"
        html += paragraphs(operation["description"] as? String ?? "")
        let parameters = (shared + (operation["parameters"] as? [[String: Any]] ?? [])).map { resolve($0, in: spec) }
        if !parameters.isEmpty {
            html += "<table><tr><th>Parameter</th><th>In</th><th>Description</th></tr>"
            for parameter in parameters {
                let required = parameter["required"] as? Bool == true ? " (required)" : ""
                html += "<tr><td><code>\((parameter["name"] as? String ?? "").htmlEscaped)</code>\(required)</td>"
                html += "<td>\((parameter["in"] as? String ?? "").htmlEscaped)</td>"
                html += "<td>\((parameter["description"] as? String ?? "").htmlEscaped)</td></tr>"
            }
            html += "</table>"
        }
        if let body = operation["requestBody"] as? [String: Any], let content = body["content"] as? [String: Any] {
            html += "<p>Body: " + content.keys.sorted().map { "<code>\($0.htmlEscaped)</code>" }.joined(separator: ", ") + "</p>"
        }
        if let responses = operation["responses"] as? [String: Any] {
            html += "<ul>"
            for status in responses.keys.sorted() {
                let response = resolve(responses[status] as? [String: Any] ?? [:], in: spec)
                html += "<li><code>\(status.htmlEscaped)</code> \((response["description"] as? String ?? "").htmlEscaped)</li>"
            }
            html += "</ul>"
        }
        return html + "</section>\n"
    }

    /// Follows a local `$ref` such as `#/components/parameters/Cursor`.
    private static func resolve(_ object: [String: Any], in spec: [String: Any]) -> [String: Any] {
        guard let reference = object["$ref"] as? String, reference.hasPrefix("#/") else { return object }
        var node: Any = spec
        for key in reference.dropFirst(2).split(separator: "/") {
            guard let next = (node as? [String: Any])?[String(key)] else { return object }
            node = next
        }
        return node as? [String: Any] ?? object
    }

    private static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n\n").map { "<p>\($0.htmlEscaped)</p>" }.joined()
    }
}
