import JobsmithDomain

/// Reads employment types ("Full-time", "Teilzeit") and work modes ("Hybrid", "Homeoffice") from short phrases.
enum WorkArrangement {
    private static let employmentTable: [String: EmploymentType] = Dictionary(
        WorkArrangementWords.employment.map { (HeadingText.normalize($0.phrase), $0.type) }, uniquingKeysWith: { first, _ in first }
    )
    private static let workplaceTable: [String: WorkplaceType] = Dictionary(
        WorkArrangementWords.workplace.map { (HeadingText.normalize($0.phrase), $0.type) }, uniquingKeysWith: { first, _ in first }
    )

    /// The employment type `phrase` names as a whole ("Full-time", "Part time", "Vollzeit"), or `nil`.
    static func employment(_ phrase: some StringProtocol) -> EmploymentType? {
        employmentTable[HeadingText.normalize(phrase)]
    }

    /// The work mode `phrase` names as a whole ("Remote", "On-site", "Homeoffice"), or `nil`.
    static func workplace(_ phrase: some StringProtocol) -> WorkplaceType? {
        workplaceTable[HeadingText.normalize(phrase)]
    }
}
