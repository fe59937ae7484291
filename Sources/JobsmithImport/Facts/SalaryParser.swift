import JobsmithDomain

/// Finds a salary in a line: "$145,000 – $175,000 per year", "$42.00 - $51.50 per hour", "60.000 € – 75.000 € brutto
/// pro Jahr", "CAD 62,000 - 70,000", "£45k–£55k", "USD 145,000 – 175,000 per year", "up to $80,000".
///
/// An amount counts only next to a currency (sign, code or name), so "3+ years" or "401k" are never salaries. A single
/// amount gives `min == max`; with a bound ("up to", "from") that is reported as a simplification. Without a stated
/// period, amounts below 500 are read as hourly and others as yearly, and the match says it assumed so.
enum SalaryParser {
    private static let rangeWords: Set<String> = ["to", "bis", "and", "und"]
    /// The letters of currency signs ("AU" of "AU$", "fr" of "Fr."), which are part of the salary, not extra words.
    private static let signWords: Set<String> = Set(SalaryWords.signs.map { HeadingText.normalize($0.sign) }.filter { !$0.isEmpty })
    /// Words a pure salary line may hold besides amounts and currency signs.
    private static let salaryLineWords: Set<String> = SalaryWords.filler.union(SalaryWords.periods.keys).union(SalaryWords.names.keys)
        .union(rangeWords).union(SalaryWords.bounds).union(signWords)

    /// The salary in `text`, or `nil` when there is none.
    static func parse(_ text: String) -> SalaryMatch? {
        guard text.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        let chars = Array(text)
        var amounts: [(amount: AmountReader.Amount, currency: (code: String, bare: Bool, range: Range<Int>)?)] = []
        var index = 0
        while index < chars.count {
            if let amount = AmountReader.read(chars, at: index) {
                let currency = currencyBefore(chars, amount.range.lowerBound) ?? currencyAfter(chars, amount.range.upperBound)
                amounts.append((amount, currency))
                index = amount.range.upperBound
            } else {
                index += 1
            }
        }
        guard let firstIndex = amounts.indices.first(where: { amounts[$0].currency != nil || pairedWithCurrency(amounts, $0, chars) })
        else { return nil }
        var low = amounts[firstIndex]
        var high = low
        if firstIndex + 1 < amounts.count, isRange(chars, from: low, to: amounts[firstIndex + 1]) {
            high = amounts[firstIndex + 1]
        }
        guard let currency = low.currency ?? high.currency else { return nil }
        if !low.amount.thousands, high.amount.thousands, low.amount.value < 1_000 {
            low.amount.value *= 1_000  // "$45–55k"
        }
        var minimum = low.amount.value
        var maximum = high.amount.value
        if minimum > maximum { swap(&minimum, &maximum) }
        guard minimum > 0, maximum <= DocumentLimits.salaryMaximum else { return nil }

        let words = letterWords(chars)
        var period: Salary.Period?
        for word in words {
            if let found = SalaryWords.periods[word] {
                period = found
                break
            }
        }
        if period == nil, text.lowercased().contains("p.a.") { period = .year }
        let bounded = high.amount.range == low.amount.range && words.contains { SalaryWords.bounds.contains($0) }
        let code = currency.code.lowercased()
        let pure = amounts.count <= 2 && words.allSatisfy { salaryLineWords.contains($0) || $0 == code }
        return SalaryMatch(
            salary: Salary(min: minimum, max: maximum, currency: currency.code, period: period ?? (maximum < 500 ? .hour : .year)),
            bareDollar: currency.bare,
            periodStated: period != nil,
            bounded: bounded,
            pure: pure
        )
    }

    /// Whether amount `index` has no currency of its own but forms a range with a neighbour that has one
    /// ("60.000 – 75.000 €", "CAD 62,000 - 70,000").
    private static func pairedWithCurrency(
        _ amounts: [(amount: AmountReader.Amount, currency: (code: String, bare: Bool, range: Range<Int>)?)], _ index: Int, _ chars: [Character]
    ) -> Bool {
        guard index + 1 < amounts.count, amounts[index + 1].currency != nil else { return false }
        return isRange(chars, from: amounts[index], to: amounts[index + 1])
    }

    /// Whether only spaces, a currency and a range separator ("-", "–", "to", "bis") stand between two amounts.
    private static func isRange(
        _ chars: [Character],
        from low: (amount: AmountReader.Amount, currency: (code: String, bare: Bool, range: Range<Int>)?),
        to high: (amount: AmountReader.Amount, currency: (code: String, bare: Bool, range: Range<Int>)?)
    ) -> Bool {
        var start = low.amount.range.upperBound
        if let currency = low.currency, currency.range.lowerBound >= start { start = currency.range.upperBound }
        var end = high.amount.range.lowerBound
        if let currency = high.currency, currency.range.upperBound <= end { end = currency.range.lowerBound }
        guard start <= end else { return false }
        let between = String(chars[start..<end]).trimmed
        return ["-", "–", "—", "~", "to", "bis", "and", "und", "-–"].contains(between.lowercased())
    }

    private static func currencyBefore(_ chars: [Character], _ position: Int) -> (code: String, bare: Bool, range: Range<Int>)? {
        var end = position
        while end > 0, chars[end - 1] == " " || chars[end - 1] == "\u{A0}" { end -= 1 }
        guard end > 0 else { return nil }
        for (sign, code) in SalaryWords.signs where end >= sign.count {
            let start = end - sign.count
            if chars[start..<end].elementsEqual(sign), start == 0 || !chars[start - 1].isLetter || sign.first?.isLetter == false {
                // "$" after letters such as "CA$" is taken by the longer sign first, since signs are ordered longest first.
                return (code, sign == "$", start..<end)
            }
        }
        var start = end
        while start > 0, chars[start - 1].isLetter { start -= 1 }
        return currencyWord(chars, start..<end)
    }

    private static func currencyAfter(_ chars: [Character], _ position: Int) -> (code: String, bare: Bool, range: Range<Int>)? {
        var start = position
        while start < chars.count, chars[start] == " " || chars[start] == "\u{A0}" { start += 1 }
        guard start < chars.count else { return nil }
        for (sign, code) in SalaryWords.signs where start + sign.count <= chars.count {
            let end = start + sign.count
            if chars[start..<end].elementsEqual(sign), end == chars.count || !chars[end].isLetter || sign.last?.isLetter == false {
                return (code, sign == "$", start..<end)
            }
        }
        var end = start
        while end < chars.count, chars[end].isLetter { end += 1 }
        return currencyWord(chars, start..<end)
    }

    /// An ISO code in capitals ("USD", "CAD") or a currency name ("Euro", "dollars").
    private static func currencyWord(_ chars: [Character], _ range: Range<Int>) -> (code: String, bare: Bool, range: Range<Int>)? {
        guard !range.isEmpty, range.count <= 8 else { return nil }
        let word = String(chars[range])
        if word.count == 3, word == word.uppercased(), ISOCodesLookup.isCurrency(word) { return (word, false, range) }
        if let code = SalaryWords.names[word.lowercased()], word.count > 3 || word == word.uppercased() { return (code, false, range) }
        return nil
    }

    /// The lowercased, accent-folded letter words of the line; a `k` right after digits belongs to the number.
    private static func letterWords(_ chars: [Character]) -> [String] {
        var words: [String] = []
        var current = ""
        var afterDigit = false
        func finish() {
            if !current.isEmpty, !(afterDigit && current == "k") { words.append(HeadingText.normalize(current)) }
            current = ""
        }
        for (offset, character) in chars.enumerated() {
            if character.isLetter {
                if current.isEmpty { afterDigit = offset > 0 && chars[offset - 1].isNumber }
                current.append(character)
            } else {
                finish()
            }
        }
        finish()
        return words.filter { !$0.isEmpty }
    }
}
