import JobsmithDomain

/// A salary found in a line, with what the reader had to assume.
struct SalaryMatch: Equatable {
    /// The salary; a bare `$` reads as USD until the location says otherwise.
    var salary: Salary
    /// Whether the currency was a bare `$`.
    var bareDollar: Bool
    /// Whether the line named the period; when not, it was assumed from the amounts.
    var periodStated: Bool
    /// Whether only one amount was given with a bound ("up to", "from"), so `min` and `max` are both that amount.
    var bounded: Bool
    /// Whether the line holds nothing but the salary (and filler words), so it can be consumed.
    var pure: Bool
}
