import JobsmithDomain

/// The domain's ISO code lists, for the fact parsers.
enum ISOCodesLookup {
    /// Whether `code` is an ISO 3166-1 alpha-2 country code.
    static func isCountry(_ code: String) -> Bool {
        ISOCodes.countries.contains(code)
    }

    /// Whether `code` is an ISO 4217 currency code.
    static func isCurrency(_ code: String) -> Bool {
        ISOCodes.currencies.contains(code)
    }
}
