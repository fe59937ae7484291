import HTTPTypes
import JobsmithCore
import JobsmithDomain

/// Reads `If-Match` headers into the version precondition a service checks inside its transaction.
enum EntityTags {
    /// The versions an `If-Match` value names: `*` is whatever is current; tags that are not ours name none.
    /// - Throws: 428 when the header is missing, so a concurrent change is never overwritten blindly.
    static func precondition(from ifMatch: String?) throws -> VersionPrecondition {
        guard let precondition = optionalPrecondition(from: ifMatch) else { throw APIProblem.ifMatchRequired }
        return precondition
    }

    /// As ``precondition(from:)``, but nil when the header is missing or empty.
    static func optionalPrecondition(from ifMatch: String?) -> VersionPrecondition? {
        guard let ifMatch = ifMatch?.trimmingWhitespace, !ifMatch.isEmpty else { return nil }
        var versions: [Int] = []
        for candidate in ifMatch.split(separator: ",").map({ $0.trimmingWhitespace }) {
            if candidate == "*" { return .current }
            if candidate.hasPrefix("\"v"), candidate.hasSuffix("\""), candidate.count <= 24, let version = Int(candidate.dropFirst(2).dropLast()) {
                versions.append(version)
            }
        }
        return .oneOf(versions)
    }
}

extension APIProblem {
    /// A write to an existing job description came without `If-Match`.
    static let ifMatchRequired = APIProblem(
        status: .preconditionRequired,
        detail: "Send the ETag of the version you edited in the If-Match header, so a concurrent change is never overwritten."
    )
}
