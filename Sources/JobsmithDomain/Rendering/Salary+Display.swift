extension Salary {
    /// Human wording such as "USD 145,000 – 175,000 per year".
    public var displayText: String {
        let range = min == max ? Self.grouped(min) : "\(Self.grouped(min)) – \(Self.grouped(max))"
        return "\(currency) \(range) per \(period.rawValue)"
    }

    /// The amount with thousands separators and at most two decimals, e.g. `145,000` or `42.50`.
    static func grouped(_ amount: Double) -> String {
        let cents = Int64((amount * 100).rounded())
        let whole = String(cents / 100)
        var digits = ""
        for (offset, digit) in whole.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { digits.append(",") }
            digits.append(digit)
        }
        let fraction = cents % 100
        let suffix = fraction == 0 ? "" : "." + (fraction < 10 ? "0" : "") + String(fraction)
        return String(digits.reversed()) + suffix
    }
}
