/// Finds demands for years of experience ("5+ years", "at least 5 years", "5 or more years", "3-5 years of
/// experience", "five years' experience") and flags those above what the job's level suggests.
struct ExperienceYearsScanner {
    /// The level whose maximum applies.
    let level: JobLevel
    /// Whether ``level`` came from the title rather than the options, for the message.
    let levelSource: String

    /// Checks the string just scanned by `scanner`.
    func scan(_ scanner: TextScanner, location: FieldLocation, findings: inout FindingCollector) {
        let tokens = scanner.tokens
        var index = 0
        while index < tokens.count {
            guard let demand = demand(at: index, scanner: scanner) else {
                index += 1
                continue
            }
            if demand.years > level.maximumYearsOfExperience {
                report(demand.years, start: tokens[demand.first].start, end: tokens[demand.last].end, location: location, findings: &findings)
            }
            index = demand.last + 1
        }
    }

    private func report(_ years: Int, start: Int, end: Int, location: FieldLocation, findings: inout FindingCollector) {
        let rule = CompletenessRules.yearsAboveLevel
        let maximum = level.maximumYearsOfExperience
        findings.add(
            rule.id,
            rule.severity,
            at: location,
            start: start,
            end: end,
            message: "Asks for \(years) years of experience; a \(level.rawValue)-level role (\(levelSource)) usually needs at most \(maximum).",
            suggestion: "Ask for at most \(maximum) years, or describe the skills and outcomes you need instead of years."
        )
    }

    /// The demand that starts at token `index` (at a number, or at "at least" / "minimum" before one).
    private func demand(at index: Int, scanner: TextScanner) -> (years: Int, first: Int, last: Int)? {
        let tokens = scanner.tokens
        func token(_ offset: Int) -> Token? {
            let position = index + offset
            guard position < tokens.count, offset == 0 || !tokens[position].flags.contains(.sentenceStart) else { return nil }
            return tokens[position]
        }
        func isYears(_ offset: Int) -> Bool {
            guard let token = token(offset) else { return false }
            return scanner.token(token, is: "years") || scanner.token(token, is: "year") || scanner.token(token, is: "yrs")
        }
        func mentionsExperience(after offset: Int) -> Bool {
            for ahead in offset + 1...offset + 4 {
                guard let token = token(ahead) else { return false }
                if scanner.token(token, is: "experience") { return true }
            }
            return false
        }
        guard let first = token(0), first.flags.contains(.numeric) || Self.canStartDemand(scanner.bytes[first.start]) else { return nil }
        // "at least 5 years", "minimum (of) 5 years", "more than 5 years"
        var numberOffset: Int?
        if scanner.token(first, is: "at"), let next = token(1), scanner.token(next, is: "least") {
            numberOffset = 2
        } else if scanner.token(first, is: "minimum") || scanner.token(first, is: "min") {
            numberOffset = token(1).map { scanner.token($0, is: "of") } == true ? 2 : 1
        } else if scanner.token(first, is: "more"), let next = token(1), scanner.token(next, is: "than") {
            numberOffset = 2
        }
        if let numberOffset {
            guard let number = token(numberOffset).flatMap({ scanner.number($0) }), isYears(numberOffset + 1) else { return nil }
            return (number, index, index + numberOffset + 1)
        }
        guard let years = scanner.number(first) else { return nil }
        // "5+ years"
        var after = first.end
        while after < scanner.bytes.count, scanner.bytes[after] == UInt8(ascii: " ") { after += 1 }
        if after < scanner.bytes.count, scanner.bytes[after] == UInt8(ascii: "+"), isYears(1) { return (years, index, index + 1) }
        // "5 or more years", "5 years or more"
        if let or = token(1), scanner.token(or, is: "or"), let more = token(2), scanner.token(more, is: "more"), isYears(3) {
            return (years, index, index + 3)
        }
        if isYears(1), let or = token(2), scanner.token(or, is: "or"), let more = token(3), scanner.token(more, is: "more") {
            return (years, index, index + 3)
        }
        // "3-5 years of experience", "3 to 5 years of experience": the lower bound is the demand.
        if let upper = token(1), scanner.number(upper) != nil, upper.flags.contains(.joinedByHyphen) || isDash(before: upper, scanner: scanner),
            isYears(2), mentionsExperience(after: 2)
        {
            return (years, index, index + 2)
        }
        if let to = token(1), scanner.token(to, is: "to"), let upper = token(2), scanner.number(upper) != nil, isYears(3),
            mentionsExperience(after: 3)
        {
            return (years, index, index + 3)
        }
        // "5 years of experience", "5 years' experience"
        if isYears(1), mentionsExperience(after: 1) { return (years, index, index + 1) }
        return nil
    }

    /// Whether `byte` can start a demand that is not a number: "at", "minimum", "more" and the number words.
    private static func canStartDemand(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "m"), UInt8(ascii: "o"), UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "s"),
            UInt8(ascii: "e"), UInt8(ascii: "n"):
            true
        default: false
        }
    }

    private func isDash(before token: Token, scanner: TextScanner) -> Bool {
        var position = token.start - 1
        while position >= 0, scanner.bytes[position] == UInt8(ascii: " ") { position -= 1 }
        return position >= 0 && (scanner.bytes[position] == TextScanner.dash || scanner.bytes[position] == UInt8(ascii: "-"))
    }
}
