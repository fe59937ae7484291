import Foundation

/// The template-search relevance set (`Relevance/template-queries.tsv`): queries people type, each with the templates
/// acceptable as its first result. It ships with the library so the offline tests, the tests on both database engines
/// and the search benchmark use the same queries.
public struct RelevanceSet: Sendable {
    /// One query and the slugs allowed in first place.
    public struct Case: Sendable {
        public var query: String
        public var acceptable: Set<String>
    }

    /// Every query, in file order.
    public var cases: [Case]

    /// Reads the shipped set.
    /// - Throws: ``LibraryError`` when the file is missing from the installation.
    public static func load() throws -> RelevanceSet {
        guard let file = Bundle.module.url(forResource: "template-queries", withExtension: "tsv", subdirectory: "Relevance"),
            let text = try? String(contentsOf: file, encoding: .utf8)
        else {
            throw LibraryError("the search relevance set is missing from the installation (Relevance/template-queries.tsv)")
        }
        let cases = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.compactMap { line -> Case? in
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { return nil }
            return Case(query: String(fields[0]), acceptable: Set(fields[1].split(separator: ",").map(String.init)))
        }
        return RelevanceSet(cases: cases)
    }

    /// The cases whose first result (from `search`) is not acceptable, as readable lines.
    public func failures(_ search: (String) async throws -> String?) async rethrows -> [String] {
        var failures: [String] = []
        for item in cases {
            let first = try await search(item.query)
            if !(first.map(item.acceptable.contains) ?? false) {
                failures.append("\"\(item.query)\" → \(first ?? "nothing"), expected one of \(item.acceptable.sorted())")
            }
        }
        return failures
    }
}
