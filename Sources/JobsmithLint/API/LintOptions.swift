import Foundation
import JobsmithDomain

/// What the linter needs to know beyond the document itself.
public struct LintOptions: Sendable {
    /// The organization's size, from its company profile. `nil` means unknown: rules with an employee threshold then
    /// warn ("applies if you have N or more employees") instead of reporting an error.
    public var employeeCount: Int?
    /// The job's level; `nil` infers it from the title ("Junior", "Senior", "Lead", "Principal", "Manager",
    /// "Head of", "Director", "Intern", …), falling back to ``JobLevel/mid``.
    public var level: JobLevel?
    /// The day the check runs on; decides which laws are in force.
    public var today: Date
    /// `false` for templates: skips location and salary completeness and pay transparency, which are facts of a
    /// job and not of a template.
    public var checksJobFacts: Bool
    /// `true` reports and counts exactly what the published gender-coded word lists match, as gender-decoder does;
    /// `false` (the default) skips uses an editor would not flag, such as "Team Lead" or "confidential" (see
    /// docs/lint-rules.md), and counts each coded word once.
    public var strictGenderLists: Bool
    /// The English the description is written in (the organization's, from its company profile). Words spelled the
    /// other way are pointed out ("organisation" in US English, "organization" in British English), and one-click
    /// replacements are spelled for it. `nil` when it is not known: spelling is then not checked and replacements are
    /// in US spelling.
    public var locale: ContentLocale?

    /// Creates options.
    public init(
        employeeCount: Int? = nil, level: JobLevel? = nil, today: Date = Date(), checksJobFacts: Bool = true, strictGenderLists: Bool = false,
        locale: ContentLocale? = nil
    ) {
        self.employeeCount = employeeCount
        self.level = level
        self.today = today
        self.checksJobFacts = checksJobFacts
        self.strictGenderLists = strictGenderLists
        self.locale = locale
    }
}
