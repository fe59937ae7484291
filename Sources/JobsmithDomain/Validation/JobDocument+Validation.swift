extension JobDocument {
    /// Every reason this document cannot be stored, in field order; empty when it is acceptable.
    public func validate() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func text(_ value: String?, at pointer: String, limit: Int, required: Bool = false) {
            guard let value else {
                if required { problems.append(.init(pointer: pointer, message: "is required")) }
                return
            }
            if value.containsControlCharacters {
                problems.append(.init(pointer: pointer, message: "must not contain control characters"))
            } else if required && value.trimmingWhitespace.isEmpty {
                problems.append(.init(pointer: pointer, message: "must not be empty"))
            } else if value.count > limit {
                problems.append(.init(pointer: pointer, message: "must be at most \(limit) characters (has \(value.count))"))
            }
        }
        func list(_ items: [String], at pointer: String) {
            if items.count > DocumentLimits.itemsPerList {
                problems.append(.init(pointer: pointer, message: "must have at most \(DocumentLimits.itemsPerList) items (has \(items.count))"))
            }
            for (index, item) in items.enumerated() {
                text(item, at: "\(pointer)/\(index)", limit: DocumentLimits.itemLength, required: true)
            }
        }

        text(title, at: "/title", limit: DocumentLimits.titleLength, required: true)
        text(summary, at: "/summary", limit: DocumentLimits.summaryLength)
        for (section, items) in listSections {
            list(items, at: "/\(section.rawValue)")
        }
        if kpis.count > DocumentLimits.kpiCount {
            problems.append(.init(pointer: "/kpis", message: "must have at most \(DocumentLimits.kpiCount) items (has \(kpis.count))"))
        }
        for (index, kpi) in kpis.enumerated() {
            text(kpi.name, at: "/kpis/\(index)/name", limit: DocumentLimits.itemLength, required: true)
            text(kpi.description, at: "/kpis/\(index)/description", limit: DocumentLimits.itemLength)
        }
        text(reportsTo, at: "/reportsTo", limit: DocumentLimits.itemLength)
        if let salary { problems += salary.validate(at: "/salary") }
        problems += placeProblems()
        if otherSections.count > DocumentLimits.otherSectionCount {
            problems.append(
                .init(pointer: "/otherSections", message: "must have at most \(DocumentLimits.otherSectionCount) items (has \(otherSections.count))")
            )
        }
        for (index, section) in otherSections.enumerated() {
            text(section.heading, at: "/otherSections/\(index)/heading", limit: DocumentLimits.itemLength, required: true)
            text(section.body, at: "/otherSections/\(index)/body", limit: DocumentLimits.bodyLength)
        }
        return problems
    }
}

extension Salary {
    func validate(at pointer: String) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        for (name, amount) in [("min", min), ("max", max)] {
            if !amount.isFinite || amount < 0 {
                problems.append(.init(pointer: "\(pointer)/\(name)", message: "must be a positive number"))
            } else if amount > DocumentLimits.salaryMaximum {
                problems.append(.init(pointer: "\(pointer)/\(name)", message: "must be at most \(Int(DocumentLimits.salaryMaximum))"))
            }
        }
        if min.isFinite, max.isFinite, min > max {
            problems.append(.init(pointer: "\(pointer)/min", message: "must not be greater than max (\(min.formatted) > \(max.formatted))"))
        }
        if !ISOCodes.currencies.contains(currency) {
            problems.append(
                .init(pointer: "\(pointer)/currency", message: "must be an ISO 4217 currency code such as USD or EUR (got \"\(currency)\")"))
        }
        return problems
    }
}

extension Location {
    func validate(at pointer: String) -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        let parts = [("city", city, DocumentLimits.placeNameLength), ("region", region, DocumentLimits.placeNameLength)]
        for (name, value, limit) in parts + [("postalCode", postalCode, DocumentLimits.postalCodeLength)] {
            guard let value else { continue }
            if value.count > limit {
                problems.append(.init(pointer: "\(pointer)/\(name)", message: "must be at most \(limit) characters"))
            } else if value.containsControlCharacters {
                problems.append(.init(pointer: "\(pointer)/\(name)", message: "must not contain control characters"))
            }
        }
        if let country, !ISOCodes.countries.contains(country) {
            problems.append(
                .init(pointer: "\(pointer)/country", message: "must be an ISO 3166-1 alpha-2 country code such as US or DE (got \"\(country)\")")
            )
        }
        if city == nil && region == nil && country == nil {
            problems.append(.init(pointer: pointer, message: "needs at least one of city, region or country"))
        }
        return problems
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and newlines.
    public var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

extension StringProtocol {
    /// Whether the text holds a control character other than tab, line feed and carriage return (NUL included).
    public var containsControlCharacters: Bool {
        // The control characters (general category Cc) are exactly U+0000–U+001F and U+007F–U+009F, fixed by Unicode's
        // stability policy; comparing values spares a property lookup per character of every stored text.
        unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || (0x7F...0x9F).contains(value)
        }
    }
}

extension Double {
    /// The amount without a trailing ".0" for whole numbers.
    public var formatted: String {
        self == rounded() && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
