import Foundation
import Hummingbird
import JobsmithDomain

/// The library page's query parameters, checked: search text, filters and page. A value the page cannot use is left
/// out and named in ``problems``, shown on the page beside the results without it.
struct LibraryParameters {
    static let maximumQueryLength = 200
    /// Longest job family slug; also how much of an unknown filter value the page repeats.
    static let maximumFamilyLength = 60

    var query = ""
    var department: String?
    var level: String?
    var family: String?
    var page = 1
    var problems: [String] = []

    /// - Throws: ``WebError/badRequest(_:)`` for a page that is not a whole number in range.
    init(_ request: Request) throws {
        let parameters = request.uri.queryParameters
        let typed = parameters["q"].map(String.init) ?? ""
        query = String(typed.prefix(Self.maximumQueryLength))
        if typed.count > Self.maximumQueryLength {
            problems.append("The search is limited to \(Self.maximumQueryLength) characters; the rest was left out.")
        }
        if let value = Self.nonEmpty(parameters["department"]) {
            if Departments.isKnown(value) {
                department = value
            } else {
                problems.append("There is no department “\(value.prefix(Self.maximumFamilyLength))”; showing every department.")
            }
        }
        if let value = Self.nonEmpty(parameters["level"]) {
            if Departments.levels.contains(value) {
                level = value
            } else {
                problems.append("There is no level “\(value.prefix(Self.maximumFamilyLength))”; showing every level.")
            }
        }
        if let value = Self.nonEmpty(parameters["family"]) {
            let isSlug =
                value.count <= Self.maximumFamilyLength && value.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            if isSlug {
                family = value
            } else {
                problems.append("“\(value.prefix(Self.maximumFamilyLength))” is not a job family; showing every family.")
            }
        }
        page = try request.integerParameter("page", in: ClientNumbers.page) ?? 1
    }

    /// The library link for this search on `page`, the filters kept.
    func link(page: Int) -> String {
        var items: [(String, String)] = []
        if !query.isEmpty { items.append(("q", query)) }
        if let department { items.append(("department", department)) }
        if let level { items.append(("level", level)) }
        if let family { items.append(("family", family)) }
        if page > 1 { items.append(("page", String(page))) }
        let encoded = items.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        return "/library" + (encoded.isEmpty ? "" : "?" + encoded.joined(separator: "&"))
    }

    private static func nonEmpty(_ value: Substring?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return String(value)
    }
}
