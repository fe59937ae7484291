/// Reads money amounts as people write them: `145,000`, `60.000`, `1.234,56`, `42.00`, `45k`, `1'200`.
enum AmountReader {
    /// An amount found in a character array.
    struct Amount: Equatable {
        /// The value, with a `k` suffix applied.
        var value: Double
        /// Where the amount starts and ends (after any `k`) in the characters.
        var range: Range<Int>
        /// Whether it was written with a `k` suffix.
        var thousands: Bool
    }

    /// The amount starting at `start`, which must be a digit not preceded by a letter or digit; `nil` otherwise.
    static func read(_ chars: [Character], at start: Int) -> Amount? {
        guard start < chars.count, chars[start].isASCII, chars[start].isNumber else { return nil }
        if start > 0, chars[start - 1].isLetter || chars[start - 1].isNumber { return nil }
        var end = start
        while end < chars.count,
            chars[end].isASCII && chars[end].isNumber
                || separators.contains(chars[end]) && end + 1 < chars.count
                    && chars[end + 1].isASCII && chars[end + 1].isNumber
        {
            end += 1
        }
        guard let value = value(of: chars[start..<end]) else { return nil }
        var amountEnd = end
        var thousands = false
        if end < chars.count, chars[end] == "k" || chars[end] == "K", end + 1 >= chars.count || !chars[end + 1].isLetter {
            thousands = true
            amountEnd = end + 1
        }
        return Amount(value: thousands ? value * 1_000 : value, range: start..<amountEnd, thousands: thousands)
    }

    private static let separators: Set<Character> = [",", ".", "'", "’", "\u{202F}"]

    /// The value of digits with grouping and decimal separators, deciding which separator is which.
    private static func value(of text: ArraySlice<Character>) -> Double? {
        let marks = text.filter { separators.contains($0) }
        var decimal: Character?
        if let last = marks.last {
            let kinds = Set(marks)
            if kinds.count > 1 {
                decimal = last  // "1.234,56" or "1,234.56": the last kind is the decimal mark
            } else if marks.count == 1, last == "," || last == "." {
                // One mark: grouping when exactly three digits follow ("145,000", "60.000"), decimal otherwise ("42.50").
                let digitsAfter = text.endIndex - 1 - text.lastIndex(of: last)!
                decimal = digitsAfter == 3 ? nil : last
            }
        }
        var digits = ""
        for character in text {
            if character == decimal {
                digits.append(".")
            } else if !separators.contains(character) {
                digits.append(character)
            }
        }
        return Double(digits)
    }
}
