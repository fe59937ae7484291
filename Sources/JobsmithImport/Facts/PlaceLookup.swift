import JobsmithDomain

/// Resolves place names through ``PlaceNames``, ignoring case, accents and punctuation.
enum PlaceLookup {
    private static let countryNames = normalizedKeys(PlaceNames.countries)
    private static let cityCountries = normalizedKeys(PlaceNames.cities)
    private static let stateNames = normalizedKeys(Dictionary(uniqueKeysWithValues: PlaceNames.usStates.map { ($1, $0) }))
    private static let provinceNames = normalizedKeys(Dictionary(uniqueKeysWithValues: PlaceNames.canadianProvinces.map { ($1, $0) }))

    /// The ISO country code `text` names: a country name or alias ("Germany", "Deutschland", "USA", "UK"), or an
    /// ISO code written in capitals ("DE").
    static func country(_ text: some StringProtocol) -> String? {
        let trimmed = text.trimmed
        if trimmed.count == 2, trimmed == trimmed.uppercased(), ISOCodesLookup.isCountry(trimmed) { return trimmed }
        return countryNames[HeadingText.normalize(trimmed)]
    }

    /// Whether `text` is a US state code ("CO") or name ("Colorado").
    static func isUSState(_ text: some StringProtocol) -> Bool {
        let trimmed = text.trimmed
        if trimmed.count == 2 { return PlaceNames.usStates[trimmed] != nil }
        return stateNames[HeadingText.normalize(trimmed)] != nil
    }

    /// Whether `text` is a Canadian province code ("ON") or name ("Ontario").
    static func isCanadianProvince(_ text: some StringProtocol) -> Bool {
        let trimmed = text.trimmed
        if trimmed.count == 2 { return PlaceNames.canadianProvinces[trimmed] != nil }
        return provinceNames[HeadingText.normalize(trimmed)] != nil
    }

    /// The country of a well-known city ("München" → `DE`), or `nil`.
    static func countryOfCity(_ text: some StringProtocol) -> String? {
        if let country = cityCountries[HeadingText.normalize(text)] { return country }
        // A district written after its city: "Hamburg-Eimsbüttel", "Berlin-Mitte".
        guard let dash = text.firstIndex(of: "-") else { return nil }
        return cityCountries[HeadingText.normalize(text[..<dash])]
    }

    private static func normalizedKeys(_ table: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in table { result[HeadingText.normalize(key)] = value }
        return result
    }
}
