extension Int {
    /// The number with thousands separators, e.g. `50,000`.
    var formattedThousands: String {
        let digits = String(Swift.abs(self))
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return self < 0 ? "-" + out : out
    }
}
