import Foundation
import JobsmithCore
import JobsmithDomain

/// The document editor's form: how its fields become a ``JobDocument`` and back. Field names are the document's
/// JSON names (`title`, `responsibilities` repeated once per item, `kpis.name`/`kpis.description` per KPI,
/// `salary.min`, …), so list items keep the order the page shows them in.
enum DocumentForm {
    /// A document read from a form, with what could not be read.
    struct Parsed {
        var document: JobDocument
        /// Input the document cannot hold (a salary that is not a number), by JSON pointer.
        var problems: [ValidationProblem]
        /// The salary amounts as typed, shown again when they were not numbers.
        var salaryMinText: String
        var salaryMaxText: String
        /// The amounts of each pay zone as typed, by zone index.
        var zoneSalaryTexts: [Int: (min: String, max: String)] = [:]
    }

    /// Reads the document fields of `form`.
    /// - Parameter asTyped: keep every string exactly as typed and every blank list item, so positions and offsets
    ///   match the page (for checking as you type); otherwise trim text and drop blank items (for saving).
    static func parse(_ form: WebForm, asTyped: Bool) -> Parsed {
        func clean(_ text: String) -> String {
            let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            return asTyped ? normalized : normalized.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func optional(_ name: String) -> String? {
            guard let value = form.value(name).map(clean), !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
            return value
        }
        func list(_ name: String) -> [String] {
            let items = form.values(name).map(clean)
            return asTyped ? items : items.filter { !$0.isEmpty }
        }
        var document = JobDocument(title: clean(form.value("title") ?? ""))
        document.summary = optional("summary")
        document.responsibilities = list("responsibilities")
        document.requirements = list("requirements")
        document.niceToHave = list("niceToHave")
        document.kpis = zip(form.values("kpis.name").map(clean), form.values("kpis.description").map(clean))
            .map { KPI(name: $0, description: $1) }
            .filter { asTyped || !($0.name.isEmpty && $0.description.isEmpty) }
        document.reportsTo = optional("reportsTo")
        document.collaboratesWith = list("collaboratesWith")
        document.leads = list("leads")
        document.tools = list("tools")
        document.qualifications = list("qualifications")
        document.benefits = list("benefits")
        document.otherSections = zip(form.values("otherSections.heading").map(clean), form.values("otherSections.body").map(clean))
            .map { OtherSection(heading: $0, body: $1) }
            .filter { asTyped || !($0.heading.isEmpty && $0.body.isEmpty) }
        // Pay zones name their places by row, so rows are read as typed first and blank ones dropped after.
        let rows = places(form)
        func isBlank(_ place: Location) -> Bool { place.city == nil && place.region == nil && place.country == nil && place.postalCode == nil }
        document.locations = asTyped ? rows : rows.filter { !isBlank($0) }
        document.remote = remote(form)
        document.workplaceType = form.text("workplaceType").flatMap(WorkplaceType.init(rawValue:))
        document.employmentType = form.text("employmentType").flatMap(EmploymentType.init(rawValue:))
        document.otherCompensation = zip(form.values("otherCompensation.kind"), form.values("otherCompensation.description").map(clean))
            .map { OtherCompensation(kind: OtherCompensation.Kind(rawValue: $0) ?? .other, description: $1) }
            .filter { asTyped || !$0.description.isEmpty }

        var problems: [ValidationProblem] = []
        let base = salary(form, prefix: "salary", pointer: "/salary", problems: &problems)
        document.salary = base.salary
        var zoneTexts: [Int: (min: String, max: String)] = [:]
        for index in 0..<DocumentLimits.payZoneCount {
            let prefix = "payByLocation.\(index)"
            guard form.value("\(prefix).present") != nil else { break }
            let zone = salary(form, prefix: "\(prefix).salary", pointer: "/payByLocation/\(index)/salary", problems: &problems)
            zoneTexts[document.payByLocation.count] = (zone.minText, zone.maxText)
            let chosen = form.values("\(prefix).places").compactMap { ClientNumbers.parse($0, in: ClientNumbers.itemIndex) }
            let zonePlaces = chosen.filter(rows.indices.contains).map { rows[$0] }.filter { !isBlank($0) }
            if zone.salary == nil, zone.minText.isEmpty, zone.maxText.isEmpty, !asTyped {
                problems.append(.init(pointer: "/payByLocation/\(index)/salary", message: "needs the pay of this zone (from and to)"))
            }
            let name = form.value("\(prefix).name").map(clean).flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
            document.payByLocation.append(
                PayZone(
                    name: name, locations: zonePlaces,
                    // Amounts that are not numbers were reported above; the zone keeps what else was typed.
                    salary: zone.salary
                        ?? Salary(
                            min: 0, max: 0, currency: (form.text("\(prefix).salary.currency") ?? "").uppercased(),
                            period: form.text("\(prefix).salary.period").flatMap(Salary.Period.init(rawValue:)) ?? .year)
                ))
        }
        return Parsed(document: document, problems: problems, salaryMinText: base.minText, salaryMaxText: base.maxText, zoneSalaryTexts: zoneTexts)
    }

    /// The places of the form, one per row including blank rows: the repeated `locations.city`, `locations.region`,
    /// `locations.country` and `locations.postalCode` fields, or the single `location.*` fields of forms with one
    /// place (composing).
    static func places(_ form: WebForm) -> [Location] {
        func trimmed(_ text: String) -> String? {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        let cities = form.values("locations.city")
        guard !cities.isEmpty else {
            let city = form.text("location.city")
            let region = form.text("location.region")
            let country = form.text("location.country")?.uppercased()
            return city == nil && region == nil && country == nil ? [] : [Location(city: city, region: region, country: country)]
        }
        let regions = form.values("locations.region")
        let countries = form.values("locations.country")
        let postalCodes = form.values("locations.postalCode")
        func at(_ values: [String], _ index: Int) -> String? { values.indices.contains(index) ? trimmed(values[index]) : nil }
        return cities.indices.prefix(DocumentLimits.placeCount + 1).map { index in
            Location(
                city: at(cities, index), region: at(regions, index), country: at(countries, index)?.uppercased(),
                postalCode: at(postalCodes, index))
        }
    }

    /// Where remote applicants may live: `remote.countries` and `remote.regions`, each a list separated by commas or
    /// spaces ("US, CA"; "CO, US-TX"); nil when both are blank.
    static func remote(_ form: WebForm) -> RemoteEligibility? {
        func codes(_ name: String) -> [String] {
            (form.value(name) ?? "").split { $0 == "," || $0 == ";" || $0.isWhitespace }.map { $0.uppercased() }
        }
        let countries = codes("remote.countries")
        let regions = codes("remote.regions")
        return countries.isEmpty && regions.isEmpty ? nil : RemoteEligibility(countries: countries, regions: regions)
    }

    /// A salary from `PREFIX.min`, `PREFIX.max`, `PREFIX.currency` and `PREFIX.period`, with the amounts as typed;
    /// amounts that are not numbers add a problem at `POINTER/min` or `POINTER/max`. Nil when both amounts are blank.
    static func salary(
        _ form: WebForm, prefix: String, pointer: String, problems: inout [ValidationProblem]
    ) -> (salary: Salary?, minText: String, maxText: String) {
        let minText = form.value("\(prefix).min")?.trimmingCharacters(in: .whitespaces) ?? ""
        let maxText = form.value("\(prefix).max")?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !minText.isEmpty || !maxText.isEmpty else { return (nil, minText, maxText) }
        let minimum = amount(minText.isEmpty ? maxText : minText)
        let maximum = amount(maxText.isEmpty ? minText : maxText)
        if minimum == nil { problems.append(.init(pointer: "\(pointer)/min", message: "must be a number, such as 85000")) }
        if maximum == nil { problems.append(.init(pointer: "\(pointer)/max", message: "must be a number, such as 95000")) }
        guard let minimum, let maximum else { return (nil, minText, maxText) }
        let salary = Salary(
            min: minimum, max: maximum, currency: (form.text("\(prefix).currency") ?? "").uppercased(),
            period: form.text("\(prefix).period").flatMap(Salary.Period.init(rawValue:)) ?? .year
        )
        return (salary, minText, maxText)
    }

    /// A typed amount: digits with optional thousands separators (`,`, `'`, spaces, `_`) and decimals. Nil for
    /// anything else, exponents, `nan` and `inf` included; the document's validation bounds the value.
    static func amount(_ text: String) -> Double? {
        let digits = text.filter { !(",'_ \u{00A0}".contains($0)) }
        guard !digits.isEmpty, digits.utf8.count <= 40, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
            let value = Double(digits), value.isFinite
        else { return nil }
        return value
    }

    /// `document` with the job facts the editor has no fields for (the hiring statements) taken from `stored`, so
    /// saving from the editor keeps them.
    static func keepingFactsWithoutFields(_ document: JobDocument, from stored: JobDocument) -> JobDocument {
        var kept = document
        kept.hiring = stored.hiring
        return kept
    }

    /// An amount as a form shows it: no decimals when whole.
    static func amountText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

/// What a button of the editor form asks for, besides saving: the no-JavaScript way to add, remove, reorder and fix.
enum EditorAction: Equatable {
    case save
    /// Re-check and re-render without saving.
    case check
    case add(String)
    case remove(String, Int)
    case moveUp(String, Int)
    case moveDown(String, Int)
    /// Replace UTF-16 `start..<end` of the string at `pointer` with `replacement`.
    case apply(pointer: String, start: Int, end: Int, replacement: String)

    /// The sections whose items can be added, removed and moved.
    static let listNames: Set<String> = Set(
        [
            "responsibilities", "requirements", "niceToHave", "collaboratesWith", "leads", "tools", "qualifications", "benefits", "kpis",
            "otherSections", "locations", "payByLocation", "otherCompensation",
        ]
    )

    /// Reads the `action` field: absent is a save, the form's default button. Nil for anything else the form's buttons
    /// do not send, including item indexes and text offsets outside ``ClientNumbers`` ranges, so no forged position
    /// reaches the arithmetic below.
    init?(_ value: String?) {
        guard let value else {
            self = .save
            return
        }
        if value.hasPrefix("apply|") {
            let parts = value.split(separator: "|", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, let start = ClientNumbers.parse(parts[2], in: ClientNumbers.textOffset),
                let end = ClientNumbers.parse(parts[3], in: ClientNumbers.textOffset)
            else { return nil }
            self = .apply(pointer: String(parts[1]), start: start, end: end, replacement: String(parts[4]))
            return
        }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        func index() -> Int? { ClientNumbers.parse(parts[2], in: ClientNumbers.itemIndex) }
        switch (parts.first, parts.count) {
        case ("save", 1): self = .save
        case ("check", 1): self = .check
        case ("add", 2) where Self.listNames.contains(parts[1]): self = .add(parts[1])
        case ("remove", 3) where Self.listNames.contains(parts[1]):
            guard let index = index() else { return nil }
            self = .remove(parts[1], index)
        case ("up", 3) where Self.listNames.contains(parts[1]):
            guard let index = index() else { return nil }
            self = .moveUp(parts[1], index)
        case ("down", 3) where Self.listNames.contains(parts[1]):
            guard let index = index() else { return nil }
            self = .moveDown(parts[1], index)
        default: return nil
        }
    }

    /// The action of a posted editor form, or a 400 page for a value its buttons never send.
    static func of(_ form: WebForm) throws -> EditorAction {
        guard let action = EditorAction(form.value("action")) else {
            throw WebError.badRequest("The form asked for an editing action that does not exist. Reload the page and try again.")
        }
        return action
    }

    /// Applies an editing action to `document`; saving and checking change nothing.
    func apply(to document: inout JobDocument) {
        switch self {
        case .save, .check: return
        case .add(let section): document.editList(section) { count in count.append(count.count) }
        case .remove(let section, let index): document.editList(section) { order in if order.indices.contains(index) { order.remove(at: index) } }
        case .moveUp(let section, let index):
            document.editList(section) { order in if index > 0, order.indices.contains(index) { order.swapAt(index, index - 1) } }
        case .moveDown(let section, let index):
            document.editList(section) { order in if order.indices.contains(index + 1), index >= 0 { order.swapAt(index, index + 1) } }
        case .apply(let pointer, let start, let end, let replacement):
            guard let text = document.text(at: pointer), let fixed = TextFix.replacing(text, start: start, end: end, with: replacement) else {
                return
            }
            document.setText(fixed, at: pointer)
        }
    }
}

/// Applying a suggested replacement to a flagged range.
enum TextFix {
    /// `text` with UTF-16 `start..<end` replaced; the replacement starts with a capital when the replaced text did.
    /// Nil when the range is not inside the text.
    static func replacing(_ text: String, start: Int, end: Int, with replacement: String) -> String? {
        let units = Array(text.utf16)
        guard start >= 0, start <= end, end <= units.count else { return nil }
        let original = String(decoding: units[start..<end], as: UTF16.self)
        var replacement = replacement
        if let first = original.first, first.isUppercase, let head = replacement.first {
            replacement = head.uppercased() + replacement.dropFirst()
        }
        return String(decoding: Array(units[..<start]) + Array(replacement.utf16) + Array(units[end...]), as: UTF16.self)
    }
}

extension JobDocument {
    /// Reorders, removes or adds items of the list section `name` by editing a list of item positions: `edit` gets the
    /// current positions (0..<count); a position equal to `count` appended means a new empty item.
    mutating func editList(_ name: String, _ edit: (inout [Int]) -> Void) {
        func apply<Item>(_ items: inout [Item], empty: Item) {
            var order = Array(items.indices)
            edit(&order)
            items = order.map { $0 < items.count ? items[$0] : empty }
        }
        switch name {
        case "responsibilities": apply(&responsibilities, empty: "")
        case "requirements": apply(&requirements, empty: "")
        case "niceToHave": apply(&niceToHave, empty: "")
        case "collaboratesWith": apply(&collaboratesWith, empty: "")
        case "leads": apply(&leads, empty: "")
        case "tools": apply(&tools, empty: "")
        case "qualifications": apply(&qualifications, empty: "")
        case "benefits": apply(&benefits, empty: "")
        case "kpis": apply(&kpis, empty: KPI(name: "", description: ""))
        case "otherSections": apply(&otherSections, empty: OtherSection(heading: "", body: ""))
        case "locations":
            apply(&locations, empty: Location())
            // A place taken away is taken out of the pay zones too.
            for zone in payByLocation.indices {
                payByLocation[zone].locations = payByLocation[zone].locations.filter { place in locations.contains { $0.isSamePlace(as: place) } }
            }
        case "payByLocation":
            apply(&payByLocation, empty: PayZone(locations: [], salary: Salary(min: 0, max: 0, currency: salary?.currency ?? "USD", period: .year)))
        case "otherCompensation": apply(&otherCompensation, empty: OtherCompensation(kind: .bonus, description: ""))
        default: return
        }
    }

    /// The string at a JSON pointer such as `/responsibilities/2` or `/kpis/0/name`; nil for anything else.
    func text(at pointer: String) -> String? {
        let parts = pointer.split(separator: "/").map(String.init)
        switch parts.count {
        case 1:
            switch parts[0] {
            case "title": return title
            case "summary": return summary
            case "reportsTo": return reportsTo
            default: return nil
            }
        case 2:
            guard let index = Int(parts[1]), let items = listSections.first(where: { $0.section.rawValue == parts[0] })?.items,
                items.indices.contains(index)
            else { return nil }
            return items[index]
        case 3:
            guard let index = Int(parts[1]) else { return nil }
            switch (parts[0], parts[2]) {
            case ("kpis", "name"): return kpis.indices.contains(index) ? kpis[index].name : nil
            case ("kpis", "description"): return kpis.indices.contains(index) ? kpis[index].description : nil
            case ("otherSections", "heading"): return otherSections.indices.contains(index) ? otherSections[index].heading : nil
            case ("otherSections", "body"): return otherSections.indices.contains(index) ? otherSections[index].body : nil
            default: return nil
            }
        default: return nil
        }
    }

    /// Replaces the string at `pointer` (see ``text(at:)``); does nothing for other pointers.
    mutating func setText(_ text: String, at pointer: String) {
        guard self.text(at: pointer) != nil else { return }
        let parts = pointer.split(separator: "/").map(String.init)
        let index = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        switch (parts[0], parts.count > 2 ? parts[2] : "") {
        case ("title", _): title = text
        case ("summary", _): summary = text
        case ("reportsTo", _): reportsTo = text
        case ("responsibilities", _): responsibilities[index] = text
        case ("requirements", _): requirements[index] = text
        case ("niceToHave", _): niceToHave[index] = text
        case ("collaboratesWith", _): collaboratesWith[index] = text
        case ("leads", _): leads[index] = text
        case ("tools", _): tools[index] = text
        case ("qualifications", _): qualifications[index] = text
        case ("benefits", _): benefits[index] = text
        case ("kpis", "name"): kpis[index].name = text
        case ("kpis", "description"): kpis[index].description = text
        case ("otherSections", "heading"): otherSections[index].heading = text
        case ("otherSections", "body"): otherSections[index].body = text
        default: return
        }
    }
}
