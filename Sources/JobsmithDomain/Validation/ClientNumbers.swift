/// The ranges of the whole numbers clients send (page numbers, item indexes, text offsets, version numbers, counts),
/// and their parsing. Every such number is parsed into its range at the boundary, so the code behind it can add,
/// subtract and multiply without overflow: Swift traps on overflow, and a trap ends the whole server.
public enum ClientNumbers {
    /// A page of a paged list, from 1.
    public static let page: ClosedRange<Int> = 1...10_000
    /// The position of an item in a list section, from 0; far above any list's limit.
    public static let itemIndex: ClosedRange<Int> = 0...9_999
    /// A UTF-16 offset into one text field; far above any field's limit.
    public static let textOffset: ClosedRange<Int> = 0...1_000_000
    /// A version number of a job description; versions start at 1, so 0 is a version that is always out of date.
    public static let version: ClosedRange<Int> = 0...Int(Int32.max)
    /// A list offset a client sends back (a template-list cursor).
    public static let offset: ClosedRange<Int> = 0...1_000_000
    /// A creation time in a list cursor, in milliseconds since 1970: up to the end of year 9999, which both engines
    /// store (PostgreSQL's driver traps converting dates far beyond).
    public static let storedMilliseconds: ClosedRange<Int> = 0...253_402_300_799_999

    /// The whole number `text` spells (ASCII digits with an optional leading `-`), if it lies in `range`; nil for
    /// anything else, including numbers too large for `Int`.
    public static func parse(_ text: some StringProtocol, in range: ClosedRange<Int>) -> Int? {
        // At most 19 digits: anything longer is out of every range, and `Int(_:)` never sees an absurd length.
        guard text.utf8.count <= 20, let value = Int(text), range.contains(value) else { return nil }
        return value
    }

    /// "must be a whole number from 1 to 10000": the message for a number outside `range`.
    public static func message(for range: ClosedRange<Int>) -> String {
        "must be a whole number from \(range.lowerBound) to \(range.upperBound)"
    }
}
