import JobsmithDomain

/// An imported document together with the report on how it was read.
public struct ImportResult: Sendable, Equatable {
    /// The structured document.
    public var document: JobDocument
    /// What was found, what was guessed and how confident the importer is.
    public var report: ImportReport

    /// Creates a result.
    public init(document: JobDocument, report: ImportReport) {
        self.document = document
        self.report = report
    }
}
