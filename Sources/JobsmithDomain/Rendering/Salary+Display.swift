extension Salary {
    /// Human wording such as "USD 145,000 – 175,000 per year".
    public var displayText: String {
        let range = min == max ? Self.grouped(min) : "\(Self.grouped(min)) – \(Self.grouped(max))"
        return "\(currency) \(range) per \(period.rawValue)"
    }

    /// The amount with thousands separators and at most two decimals, e.g. `145,000` or `42.50`.
    ///
    /// Total for every `Double`: amounts too large to count in cents (validation refuses them, but unsaved form input
    /// is shown too) are written as Swift prints them rather than converted to an integer, which would trap.
    static func grouped(_ amount: Double) -> String {
        let scaled = (amount * 100).rounded()
        guard let cents = Int64(exactly: scaled), cents > Int64.min else { return String(amount) }
        let whole = String(cents.magnitude / 100)
        var digits = ""
        for (offset, digit) in whole.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { digits.append(",") }
            digits.append(digit)
        }
        let fraction = cents.magnitude % 100
        let suffix = fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction)
        return (cents < 0 ? "-" : "") + String(digits.reversed()) + suffix
    }
}
