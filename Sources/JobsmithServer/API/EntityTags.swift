import HTTPTypes
import JobsmithDomain

/// Reads `If-Match` headers against the version a job description is at.
enum EntityTags {
    /// The version an `If-Match` value names, or nil when it names none of ours. `*` names the current version.
    static func version(from ifMatch: String?, current: Int) throws -> Int {
        guard let ifMatch = ifMatch?.trimmingWhitespace, !ifMatch.isEmpty else { throw APIProblem.ifMatchRequired }
        for candidate in ifMatch.split(separator: ",").map({ $0.trimmingWhitespace }) {
            if candidate == "*" { return current }
            if candidate.hasPrefix("\"v"), candidate.hasSuffix("\""), let version = Int(candidate.dropFirst(2).dropLast()), version == current {
                return version
            }
        }
        return -1
    }
}

extension APIProblem {
    /// A write to an existing job description came without `If-Match`.
    static let ifMatchRequired = APIProblem(
        status: .preconditionRequired,
        detail: "Send the ETag of the version you edited in the If-Match header, so a concurrent change is never overwritten."
    )
}
