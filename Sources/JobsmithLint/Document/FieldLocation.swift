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
    /// The pointer of a job fact that is not a section of its own (`/payByLocation/0/salary`, `/hiring/aiScreening`),
    /// sorted within `section`; `nil` for everything else.
    var factPointer: String? = nil

    /// The whole document (JSON pointer `""`).
    static let document = FieldLocation(section: nil, index: -1, part: .whole)

    /// A single-valued field, or a list field as a whole (e.g. `/salary`, `/requirements`).
    static func field(_ section: DocumentSection) -> FieldLocation {
        FieldLocation(section: section, index: -1, part: .whole)
    }

    /// The salary of one pay zone (`/payByLocation/<zone>/salary`), sorted after the base salary.
    static func payZone(_ zone: Int) -> FieldLocation {
        FieldLocation(section: .salary, index: zone, part: .whole, factPointer: "/payByLocation/\(zone)/salary")
    }

    /// One of the hiring statements (`/hiring/<name>`), sorted after the employment type in the order of `position`.
    static func hiring(_ name: String, position: Int) -> FieldLocation {
        FieldLocation(section: .employmentType, index: position, part: .whole, factPointer: "/hiring/\(name)")
    }

    /// The JSON pointer (RFC 6901) of the location, e.g. `/kpis/0/description`.
    var pointer: String {
        if let factPointer { return factPointer }
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

    private var order: (Int, Int, Int, String) {
        (section.map(Self.order) ?? -1, index, part.rawValue, factPointer ?? "")
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
