import JobsmithDomain

/// A law that requires pay in job postings, as data: where it applies, from when, to which employers, and what a
/// posting must disclose.
struct PayTransparencyLaw: Sendable {
    /// What a posting must disclose.
    enum Disclosure: String, Sendable {
        case payRange = "the pay or pay range"
        case benefits = "a general description of benefits"
        case otherCompensation = "other compensation (bonuses, commissions, equity)"
    }

    /// Which job locations the law covers.
    enum Coverage: Sendable {
        /// Jobs in any of these countries (ISO 3166-1 alpha-2).
        case countries([String])
        /// Jobs in a state or province of `country`, matched by code or name; `cities` also match on their own
        /// (e.g. "Washington DC" given as a city).
        case region(country: String, regions: [String], cities: [String] = [])
        /// Jobs in one of `cities` in one of `regions` (the region may be left out of the location).
        case city(country: String, regions: [String], cities: [String])
    }

    /// Ontario-style limits on the range itself, in annual amounts of `currency`.
    struct RangeLimit: Sendable {
        /// ISO 4217 code the amounts are in.
        var currency: String
        /// The widest range allowed (maximum − minimum).
        var maximumWidth: Double
        /// Postings whose maximum is above this are exempt from the law altogether.
        var exemptAbove: Double
    }

    /// The rule id is `pay-transparency-<id>`.
    var id: String
    /// Where it applies, e.g. "Colorado".
    var name: String
    /// The law's name, e.g. "Colorado Equal Pay for Equal Work Act".
    var law: String
    /// e.g. "C.R.S. 8-5-201".
    var citation: String
    /// The first day it applies.
    var effective: CalendarDay
    /// The smallest employer it applies to; 1 means every employer.
    var minimumEmployees: Int
    /// What a posting must contain.
    var disclosures: [Disclosure]
    /// Where it applies.
    var coverage: Coverage
    /// Whether a remote job open to candidates there is covered even when the posting names only the country.
    var coversRemoteRoles: Bool
    /// `false` when the law is also satisfied by telling candidates before the interview (the EU directive).
    var requiresPayInPosting = true
    /// Limits on the range itself, for laws that set them (Ontario).
    var rangeLimit: RangeLimit? = nil
    /// What we are unsure of, for the documentation.
    var notes: String = ""

    /// The rule id of its findings.
    var ruleID: String { "pay-transparency-\(id)" }

    /// "Colorado Equal Pay for Equal Work Act (C.R.S. 8-5-201)".
    var citedName: String { "\(law) (\(citation))" }

    /// Whether the country this law belongs to is `country`.
    func belongs(toCountry country: String) -> Bool {
        switch coverage {
        case .countries(let countries): countries.contains(country)
        case .region(let own, _, _), .city(let own, _, _): own == country
        }
    }

    /// A job location normalized for matching (see ``normalized(_:)``).
    struct Place {
        /// ISO 3166-1 alpha-2, uppercased; `nil` when the location has none.
        var country: String?
        /// Normalized region, or empty.
        var region: String
        /// Normalized city, or empty.
        var city: String

        /// Normalizes `location`.
        init(_ location: Location) {
            country = location.country.map(PayTransparencyLaw.normalized).flatMap { $0.isEmpty ? nil : $0.uppercased() }
            region = location.region.map(PayTransparencyLaw.normalized) ?? ""
            city = location.city.map(PayTransparencyLaw.normalized) ?? ""
        }
    }

    /// Whether a job at `place` is in the law's area. A location without a country matches on its region or city.
    func covers(_ place: Place) -> Bool {
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
