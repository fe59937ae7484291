import Foundation
import Testing

/// A page in docs/ that is rendered from data: the test fails while the file differs from the rendering, and
/// `JOBSMITH_UPDATE_DOCS=1` (scripts/update-docs.sh) writes it first.
struct GeneratedPage {
    /// The path below docs/, e.g. `lint-rules.md`.
    var name: String

    /// docs/<name> of the repository this file lives in (symbolic links resolved).
    var url: URL {
        URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs").appendingPathComponent(name)
    }

    /// Expects the file to hold `rendered`, writing it first when asked to.
    func expectCurrent(_ rendered: String, source: String) throws {
        if ProcessInfo.processInfo.environment["JOBSMITH_UPDATE_DOCS"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
        }
        let actual = try? String(contentsOf: url, encoding: .utf8)
        #expect(actual == rendered, "\(url.path) is out of date with \(source). Regenerate it with scripts/update-docs.sh")
    }
}
