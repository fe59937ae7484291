import JobsmithDomain

/// The lines under one heading (or before the first heading), with what the heading means.
struct Segment: Equatable {
    /// The heading as written, without a trailing colon; `nil` for the text before the first heading.
    var heading: String?
    /// What the heading means; `nil` when unrecognized (or for the text before the first heading).
    var match: HeadingMatch?
    /// The content lines, with blank lines as paragraph breaks.
    var lines: [SourceLine] = []

    /// The section the heading names, if any.
    var section: DocumentSection? { match?.section }
}
