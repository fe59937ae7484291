/// The bounds a stored document must respect, so no single field can grow without limit.
public enum DocumentLimits {
    /// Longest title, in characters.
    public static let titleLength = 200
    /// Longest summary, in characters.
    public static let summaryLength = 5_000
    /// Longest list item, KPI text, short field or heading, in characters.
    public static let itemLength = 1_000
    /// Most items in one list section.
    public static let itemsPerList = 50
    /// Most KPIs.
    public static let kpiCount = 20
    /// Most other sections.
    public static let otherSectionCount = 30
    /// Longest other-section body, in characters.
    public static let bodyLength = 20_000
    /// Most places one posting is open in.
    public static let placeCount = 50
    /// Most pay zones.
    public static let payZoneCount = 50
    /// Most other-compensation entries.
    public static let otherCompensationCount = 20
    /// Most countries remote applicants may live in.
    public static let remoteCountryCount = 60
    /// Most regions remote applicants may live in.
    public static let remoteRegionCount = 100
    /// Longest city or region name, in characters.
    public static let placeNameLength = 200
    /// Longest postal code, in characters.
    public static let postalCodeLength = 20
    /// Highest salary amount accepted.
    public static let salaryMaximum = 1_000_000_000.0
}
