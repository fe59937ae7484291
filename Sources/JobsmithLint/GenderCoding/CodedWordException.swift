import JobsmithDomain

/// A use of a gender-coded word that an editor would not flag, because the word names a role, a thing or a field of
/// work rather than describing the person wanted ("Team Lead", "sales leads", "confidential", "data analyst"). Such
/// words are neither findings nor counted for the verdict, unless the lint runs with
/// ``LintOptions/strictGenderLists``.
///
/// Word lists match whole words; `word*` matches every word starting with "word", and an entry with spaces matches
/// that sequence of words.
struct CodedWordException: Sendable {
    /// What must hold around the word; all of an exception's conditions must hold.
    enum Condition: Sendable {
        /// The word right before, in the same sentence and separated only by spaces or a hyphen, is one of these.
        case after([String])
        /// The words right after, in the same sentence and separated only by spaces or hyphens, are one of these.
        case before([String])
        /// The words right after are none of these.
        case notBefore([String])
        /// The word is in one of these fields.
        case inSections(Set<DocumentSection>)
        /// The word is capitalized in the middle of a sentence, next to another capitalized word: part of a title
        /// such as "Lead Nurse" or "Shift Leader".
        case titleCase
    }

    /// The word forms the exception covers.
    var words: [String]
    /// When it applies; none means always.
    var conditions: [Condition] = []
    /// Why an editor would not flag it, for the documentation.
    var reason: String
    /// A phrase it keeps from being flagged.
    var example: String
}
