import JobsmithDomain

/// What a heading or label means: the section it names and how sure the match is.
struct HeadingMatch: Equatable, Sendable {
    /// How a heading was matched.
    enum Method: Equatable, Sendable {
        /// The synonym table has the heading (or the heading is a synonym followed by "at Acme", "for this role" …).
        case synonym
        /// A question-style heading ("What does a … do?") matched a question rule.
        case question
        /// Only a keyword matched ("Our Engineering Responsibilities"): a guess.
        case keyword
    }

    /// The section; `.otherSections` for headings known to have no field of their own ("About us").
    var section: DocumentSection
    /// How the match was made.
    var method: Method
    /// Whether the heading is a one-word synonym followed by more words ("Experience with Airflow", "Skills in SQL"),
    /// which reads as content when it stands in running text.
    var extendsSingleWord = false
}
