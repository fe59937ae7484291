import JobsmithDomain

/// Assembles a ``JobsmithDomain/JobDocument`` and its ``ImportReport`` from the lines a reader produced.
struct DocumentBuilder {
    /// Warnings from decoding, carried into the report.
    var warnings: [String] = []

    private let lines: [SourceLine]
    private let format: ImportFormat

    /// A builder for `lines` read from `format`.
    init(lines: [SourceLine], format: ImportFormat) {
        self.lines = lines
        self.format = format
    }

    /// The document and report.
    ///
    /// - Throws: ``ImportError/noTitle`` when no line can be the title.
    func build() throws(ImportError) -> ImportResult {
        guard let title = TitleFinder.find(lines) else { throw .noTitle }
        var body = lines
        body.remove(at: title.index)
        let segments = Segmenter.split(body, format: format)
        var draft = DocumentDraft(title: title.text)
        draft.warnings = warnings
        let hasSummarySection = segments.contains { $0.section == .summary }
        for segment in segments {
            SegmentReader.read(segment, format: format, hasSummarySection: hasSummarySection, into: &draft)
        }
        draft.finish()
        return ImportResult(document: draft.document, report: draft.report(format: format))
    }
}
