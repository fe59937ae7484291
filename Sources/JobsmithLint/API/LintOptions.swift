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
    /// The day the document is checked as of (its UTC calendar day): decides which laws are in force, and which take
    /// effect within ``PayTransparencyCheck/upcomingWindowDays`` days and get an "upcoming" warning.
    public var asOf: Date
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

    /// Creates options; `asOf` defaults to now.
    public init(
        employeeCount: Int? = nil, level: JobLevel? = nil, asOf: Date = Date(), checksJobFacts: Bool = true, strictGenderLists: Bool = false,
        locale: ContentLocale? = nil
    ) {
        self.employeeCount = employeeCount
        self.level = level
        self.asOf = asOf
        self.checksJobFacts = checksJobFacts
        self.strictGenderLists = strictGenderLists
        self.locale = locale
    }
}

extension LintOptions {
    /// The years a check may be made as of. The law table starts in the 2010s; a day far outside these years is a
    /// typo (`0202-10-01`, `2207-10-01`) that would silently be checked against no law, so it is refused instead.
    public static let checkableYears = 2000...2100

    /// What ``date(ofDay:)`` accepts, in words for error messages: "a day from 2000-01-01 to 2100-12-31 such as 2027-10-01".
    public static let checkableDayDescription =
        "a day from \(checkableYears.lowerBound)-01-01 to \(checkableYears.upperBound)-12-31 such as 2027-10-01"

    /// The start (00:00 UTC) of the day an ISO 8601 date such as `2027-10-01` names, for `asOf`; `nil` for anything
    /// else, including days that do not exist and years outside ``checkableYears``.
    public static func date(ofDay text: String) -> Date? {
        guard let day = CalendarDay(iso: text), checkableYears.contains(day.year) else { return nil }
        return Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400)
    }

    /// The UTC day `date` falls on as an ISO 8601 date such as `2027-10-01`: what ``date(ofDay:)`` reads.
    public static func day(of date: Date) -> String {
        CalendarDay(date).description
    }
}
