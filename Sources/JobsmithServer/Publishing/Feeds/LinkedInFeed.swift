import Foundation
import JobsmithCore
import JobsmithDomain

/// LinkedIn's XML job feed (the "Basic Jobs" feed of LinkedIn's XML feed development guide): `source` with
/// lastBuildDate, publisherUrl, publisher and expectedJobCount, and a `job` per posting with the fields the guide
/// makes mandatory — partnerJobId (at most 40 characters), company, title, description (HTML, at least 100
/// characters), location ("City, ST" in the US, "City, Country" elsewhere), applyUrl (https) and jobPosterEmail —
/// plus alternateLocations for the other places, workplaceTypes, jobtype and salaries. A posting that cannot meet a
/// mandatory rule is left out with an XML comment saying why, since LinkedIn would reject it anyway.
extension BoardFeeds {
    /// The rules of LinkedIn's guide that Jobsmith's data can break.
    enum LinkedInRule {
        static let partnerJobIdMaximum = 40
        static let descriptionMinimum = 100
    }

    /// The feed, with `key` as its cache key.
    func linkedIn(_ board: BoardSnapshot, key: String) -> RenderedPage {
        let slug = board.organization.slug
        let name = board.organization.branding.name
        var jobs = ""
        var count = 0
        for posting in board.postings {
            let document = posting.document
            let description = HTMLRenderer.fragment(document)
            // Through the board's apply link where it is https, so LinkedIn's candidates are counted like the board's.
            let applyURL = links.baseURL.hasPrefix("https://") ? links.baseURL + links.applyPath(slug, posting.id) : posting.applyURL
            guard let email = Self.posterEmail(posting) else {
                jobs += "<!-- posting \(posting.id.uuidString.lowercased()) left out: LinkedIn requires a job poster email -->\n"
                continue
            }
            guard let applyURL, applyURL.hasPrefix("https://") else {
                jobs += "<!-- posting \(posting.id.uuidString.lowercased()) left out: LinkedIn requires an https apply URL -->\n"
                continue
            }
            guard description.count >= LinkedInRule.descriptionMinimum else {
                jobs += "<!-- posting \(posting.id.uuidString.lowercased()) left out: LinkedIn requires a description of 100 characters or more -->\n"
                continue
            }
            count += 1
            func field(_ element: String, _ value: String) {
                jobs += "<\(element)>\(XMLText.cdata(value))</\(element)>\n"
            }
            jobs += "<job>\n"
            field("partnerJobId", posting.id.uuidString.lowercased())
            field("company", name)
            field("title", document.title)
            field("description", description)
            field("applyUrl", applyURL)
            field("jobPosterEmail", email)
            let places = Self.linkedInLocations(document)
            if let first = places.first { field("location", first) }
            if places.count > 1 {
                jobs += "<alternateLocations>\n"
                for place in places.dropFirst() { field("alternateLocation", place) }
                jobs += "</alternateLocations>\n"
            }
            if let workplace = document.workplaceType { field("workplaceTypes", Self.linkedInWorkplaceType(workplace)) }
            if let type = document.employmentType { field("jobtype", Self.linkedInJobType(type)) }
            if let salary = document.salary { jobs += Self.linkedInSalary(salary) }
            if let requisition = posting.requisitionID { field("requisitionId", requisition) }
            jobs += "</job>\n"
        }
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<source>\n"
        xml += "<lastBuildDate>\(XMLText.cdata(HTTPDate.format(board.changedAt)))</lastBuildDate>\n"
        xml += "<publisherUrl>\(XMLText.cdata(links.board(slug)))</publisherUrl>\n"
        xml += "<publisher>\(XMLText.cdata(name))</publisher>\n"
        xml += "<expectedJobCount>\(count)</expectedJobCount>\n"
        xml += jobs + "</source>\n"
        return RenderedPage(key: key, contentType: "application/xml; charset=utf-8", text: xml, lastModified: board.changedAt, isHTML: false)
    }

    /// Who answers for the job: the apply email, else the email of the user who published it; nil when neither is
    /// known (a posting published through the API with an apply URL).
    static func posterEmail(_ posting: Posting) -> String? {
        if let email = posting.applyEmail { return email }
        guard let author = posting.publishedBy, let open = author.lastIndex(of: "<"), author.hasSuffix(">") else { return nil }
        let email = author[author.index(after: open)..<author.index(before: author.endIndex)]
        return email.contains("@") ? String(email) : nil
    }

    /// Every place as LinkedIn's location string: "Austin, TX" in the US, "Toronto, ON, CA" elsewhere, and the
    /// remote area ("US") for a remote job without places.
    static func linkedInLocations(_ document: JobDocument) -> [String] {
        var names: [String] = []
        for place in document.locations {
            let parts =
                place.country?.uppercased() == "US" && (place.city != nil || place.region != nil)
                ? [place.city, place.region] : [place.city, place.region, place.country]
            let name = parts.compactMap { $0?.isEmpty == false ? $0 : nil }.joined(separator: ", ")
            if !name.isEmpty && !names.contains(name) { names.append(name) }
        }
        if names.isEmpty, let area = document.remoteArea { names.append(area.displayName) }
        return names
    }

    /// LinkedIn's `workplaceTypes` value.
    static func linkedInWorkplaceType(_ type: WorkplaceType) -> String {
        switch type {
        case .onsite: "On-site"
        case .hybrid: "Hybrid"
        case .remote: "Remote"
        }
    }

    /// LinkedIn's `jobtype` value.
    static func linkedInJobType(_ type: EmploymentType) -> String {
        switch type {
        case .fullTime: "FULL_TIME"
        case .partTime: "PART_TIME"
        case .contract: "CONTRACT"
        case .temporary: "TEMPORARY"
        case .internship: "INTERNSHIP"
        }
    }

    /// The base pay as LinkedIn's `salaries` element (amounts with the currency, and the period).
    static func linkedInSalary(_ salary: Salary) -> String {
        let period: String =
            switch salary.period {
            case .hour: "HOURLY"
            case .day: "DAILY"
            case .week: "WEEKLY"
            case .month: "MONTHLY"
            case .year: "YEARLY"
            }
        func amount(_ element: String, _ value: Double) -> String {
            "<\(element)><amount>\(XMLText.escaped(amountText(value)))</amount><currencyCode>\(XMLText.escaped(salary.currency))</currencyCode></\(element)>"
        }
        return "<salaries><salary>" + amount("highEnd", salary.max) + amount("lowEnd", salary.min) + "<period>\(period)</period>"
            + "<type>BASE_SALARY</type></salary></salaries>\n"
    }

    /// An amount without a fraction when it is whole.
    private static func amountText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.2f", value)
    }
}
