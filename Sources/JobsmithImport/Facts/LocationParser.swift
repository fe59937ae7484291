import JobsmithDomain

/// Reads location values: "Denver, CO (hybrid)", "Remote (US)", "Berlin, Germany", "Toronto, ON, Canada", "München",
/// "Hybrid – Austin, TX", and Jobsmith's own "Denver, CO, US".
///
/// Countries are inferred from a US state code or name, a Canadian province, a country name or alias, or a well-known
/// city, and the match says so. Two readings are offered: loose (what people write: "Denver, CO" is Colorado, US) and
/// exact (what Jobsmith's Markdown renderer writes, "City, Region, Country" with empty parts left out, so "Berlin, DE"
/// is Germany and nothing is inferred).
enum LocationParser {
    /// The location in `value`, or `nil` when the value is not a location.
    ///
    /// - Parameters:
    ///   - value: the text after a "Location:" label, or a whole unlabelled line.
    ///   - labelled: whether a label said this is a location; then an unknown single name is taken as the city.
    ///   - exact: read Jobsmith's renderer format as written, without inference.
    static func parse(_ value: String, labelled: Bool, exact: Bool = false) -> LocationMatch? {
        let trimmed = value.trimmed.trimmingTrailing(".")
        guard !trimmed.isEmpty, trimmed.count <= 120 else { return nil }
        // Most unlabelled lines are one plain phrase: settle those with lookups, without splitting.
        if !labelled, !exact, !trimmed.contains(where: { ",(|·/–—-".contains($0) }) {
            if let mode = WorkArrangement.workplace(trimmed) { return LocationMatch(location: nil, workplace: mode, pure: true, inference: nil) }
            guard PlaceLookup.country(trimmed) != nil || PlaceLookup.isUSState(trimmed) || PlaceLookup.countryOfCity(trimmed) != nil
            else { return nil }
        }
        if exact, !trimmed.contains("("), let location = exactPlace(trimmed) {
            return LocationMatch(location: location, workplace: nil, pure: true, inference: nil)
        }
        let (main, qualifiers) = segments(trimmed)
        var workplace: WorkplaceType?
        var country: String?
        var pure = true
        var places: [Substring] = []
        for segment in main {
            if let mode = WorkArrangement.workplace(segment) {
                workplace = workplace ?? mode
            } else {
                places.append(segment)
            }
        }
        for qualifier in qualifiers {
            if let mode = WorkArrangement.workplace(qualifier) {
                workplace = workplace ?? mode
            } else if let code = PlaceLookup.country(qualifier) {
                country = country ?? code
            } else {
                pure = false
            }
        }
        let workplaceOnly = labelled && workplace != nil ? LocationMatch(location: nil, workplace: workplace, pure: false, inference: nil) : nil
        guard places.count <= 1 else { return workplaceOnly }
        var match = LocationMatch(location: nil, workplace: workplace, pure: pure, inference: nil)
        if let place = places.first {
            guard let resolved = self.place(place, labelled: labelled) else { return workplaceOnly }
            var location = resolved.location
            if let country, location.country != country {
                if location.country == nil { location.country = country } else { match.pure = false }
            }
            match.location = location
            match.inference = resolved.inference
        } else if let country {
            match.location = Location(country: country)
        }
        guard match.location != nil || match.workplace != nil else { return nil }
        return match
    }

    /// Splits "Hybrid – Denver, CO (3 days)" into main parts ("Hybrid", "Denver, CO") and parenthesized qualifiers
    /// ("3 days"); work modes inside comma lists ("Remote, US") become parts of their own.
    private static func segments(_ value: String) -> (main: [Substring], qualifiers: [Substring]) {
        var qualifiers: [Substring] = []
        var current = value
        while let open = current.lastIndex(of: "("), let close = current[open...].firstIndex(of: ")") {
            let inner = current[current.index(after: open)..<close]
            qualifiers.insert(contentsOf: inner.split(separator: ",").map { $0.trimmed[...] }.filter { !$0.isEmpty }, at: 0)
            current = String(current[..<open]) + String(current[current.index(after: close)...])
        }
        var main: [Substring] = [current[...]]
        for separator in [" · ", " | ", " – ", " — ", " - ", " / ", "; "] {
            main = main.flatMap { $0.splitting(on: separator) }
        }
        var result: [Substring] = []
        for part in main {
            let trimmed = part.trimmed[...]
            guard !trimmed.isEmpty else { continue }
            // "US-Remote", "Remote-US"
            if let dash = trimmed.firstIndex(of: "-") {
                let left = trimmed[..<dash].trimmed[...]
                let right = trimmed[trimmed.index(after: dash)...].trimmed[...]
                if !left.isEmpty, !right.isEmpty, WorkArrangement.workplace(left) != nil || WorkArrangement.workplace(right) != nil {
                    result += [left, right]
                    continue
                }
            }
            let commaParts = trimmed.split(separator: ",").map { $0.trimmed[...] }
            let modes = commaParts.filter { WorkArrangement.workplace($0) != nil }
            if commaParts.count > 1, !modes.isEmpty {
                result += modes
                let rest = commaParts.filter { WorkArrangement.workplace($0) == nil }
                if !rest.isEmpty { result.append(rest.joined(separator: ", ")[...]) }
                continue
            }
            result.append(trimmed)
        }
        return (result, qualifiers)
    }

    /// City, region and country from "Denver, CO", "Berlin, Germany", "Toronto, Ontario, Canada", "München".
    private static func place(_ text: Substring, labelled: Bool) -> (location: Location, inference: String?)? {
        let parts = text.split(separator: ",").map { $0.trimmed }.filter { !$0.isEmpty }
        guard (1...3).contains(parts.count), parts.allSatisfy(isPlaceName) else { return nil }
        switch parts.count {
        case 3:
            guard let country = PlaceLookup.country(parts[2]) else { return nil }
            return (Location(city: parts[0], region: parts[1], country: country), nil)
        case 2:
            let (city, last) = (parts[0], parts[1])
            if let cityCountry = PlaceLookup.countryOfCity(city), PlaceLookup.country(last) == cityCountry {
                return (Location(city: city, country: cityCountry), nil)
            }
            if PlaceLookup.isUSState(last) {
                return (Location(city: city, region: last, country: "US"), "country US from the state \(last)")
            }
            if PlaceLookup.isCanadianProvince(last) {
                return (Location(city: city, region: last, country: "CA"), "country CA from the province \(last)")
            }
            if let country = PlaceLookup.country(last) { return (Location(city: city, country: country), nil) }
            guard labelled else { return nil }
            let inferred = PlaceLookup.countryOfCity(city)
            return (Location(city: city, region: last, country: inferred), inferred.map { "country \($0) from the city \(city)" })
        default:
            let name = parts[0]
            if let country = PlaceLookup.country(name) { return (Location(country: country), nil) }
            if PlaceLookup.isUSState(name), name.count > 2 { return (Location(region: name, country: "US"), "country US from the state \(name)") }
            if let inferred = PlaceLookup.countryOfCity(name) {
                return (Location(city: name, country: inferred), "country \(inferred) from the city \(name)")
            }
            return labelled ? (Location(city: name), nil) : nil
        }
    }

    /// Jobsmith's renderer format read as written: "City, Region, Country", with empty parts left out; a two-letter ISO
    /// code in last place is the country. "City, XX" where XX is also a US state or Canadian province code
    /// ("Denver, CO", "Dover, DE") is what people write for the state, so it is read as such (`nil` here, and the loose
    /// reading applies) unless the city is known to be in country XX ("Berlin, DE").
    private static func exactPlace(_ text: String) -> Location? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmed }
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        let lastIsCountry = parts.last.map { $0.count == 2 && ISOCodesLookup.isCountry($0) } ?? false
        if parts.count == 2, lastIsCountry, PlaceLookup.isUSState(parts[1]) || PlaceLookup.isCanadianProvince(parts[1]),
            PlaceLookup.countryOfCity(parts[0]) != parts[1]
        {
            return nil
        }
        switch (parts.count, lastIsCountry) {
        case (3, true): return Location(city: parts[0], region: parts[1], country: parts[2])
        case (2, true): return Location(city: parts[0], country: parts[1])
        case (2, false): return Location(city: parts[0], region: parts[1])
        case (1, true): return Location(country: parts[0])
        case (1, false): return Location(city: parts[0])
        default: return nil
        }
    }

    /// The first "City, ST" in running text ("We are hiring in Chicago, IL."), where ST is a US state or Canadian
    /// province code: the place and the text it was read from.
    static func cityAndRegion(in text: String) -> (location: Location, text: String)? {
        let words = text.split(separator: " ")
        for (index, word) in words.enumerated() where index > 0 {
            let code = word.prefix { $0.isLetter }
            guard code.count == 2, code == code.uppercased(), word.dropFirst(2).allSatisfy({ ".,;:)".contains($0) || $0.isNumber }),
                words[index - 1].hasSuffix(","), PlaceLookup.isUSState(code) || PlaceLookup.isCanadianProvince(code)
            else { continue }
            var city: [Substring] = []
            var position = index - 1
            while position >= 0, city.count < 3 {
                let part = position == index - 1 ? words[position].dropLast() : words[position]
                guard let first = part.first, first.isUppercase, isPlaceName(String(part)), position == index - 1 || !part.hasSuffix(",")
                else { break }
                city.insert(part, at: 0)
                position -= 1
            }
            while let first = city.first, city.count > 1, cityLeadWords.contains(first.lowercased()) { city.removeFirst() }
            guard !city.isEmpty, !cityLeadWords.contains(city[0].lowercased()) else { continue }
            let name = city.joined(separator: " ")
            guard let match = parse("\(name), \(code)", labelled: false), let location = match.location else { continue }
            return (location, "\(name), \(code)")
        }
        return nil
    }

    /// Capitalized words that open a sentence before a city rather than being part of its name.
    private static let cityLeadWords: Set<String> = [
        "in", "at", "for", "our", "the", "we", "join", "based", "located", "office", "offices", "hiring", "from", "near", "of", "and",
        "or", "to", "with", "on", "team", "remote", "hybrid", "onsite", "location",
    ]

    /// Whether `text` can be a place name: up to five words of letters, starting with a capital (or a digit-free
    /// abbreviation such as "St. Louis" or "D.C.").
    private static func isPlaceName(_ text: String) -> Bool {
        guard let first = text.first, first.isLetter, first.isUppercase || !first.isCased, text.count <= 40 else { return false }
        guard HeadingCandidate.wordCount(text) <= 5 else { return false }
        return text.allSatisfy { $0.isLetter || $0 == " " || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
    }
}
