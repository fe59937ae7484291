import JobsmithDomain

/// Where a checked string is in a document: its section, list index and part. Sorting locations gives document order.
struct FieldLocation: Sendable, Comparable {
    /// Which string of a KPI or other section.
    enum Part: Int, Sendable {
        case whole, name, description, heading, body
    }

    /// `nil` for findings about the whole document.
    var section: DocumentSection?
    /// The list index, or -1 for single-valued fields.
    var index: Int
    /// Which string of a KPI or other section; `.whole` otherwise.
    var part: Part

    /// The whole document (JSON pointer `""`).
    static let document = FieldLocation(section: nil, index: -1, part: .whole)

    /// A single-valued field, or a list field as a whole (e.g. `/salary`, `/requirements`).
    static func field(_ section: DocumentSection) -> FieldLocation {
        FieldLocation(section: section, index: -1, part: .whole)
    }

    /// The JSON pointer (RFC 6901) of the location, e.g. `/kpis/0/description`.
    var pointer: String {
        guard let section else { return "" }
        var pointer = "/" + section.rawValue
        if index >= 0 { pointer += "/" + String(index) }
        switch part {
        case .whole: break
        case .name: pointer += "/name"
        case .description: pointer += "/description"
        case .heading: pointer += "/heading"
        case .body: pointer += "/body"
        }
        return pointer
    }

    private var order: (Int, Int, Int) {
        (section.map(Self.order) ?? -1, index, part.rawValue)
    }

    /// The position of `section` in ``DocumentSection/allCases``, which is document order.
    private static func order(_ section: DocumentSection) -> Int {
        switch section {
        case .title: 0
        case .summary: 1
        case .responsibilities: 2
        case .requirements: 3
        case .niceToHave: 4
        case .kpis: 5
        case .reportsTo: 6
        case .collaboratesWith: 7
        case .leads: 8
        case .tools: 9
        case .qualifications: 10
        case .benefits: 11
        case .salary: 12
        case .location: 13
        case .workplaceType: 14
        case .employmentType: 15
        case .otherSections: 16
        }
    }

    static func < (lhs: FieldLocation, rhs: FieldLocation) -> Bool {
        lhs.order < rhs.order
    }

    static func == (lhs: FieldLocation, rhs: FieldLocation) -> Bool {
        lhs.order == rhs.order
    }
}
