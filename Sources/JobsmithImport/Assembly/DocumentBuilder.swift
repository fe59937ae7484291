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
        guard let found = TitleFinder.find(lines) else { throw .noTitle }
        var body = lines
        body.remove(at: found.index)
        let segments = Segmenter.split(body, format: format)
        let title = TitleText.read(found.text)
        var draft = DocumentDraft(title: title.title)
        draft.warnings = warnings
        let headed = Set(segments.compactMap(\.section))
        for segment in segments {
            SegmentReader.read(segment, format: format, headed: headed, into: &draft)
        }
        draft.takeFacts(of: title, fullTitle: found.text)
        if draft.document.location == nil {
            // "City, ST" anywhere in the header: the title line, the text before the first heading, the summary's start.
            let summaryStart = segments.first { $0.section == .summary }?.lines.prefix(3) ?? []
            let header = [found.text] + (segments.first?.lines ?? []).map(\.text) + summaryStart.map(\.text)
            draft.takeCityAndState(from: header)
        }
        draft.finish()
        return ImportResult(document: draft.document, report: draft.report(format: format))
    }
}
