/// What the importer found in a document and how sure it is, for the user to review before saving.
public struct ImportReport: Codable, Sendable, Equatable {
    /// The format the input was read as (given, or detected from the content).
    public var format: ImportFormat
    /// The document field names that received content (``JobsmithDomain/DocumentSection`` raw values such as
    /// `responsibilities` or `otherSections`), in the order they first appear in the input.
    public var sectionsFound: [String]
    /// Headings the synonym table does not know, in input order; their sections went to `otherSections` under the
    /// original heading. Headings that are known to belong there ("About us", "Equal opportunity") are not listed.
    public var unrecognizedHeadings: [String]
    /// From 0 to 1: the share of content lines placed in known sections, lowered by 0.05 for each guess (a heading
    /// matched by keyword only, text before the first heading taken as the summary, a salary period assumed, a location
    /// read from running text), and further when the result does not look like a job description read well: no
    /// responsibilities (0.2) or requirements (0.15) in a document of eight lines or more, a summary holding most of
    /// the text (0.25), a list item longer than 80 words (0.1).
    public var confidence: Double
    /// Things the user should check, one human sentence each (guesses, inferred countries, ignored duplicates).
    public var warnings: [String]

    /// Creates a report.
    public init(format: ImportFormat, sectionsFound: [String], unrecognizedHeadings: [String], confidence: Double, warnings: [String]) {
        self.format = format
        self.sectionsFound = sectionsFound
        self.unrecognizedHeadings = unrecognizedHeadings
        self.confidence = confidence
        self.warnings = warnings
    }
}
