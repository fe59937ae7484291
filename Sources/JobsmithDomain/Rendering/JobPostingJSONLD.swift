import Foundation

/// What a JobPosting needs beyond the document itself: who is hiring, when, and where to apply.
public struct PostingContext: Sendable {
    public var organizationName: String
    public var organizationWebsite: String?
    public var organizationLogo: String?
    public var identifier: String
    public var datePosted: Date
    public var validThrough: Date?
    public var url: String?
    public var directApply: Bool

    public init(
        organizationName: String,
        organizationWebsite: String? = nil,
        organizationLogo: String? = nil,
        identifier: String,
        datePosted: Date,
        validThrough: Date? = nil,
        url: String? = nil,
        directApply: Bool = false
    ) {
        self.organizationName = organizationName
        self.organizationWebsite = organizationWebsite
        self.organizationLogo = organizationLogo
        self.identifier = identifier
        self.datePosted = datePosted
        self.validThrough = validThrough
        self.url = url
        self.directApply = directApply
    }
}

/// Builds schema.org JobPosting JSON-LD with Google's required and recommended properties.
public enum JobPostingJSONLD {
    /// The JSON-LD object for `document` as UTF-8 JSON text.
    public static func render(_ document: JobDocument, context: PostingContext) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(posting(document, context: context))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// The same JSON-LD made safe to embed in a `<script type="application/ld+json">` element.
    public static func scriptSafe(_ document: JobDocument, context: PostingContext) -> String {
        render(document, context: context)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    static func posting(_ document: JobDocument, context: PostingContext) -> JobPosting {
        let isRemote = document.workplaceType == .remote
        let places = document.locations.map {
            Place(address: PostalAddress(addressLocality: $0.city, addressRegion: $0.region, addressCountry: $0.country, postalCode: $0.postalCode))
        }
        let remoteArea = document.remoteArea
        return JobPosting(
            title: document.title,
            description: HTMLRenderer.fragment(document),
            datePosted: context.datePosted,
            validThrough: context.validThrough,
            employmentType: document.employmentType?.schemaOrgValue,
            hiringOrganization: .init(name: context.organizationName, sameAs: context.organizationWebsite, logo: context.organizationLogo),
            // A fully remote job's places are where its applicants may live, not offices to work from.
            jobLocation: isRemote ? nil : OneOrMany(places),
            jobLocationType: remoteArea != nil ? "TELECOMMUTE" : nil,
            applicantLocationRequirements: remoteArea.flatMap { OneOrMany(applicantLocations($0)) },
            baseSalary: OneOrMany(baseSalaries(document)),
            identifier: .init(name: context.organizationName, value: context.identifier),
            directApply: context.directApply,
            url: context.url
        )
    }

    /// The countries remote applicants may live in, or their regions when the posting names some.
    static func applicantLocations(_ area: RemoteEligibility) -> [AdministrativeArea] {
        guard !area.regions.isEmpty else { return area.countries.map { AdministrativeArea(type: "Country", name: $0) } }
        return area.regions.map { AdministrativeArea(type: "State", name: $0) }
    }

    /// One amount per pay range (``JobDocument/payRanges``), described by the places it is paid in when pay differs.
    static func baseSalaries(_ document: JobDocument) -> [MonetaryAmount] {
        document.payRanges.map { range in
            MonetaryAmount(
                currency: range.salary.currency,
                value: .init(minValue: range.salary.min, maxValue: range.salary.max, unitText: range.salary.period.rawValue.uppercased()),
                description: range.places.map { $0.map(\.displayName).joined(separator: "; ") })
        }
    }

    struct JobPosting: Encodable {
        let context = "https://schema.org/"
        let type = "JobPosting"
        let title: String
        let description: String
        let datePosted: Date
        let validThrough: Date?
        let employmentType: String?
        let hiringOrganization: Organization
        let jobLocation: OneOrMany<Place>?
        let jobLocationType: String?
        let applicantLocationRequirements: OneOrMany<AdministrativeArea>?
        let baseSalary: OneOrMany<MonetaryAmount>?
        let identifier: PropertyValue
        let directApply: Bool
        let url: String?

        enum CodingKeys: String, CodingKey {
            case context = "@context", type = "@type", title, description, datePosted, validThrough, employmentType
            case hiringOrganization, jobLocation, jobLocationType, applicantLocationRequirements, baseSalary, identifier
            case directApply, url
        }
    }

    struct Organization: Encodable {
        let type = "Organization"
        let name: String
        let sameAs: String?
        let logo: String?
        enum CodingKeys: String, CodingKey { case type = "@type", name, sameAs, logo }
    }

    struct Place: Encodable {
        let type = "Place"
        let address: PostalAddress
        enum CodingKeys: String, CodingKey { case type = "@type", address }
    }

    struct PostalAddress: Encodable {
        let type = "PostalAddress"
        let addressLocality: String?
        let addressRegion: String?
        let addressCountry: String?
        let postalCode: String?
        enum CodingKeys: String, CodingKey { case type = "@type", addressLocality, addressRegion, addressCountry, postalCode }
    }

    /// A country or state applicants may live in.
    struct AdministrativeArea: Encodable {
        let type: String
        let name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    struct MonetaryAmount: Encodable {
        let type = "MonetaryAmount"
        let currency: String
        let value: QuantitativeValue
        /// The places this amount is paid in, when pay differs by place.
        let description: String?
        enum CodingKeys: String, CodingKey { case type = "@type", currency, value, description }
    }

    /// One value as itself, several as an array: JSON-LD's way of giving a property more than one value.
    struct OneOrMany<Element: Encodable>: Encodable {
        let elements: [Element]

        /// `nil` for no elements, so the property is left out.
        init?(_ elements: [Element]) {
            guard !elements.isEmpty else { return nil }
            self.elements = elements
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if elements.count == 1 { try container.encode(elements[0]) } else { try container.encode(elements) }
        }
    }

    struct QuantitativeValue: Encodable {
        let type = "QuantitativeValue"
        let minValue: Double
        let maxValue: Double
        let unitText: String
        enum CodingKeys: String, CodingKey { case type = "@type", minValue, maxValue, unitText }
    }

    struct PropertyValue: Encodable {
        let type = "PropertyValue"
        let name: String
        let value: String
        enum CodingKeys: String, CodingKey { case type = "@type", name, value }
    }
}
