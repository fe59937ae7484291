import JobsmithDomain

/// A job location normalized for matching against a law's coverage.
struct NormalizedPlace: Sendable {
    /// ISO 3166-1 alpha-2, uppercased; `nil` when the location has none.
    var country: String?
    /// Normalized region, or empty.
    var region: String
    /// Normalized city, or empty.
    var city: String

    /// Normalizes `location`.
    init(_ location: Location) {
        country = location.country.map(Self.normalized).flatMap { $0.isEmpty ? nil : $0.uppercased() }
        region = location.region.map(Self.normalized) ?? ""
        city = location.city.map(Self.normalized) ?? ""
    }

    /// Whether the place names only its country.
    var isCountryOnly: Bool { region.isEmpty && city.isEmpty }

    /// Lowercase words separated by single spaces, without dots: "Washington, D.C." → "washington dc".
    static func normalized(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for character in text.lowercased() where character != "." {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }
}

/// Where remote applicants may live, normalized for matching.
struct NormalizedArea: Sendable {
    /// ISO 3166-1 alpha-2 codes.
    var countries: Set<String>
    /// Normalized regions, each with the country it names (`US-CO`) or `nil` for any of `countries`.
    var regions: [(country: String?, name: String)]
    /// Whether the area was stated by the posting (`remote`) rather than inferred from a remote job's country.
    var stated: Bool

    init(_ eligibility: RemoteEligibility, stated: Bool) {
        countries = Set(eligibility.countries.map { $0.uppercased() })
        regions = eligibility.regions.map { region in
            if let country = RemoteEligibility.qualifiedCountry(region.uppercased()) {
                return (country, NormalizedPlace.normalized(String(region.dropFirst(3))))
            }
            return (nil, NormalizedPlace.normalized(region))
        }
        self.stated = stated
    }

    /// "the US (CO, TX)": the area as the posting gives it, for messages.
    var displayName: String {
        let names = countries.sorted().joined(separator: ", ")
        return regions.isEmpty ? names : "\(names) (\(regions.map { $0.name.uppercased() }.joined(separator: ", ")))"
    }

    /// Whether applicants living in the area may live somewhere in `country`, in a region satisfying `matches`.
    func reaches(country: String, region matches: (String) -> Bool) -> Bool {
        guard countries.contains(country) else { return false }
        let inCountry = regions.filter { $0.country == nil || $0.country == country }
        return regions.isEmpty || inCountry.contains { matches($0.name) }
    }
}

extension PayTransparencyLaw {
    /// Whether a job at `place` is in the law's area. A location without a country matches on its region or city.
    func covers(_ place: NormalizedPlace) -> Bool {
        switch coverage {
        case .countries(let countries):
            return place.country.map(countries.contains) ?? false
        case .region(let own, let regions, let cities):
            guard place.country == nil || place.country == own else { return false }
            return (!place.region.isEmpty && regions.contains(place.region)) || (!place.city.isEmpty && cities.contains(place.city))
        case .city(let own, let regions, let cities):
            guard place.country == nil || place.country == own, place.region.isEmpty || regions.contains(place.region) else { return false }
            return !place.city.isEmpty && cities.contains(place.city)
        }
    }

    /// Whether remote applicants from `area` may live in the law's area. Whole countries reach every state and city of
    /// them; listed regions reach the laws of those regions and of their cities.
    func covers(_ area: NormalizedArea) -> Bool {
        switch coverage {
        case .countries(let countries):
            return countries.contains { area.reaches(country: $0) { _ in true } }
        case .region(let own, let regions, _), .city(let own, let regions, _):
            return area.reaches(country: own) { regions.contains($0) }
        }
    }
}
