import Foundation
import JobsmithDomain

/// The O*NET-SOC 2019 occupations the built-in templates use, from `Occupations/onet-soc-2019.tsv`
/// (`code<TAB>official title`, one line per code), so every template's `occupationalCategory` can be checked.
public enum OccupationCodes {
    /// Code → official O*NET-SOC 2019 title, e.g. `15-1252.00` → "Software Developers".
    /// - Throws: ``LibraryError`` when the table is missing, a line is malformed or a code has two titles.
    public static func load() throws -> [String: String] {
        guard let file = Bundle.module.url(forResource: "onet-soc-2019", withExtension: "tsv", subdirectory: "Occupations"),
            let text = try? String(contentsOf: file, encoding: .utf8)
        else {
            throw LibraryError("the occupation-code table is missing from the installation (Occupations/onet-soc-2019.tsv)")
        }
        return try parse(text)
    }

    /// Reads the table format. Identical repeated lines are accepted: a union merge of two branches that both added
    /// the same code leaves one behind.
    public static func parse(_ text: String) throws -> [String: String] {
        var titles: [String: String] = [:]
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, OccupationCode.isValid(fields[0]), !fields[1].trimmingCharacters(in: .whitespaces).isEmpty else {
                throw LibraryError("onet-soc-2019.tsv line \(offset + 1) is not \"NN-NNNN.NN<TAB>title\": \(line)")
            }
            let code = String(fields[0])
            let title = String(fields[1])
            if let known = titles[code], known != title {
                throw LibraryError("onet-soc-2019.tsv gives \(code) two titles: \"\(known)\" and \"\(title)\"")
            }
            titles[code] = title
        }
        return titles
    }
}
