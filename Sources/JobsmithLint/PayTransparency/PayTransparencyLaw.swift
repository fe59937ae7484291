import JobsmithDomain

/// A law that requires pay (and sometimes more) in job postings, read from the law table
/// (`Resources/pay-transparency-laws.json`): where it applies, from when, to which employers, and what a posting
/// must disclose.
struct PayTransparencyLaw: Sendable, Decodable {
    /// What a posting must disclose.
    enum Disclosure: String, Sendable, Decodable {
        case payRange, benefits, otherCompensation

        /// Human wording, e.g. "the pay or pay range".
        var requirement: String {
            switch self {
            case .payRange: "the pay or pay range"
            case .benefits: "a general description of benefits"
            case .otherCompensation: "other compensation (bonuses, commissions, equity)"
            }
        }

        /// Short wording for tables, e.g. "pay range".
        var shortName: String {
            switch self {
            case .payRange: "pay range"
            case .benefits: "benefits"
            case .otherCompensation: "other compensation"
            }
        }
    }

    /// When the pay must reach the candidate.
    enum PayTiming: String, Sendable, Decodable {
        /// In the posting itself: missing pay is an error.
        case posting
        /// In the posting or before the interview: missing pay in the posting is a warning.
        case beforeInterview
        /// Before employment starts: missing pay in the posting is a warning.
        case beforeEmployment

        /// Where the law lets the pay be given, for messages.
        var wording: String {
            switch self {
            case .posting: "in job postings"
            case .beforeInterview: "in the posting or before the interview"
            case .beforeEmployment: "before employment starts"
            }
        }
    }

    /// Rules beyond pay that some laws add to postings.
    enum PostingRule: String, Sendable, Decodable {
        /// Say whether the posting is for an existing vacancy (Ontario).
        case existingVacancy
        /// Say whether artificial intelligence screens, assesses or selects applicants (Ontario).
        case aiScreening
        /// Do not require Canadian experience (Ontario).
        case noCanadianExperience
        /// Job titles must be gender-neutral (Directive (EU) 2023/970, Art. 5(3), and the laws transposing it).
        case genderNeutralTitle
    }

    /// Which job locations the law covers.
    enum Coverage: Sendable, Decodable {
        /// Jobs in any of these countries (ISO 3166-1 alpha-2).
        case countries([String])
        /// Jobs in a state or province of `country`, matched by code or name; `cities` also match on their own
        /// (e.g. "Washington DC" given as a city).
        case region(country: String, regions: [String], cities: [String])
        /// Jobs in one of `cities` in one of `regions` (the region may be left out of the location).
        case city(country: String, regions: [String], cities: [String])

        private enum CodingKeys: String, CodingKey { case kind, countries, country, regions, cities }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let kind = try container.decode(String.self, forKey: .kind)
            switch kind {
            case "countries":
                self = .countries(try container.decode([String].self, forKey: .countries))
            case "region", "city":
                let country = try container.decode(String.self, forKey: .country)
                let regions = try container.decode([String].self, forKey: .regions)
                let cities = try container.decodeIfPresent([String].self, forKey: .cities) ?? []
                self =
                    kind == "region"
                    ? .region(country: country, regions: regions, cities: cities) : .city(country: country, regions: regions, cities: cities)
            default:
                throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown coverage kind \(kind)")
            }
        }
    }

    /// Ontario-style limits on the range itself, in annual amounts of `currency`.
    struct RangeLimit: Sendable, Decodable {
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
    var jurisdiction: String
    /// The law's name, e.g. "Colorado Equal Pay for Equal Work Act".
    var law: String
    /// e.g. "C.R.S. § 8-5-201".
    var citation: String
    /// The first day it applies (for laws enforced later than they took effect, the first day it is enforced).
    var effective: CalendarDay
    /// The smallest employer it applies to; 1 means every employer.
    var minimumEmployees: Int
    /// What a posting must contain.
    var disclose: [Disclosure]
    /// When the pay must reach the candidate.
    var payTiming: PayTiming
    /// Where it applies.
    var coverage: Coverage
    /// Whether a remote job open to applicants there is covered.
    var coversRemoteRoles: Bool
    /// Where to read the law or the summary of it the table relies on; `nil` when none is recorded.
    var sourceUrl: String?
    /// Rules beyond pay.
    var postingRules: [PostingRule]
    /// The id of the law this one transposes (an EU member state's law transposing the directive `eu`).
    var implements: String?
    /// Limits on the range itself, for laws that set them (Ontario).
    var rangeLimit: RangeLimit?
    /// The facts not confirmed against the official text: `effective`, `citation`, `minimumEmployees`, `sourceUrl`.
    var unverified: [String]
    /// What we are unsure of, and what the table does not check.
    var notes: String

    private enum CodingKeys: String, CodingKey {
        case id, jurisdiction, law, citation, effective, minimumEmployees, disclose, payTiming, coverage, coversRemoteRoles
        case sourceUrl, postingRules, implements, rangeLimit, unverified, notes
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        jurisdiction = try container.decode(String.self, forKey: .jurisdiction)
        law = try container.decode(String.self, forKey: .law)
        citation = try container.decode(String.self, forKey: .citation)
        effective = try container.decode(CalendarDay.self, forKey: .effective)
        minimumEmployees = try container.decode(Int.self, forKey: .minimumEmployees)
        disclose = try container.decode([Disclosure].self, forKey: .disclose)
        payTiming = try container.decode(PayTiming.self, forKey: .payTiming)
        coverage = try container.decode(Coverage.self, forKey: .coverage)
        coversRemoteRoles = try container.decode(Bool.self, forKey: .coversRemoteRoles)
        sourceUrl = try container.decodeIfPresent(String.self, forKey: .sourceUrl)
        postingRules = try container.decodeIfPresent([PostingRule].self, forKey: .postingRules) ?? []
        implements = try container.decodeIfPresent(String.self, forKey: .implements)
        rangeLimit = try container.decodeIfPresent(RangeLimit.self, forKey: .rangeLimit)
        unverified = try container.decodeIfPresent([String].self, forKey: .unverified) ?? []
        notes = try container.decodeIfPresent(String.self, forKey: .notes) ?? ""
    }

    /// The rule id of its findings.
    var ruleID: String { "pay-transparency-\(id)" }

    /// "Colorado Equal Pay for Equal Work Act (C.R.S. § 8-5-201)".
    var citedName: String { "\(law) (\(citation))" }

    /// Whether a missing pay range is an error (the law wants it in the posting) rather than a warning.
    var requiresPayInPosting: Bool { payTiming == .posting }

    /// The country codes the law belongs to.
    var countries: [String] {
        switch coverage {
        case .countries(let countries): countries
        case .region(let country, _, _), .city(let country, _, _): [country]
        }
    }
}
