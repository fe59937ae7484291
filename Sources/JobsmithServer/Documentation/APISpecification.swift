import Foundation
import JobsmithCore

/// The API contract as served at `/openapi.yaml` (a link to the openapi.yaml the server code is generated from).
enum APISpecification {
    /// The text of openapi.yaml.
    static let yaml: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }()
}
