/// The jurisdictions whose law requires pay in job postings. Checked against public summaries of the laws (state
/// agency FAQs and law-firm briefings) in 2025; `notes` say where the law is unclear. Not legal advice.
enum PayTransparencyLaws {
    /// Every law, in the order the documentation lists them.
    static let all: [PayTransparencyLaw] = [
        PayTransparencyLaw(
            id: "colorado", name: "Colorado", law: "Colorado Equal Pay for Equal Work Act", citation: "C.R.S. 8-5-201",
            effective: CalendarDay(2021, 1, 1), minimumEmployees: 1, disclosures: [.payRange, .benefits, .otherCompensation],
            coverage: .region(country: "US", regions: ["co", "colorado"]), coversRemoteRoles: true,
            notes: "Covers remote jobs that could be performed from Colorado."
        ),
        PayTransparencyLaw(
            id: "california", name: "California", law: "California Labor Code", citation: "Cal. Lab. Code § 432.3",
            effective: CalendarDay(2023, 1, 1), minimumEmployees: 15, disclosures: [.payRange],
            coverage: .region(country: "US", regions: ["ca", "california"]), coversRemoteRoles: true,
            notes: "The Labor Commissioner treats remote jobs that may be filled in California as covered."
        ),
        PayTransparencyLaw(
            id: "washington", name: "Washington", law: "Washington Equal Pay and Opportunities Act", citation: "RCW 49.58.110",
            effective: CalendarDay(2023, 1, 1), minimumEmployees: 15, disclosures: [.payRange, .benefits, .otherCompensation],
            coverage: .region(country: "US", regions: ["wa", "washington", "washington state"]), coversRemoteRoles: true,
            notes: "Covers remote jobs that could be filled by a worker in Washington."
        ),
        PayTransparencyLaw(
            id: "new-york", name: "New York State", law: "New York Labor Law", citation: "N.Y. Lab. Law § 194-b",
            effective: CalendarDay(2023, 9, 17), minimumEmployees: 4, disclosures: [.payRange],
            coverage: .region(country: "US", regions: ["ny", "new york", "new york state"]), coversRemoteRoles: true,
            notes: "Covers jobs performed at least in part in New York, and remote jobs reporting to a New York office or supervisor."
        ),
        PayTransparencyLaw(
            id: "new-york-city", name: "New York City", law: "New York City Human Rights Law",
            citation: "NYC Admin. Code § 8-107(32)", effective: CalendarDay(2022, 11, 1), minimumEmployees: 4,
            disclosures: [.payRange],
            coverage: .city(
                country: "US", regions: ["ny", "new york"],
                cities: [
                    "new york", "new york city", "nyc", "manhattan", "brooklyn", "queens", "bronx", "the bronx", "staten island",
                ]),
            coversRemoteRoles: false
        ),
        PayTransparencyLaw(
            id: "jersey-city", name: "Jersey City", law: "Jersey City pay transparency ordinance",
            citation: "Jersey City Municipal Code § 148-4.1 (Ordinances 22-026 and 22-045)", effective: CalendarDay(2022, 4, 13),
            minimumEmployees: 5, disclosures: [.payRange, .benefits],
            coverage: .city(country: "US", regions: ["nj", "new jersey"], cities: ["jersey city"]), coversRemoteRoles: false,
            notes: "The employee count includes independent contractors; silent on remote jobs."
        ),
        PayTransparencyLaw(
            id: "ithaca", name: "Ithaca", law: "Ithaca pay transparency ordinance", citation: "Ithaca City Code § 215-3(F)",
            effective: CalendarDay(2022, 9, 1), minimumEmployees: 4, disclosures: [.payRange],
            coverage: .city(country: "US", regions: ["ny", "new york"], cities: ["ithaca"]), coversRemoteRoles: false,
            notes: "Silent on remote jobs."
        ),
        PayTransparencyLaw(
            id: "illinois", name: "Illinois", law: "Illinois Equal Pay Act of 2003", citation: "820 ILCS 112/10(b-25)",
            effective: CalendarDay(2025, 1, 1), minimumEmployees: 15, disclosures: [.payRange, .benefits, .otherCompensation],
            coverage: .region(country: "US", regions: ["il", "illinois"]), coversRemoteRoles: true,
            notes: "Covers jobs performed at least in part in Illinois, or reporting to a supervisor or office there."
        ),
        PayTransparencyLaw(
            id: "maryland", name: "Maryland", law: "Maryland Equal Pay for Equal Work – Wage Range Transparency",
            citation: "Md. Code, Lab. & Empl. § 3-304.2", effective: CalendarDay(2024, 10, 1), minimumEmployees: 1,
            disclosures: [.payRange, .benefits, .otherCompensation],
            coverage: .region(country: "US", regions: ["md", "maryland"]), coversRemoteRoles: true,
            notes: "The Maryland Department of Labor covers remote jobs that seek workers based in Maryland."
        ),
        PayTransparencyLaw(
            id: "hawaii", name: "Hawaii", law: "Hawaii Revised Statutes", citation: "HRS § 378-2.8",
            effective: CalendarDay(2024, 1, 1), minimumEmployees: 50, disclosures: [.payRange],
            coverage: .region(country: "US", regions: ["hi", "hawaii"]), coversRemoteRoles: false,
            notes: "Does not say whether the 50 employees are counted in Hawaii or everywhere; silent on remote jobs."
        ),
        PayTransparencyLaw(
            id: "minnesota", name: "Minnesota", law: "Minnesota pay transparency law", citation: "Minn. Stat. § 181.173",
            effective: CalendarDay(2025, 1, 1), minimumEmployees: 30, disclosures: [.payRange, .benefits, .otherCompensation],
            coverage: .region(country: "US", regions: ["mn", "minnesota"]), coversRemoteRoles: false,
            notes: "The threshold counts employees at sites in Minnesota; coverage of remote jobs is unclear."
        ),
        PayTransparencyLaw(
            id: "vermont", name: "Vermont", law: "Vermont pay transparency law (Act 155 of 2024)", citation: "21 V.S.A. § 495o",
            effective: CalendarDay(2025, 7, 1), minimumEmployees: 5, disclosures: [.payRange],
            coverage: .region(country: "US", regions: ["vt", "vermont"]), coversRemoteRoles: false,
            notes: "Covers remote jobs only when they predominantly serve an office in Vermont; commission-based jobs "
                + "may say so instead of giving a range."
        ),
        PayTransparencyLaw(
            id: "massachusetts", name: "Massachusetts", law: "Massachusetts salary range transparency act",
            citation: "M.G.L. c. 149, § 105F", effective: CalendarDay(2025, 10, 29), minimumEmployees: 25, disclosures: [.payRange],
            coverage: .region(country: "US", regions: ["ma", "massachusetts"]), coversRemoteRoles: false,
            notes: "Counts employees in Massachusetts; coverage of remote jobs depends on where the employee primarily works."
        ),
        PayTransparencyLaw(
            id: "new-jersey", name: "New Jersey", law: "New Jersey pay transparency law (P.L. 2024, c. 91)",
            citation: "N.J.S.A. 34:6B-26 et seq.", effective: CalendarDay(2025, 6, 1), minimumEmployees: 10,
            disclosures: [.payRange, .benefits, .otherCompensation],
            coverage: .region(country: "US", regions: ["nj", "new jersey"]), coversRemoteRoles: false,
            notes: "Employees are counted over 20 calendar weeks; the statute section numbers are our best reading."
        ),
        PayTransparencyLaw(
            id: "washington-dc", name: "Washington DC", law: "Wage Transparency Omnibus Amendment Act of 2023",
            citation: "D.C. Code § 32-1451 et seq.", effective: CalendarDay(2024, 6, 30), minimumEmployees: 1,
            disclosures: [.payRange, .benefits],
            coverage: .region(country: "US", regions: ["dc", "district of columbia", "washington dc"], cities: ["washington dc"]),
            coversRemoteRoles: false,
            notes: "The benefits disclosure is a description of healthcare benefits; coverage of remote jobs is unclear."
        ),
        PayTransparencyLaw(
            id: "british-columbia", name: "British Columbia", law: "British Columbia Pay Transparency Act",
            citation: "S.B.C. 2023, c. 18", effective: CalendarDay(2023, 11, 1), minimumEmployees: 1, disclosures: [.payRange],
            coverage: .region(country: "CA", regions: ["bc", "british columbia"]), coversRemoteRoles: false,
            notes: "Coverage of remote jobs open to British Columbia residents is unclear."
        ),
        PayTransparencyLaw(
            id: "ontario", name: "Ontario", law: "Ontario Employment Standards Act, 2000 (Working for Workers Four Act, 2024)",
            citation: "ESA s. 8.1; O. Reg. 476/24", effective: CalendarDay(2026, 1, 1), minimumEmployees: 25, disclosures: [.payRange],
            coverage: .region(country: "CA", regions: ["on", "ont", "ontario"]), coversRemoteRoles: true,
            rangeLimit: .init(currency: "CAD", maximumWidth: 50_000, exemptAbove: 200_000),
            notes: "Ranges may be at most CAD 50,000 wide; postings whose pay or range top is above CAD 200,000 a year are "
                + "exempt. Hourly, daily, weekly and monthly pay is annualized at 2,080 hours, 260 days, 52 weeks or 12 "
                + "months; ranges in other currencies are not checked for width."
        ),
        PayTransparencyLaw(
            id: "eu", name: "the European Union", law: "EU Pay Transparency Directive", citation: "Directive (EU) 2023/970, Art. 5",
            effective: CalendarDay(2026, 6, 7), minimumEmployees: 1, disclosures: [.payRange],
            coverage: .countries([
                "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
                "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            ]),
            coversRemoteRoles: false, requiresPayInPosting: false,
            notes: "Applies through each member state's transposing law from the transposition deadline (2026-06-07); "
                + "national laws may be stricter or late. Pay may be given in the posting or before the interview, so a "
                + "missing salary is a warning, not an error. EEA countries (Iceland, Liechtenstein, Norway) are not included."
        ),
    ]
}
