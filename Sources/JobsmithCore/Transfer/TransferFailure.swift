import Foundation

/// Why an organization could not be exported or imported. An import that fails stores nothing.
public enum TransferFailure: Error, CustomStringConvertible, Equatable {
    /// The organization to import has a slug that is taken here.
    case slugTaken(String)
    /// The organization to import has the id of one that is already here (an import into the database it came from).
    case organizationExists(id: UUID, slug: String)
    /// Line `line` of the file is not what the format allows there.
    case badLine(line: Int, reason: String)
    /// The file ends after line `lastLine` without its end record.
    case truncated(lastLine: Int)

    public var description: String {
        switch self {
        case .slugTaken(let slug):
            "an organization with the slug \"\(slug)\" already exists here; import under another slug with --as NEWSLUG (nothing was imported)"
        case .organizationExists(let id, let slug):
            "this database already holds the organization \(id) (as \"\(slug)\"); import into another database (nothing was imported)"
        case .badLine(let line, let reason):
            "line \(line): \(reason) (nothing was imported)"
        case .truncated(let lastLine):
            lastLine == 0
                ? "the file is empty (nothing was imported)"
                : "the file ends after line \(lastLine) without its end record, so it is cut off (nothing was imported)"
        }
    }
}
