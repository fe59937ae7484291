import JobsmithDomain

/// The words of salary lines (data): currency signs and names, pay periods, and the filler words that may surround
/// a range without adding anything ("base salary range", "brutto").
enum SalaryWords {
    /// Currency signs and the ISO code each means; a bare `$` is resolved from the location later.
    static let signs: [(sign: String, currency: String)] = [
        ("US$", "USD"), ("CA$", "CAD"), ("CAD$", "CAD"), ("C$", "CAD"), ("AU$", "AUD"), ("A$", "AUD"), ("NZ$", "NZD"),
        ("SG$", "SGD"), ("S$", "SGD"), ("HK$", "HKD"), ("MX$", "MXN"), ("R$", "BRL"), ("$", "USD"), ("€", "EUR"),
        ("£", "GBP"), ("¥", "JPY"), ("₹", "INR"), ("₩", "KRW"), ("₪", "ILS"), ("₺", "TRY"), ("₱", "PHP"), ("₦", "NGN"),
        ("zł", "PLN"), ("Fr.", "CHF"), ("CHF", "CHF"),
    ]

    /// Currency names written as words.
    static let names: [String: String] = [
        "euro": "EUR", "euros": "EUR", "eur": "EUR", "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP",
        "pounds": "GBP", "gbp": "GBP", "franken": "CHF", "chf": "CHF", "cad": "CAD", "aud": "AUD",
    ]

    /// Words that name the pay period.
    static let periods: [String: Salary.Period] = [
        "year": .year, "years": .year, "yr": .year, "annum": .year, "annually": .year, "annual": .year, "yearly": .year,
        "jahr": .year, "jahrlich": .year, "jahresgehalt": .year, "jahresbrutto": .year, "pa": .year,
        "hour": .hour, "hours": .hour, "hr": .hour, "hourly": .hour, "h": .hour, "stunde": .hour, "stundlich": .hour,
        "stundenlohn": .hour, "std": .hour, "day": .day, "daily": .day, "tag": .day, "tagessatz": .day,
        "week": .week, "weekly": .week, "wk": .week, "woche": .week, "wochentlich": .week,
        "month": .month, "monthly": .month, "mo": .month, "monat": .month, "monatlich": .month, "monatsgehalt": .month,
        "mtl": .month,
    ]

    /// Words that say a single amount is a bound ("up to $80,000", "ab 45.000 €").
    static let bounds: Set<String> = ["up", "upto", "from", "starting", "ab", "bis", "max", "maximum", "min", "minimum"]

    /// Words allowed around a salary without it being more than a salary line.
    static let filler: Set<String> = [
        "salary", "salaries", "base", "range", "pay", "compensation", "gross", "brutto", "the", "is", "rate", "wage",
        "between", "and", "und", "zwischen", "of", "for", "this", "role", "position", "gehalt", "gehaltsspanne",
        "vergutung", "target", "expected", "approx", "approximately", "ca", "circa", "etwa", "estimated", "per", "a", "an",
        "pro", "im", "to", "zu", "at", "in", "p", "usd", "eur", "gbp", "cad", "chf", "aud", "jahresgehalt",
    ]
}
