import Foundation
import JobsmithCore
import JobsmithDomain

/// Which postings a board view or the job-board API lists: Lever-style filters, each a set of accepted values (any
/// one matches, case-insensitively), all of them together. An empty set does not filter.
struct BoardFilter: Sendable, Hashable {
    /// Office name ("Remote (US)", "Denver, CO, US") of any of a posting's places, city, region, country, or "remote"
    /// (any job open to remote applicants).
    var locations: Set<String> = []
    /// Department name or id ("Engineering" or "engineering").
    var departments: Set<String> = []
    var workplaceTypes: Set<String> = []
    var employmentTypes: Set<String> = []

    init(locations: [String] = [], departments: [String] = [], workplaceTypes: [String] = [], employmentTypes: [String] = []) {
        func normalized(_ values: [String]) -> Set<String> {
            Set(values.map { $0.trimmingWhitespace.lowercased() }.filter { !$0.isEmpty })
        }
        self.locations = normalized(locations)
        self.departments = normalized(departments)
        self.workplaceTypes = normalized(workplaceTypes)
        self.employmentTypes = normalized(employmentTypes)
    }

    /// Whether any filter is set.
    var isActive: Bool {
        !(locations.isEmpty && departments.isEmpty && workplaceTypes.isEmpty && employmentTypes.isEmpty)
    }

    /// A stable text form, for cache keys.
    var cacheKey: String {
        [locations, departments, workplaceTypes, employmentTypes].map { $0.sorted().joined(separator: "\u{1}") }.joined(separator: "\u{2}")
    }

    /// The postings that pass every filter, in their order.
    func apply(_ postings: [Posting]) -> [Posting] {
        isActive ? postings.filter(matches) : postings
    }

    /// Whether `posting` passes every filter.
    func matches(_ posting: Posting) -> Bool {
        let document = posting.document
        if !locations.isEmpty {
            // Any of the posting's offices or places matches, as does the joined name the job-board API shows.
            var names = posting.officeNames + document.locations.flatMap { [$0.city, $0.region, $0.country].compactMap { $0 } }
            if let joined = posting.officeName { names.append(joined) }
            if document.remoteArea != nil { names.append("remote") }
            guard names.contains(where: { locations.contains($0.lowercased()) }) else { return false }
        }
        if !departments.isEmpty {
            let name = posting.department.lowercased()
            guard departments.contains(name) || departments.contains(BoardFilter.identifier(posting.department)) else { return false }
        }
        if !workplaceTypes.isEmpty {
            guard let type = document.workplaceType, workplaceTypes.contains(type.rawValue) else { return false }
        }
        if !employmentTypes.isEmpty {
            guard let type = document.employmentType, employmentTypes.contains(type.rawValue) else { return false }
        }
        return true
    }

    /// The URL-safe id of a department or office name: "Customer Success" → "customer-success".
    static func identifier(_ name: String) -> String {
        DepartmentGuesser.normalized(name).replacingOccurrences(of: " ", with: "-")
    }
}
