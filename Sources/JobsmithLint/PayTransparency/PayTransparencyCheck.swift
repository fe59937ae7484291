import JobsmithDomain

/// Applies the law table to a job as of a day: to every place it is open in and to every jurisdiction remote
/// applicants may live in.
///
/// Each finding names the law, its citation and the places it is about. A missing or open-ended range (minimum 0, or
/// no maximum) is an error where the law wants pay in the posting, as is a range wider than the law allows; missing
/// benefits where the law asks for them are a warning. Findings are capped at a warning when the employer's size is
/// unknown and the law has a threshold, or when a remote job names only its country; a law that takes effect within
/// ``upcomingWindowDays`` days gives an "upcoming" warning with its date, one further out an info. Employers below a
/// known threshold get no finding. Where an EU member state's own law is in force it is checked instead of the
/// directive; where none is after the directive's deadline, the directive's findings say the deadline has passed.
enum PayTransparencyCheck {
    /// Laws taking effect within this many days of the check's day give an "upcoming" warning.
    static let upcomingWindowDays = 90

    /// What the places covered by one law are paid from: the base salary or one pay zone.
    private struct PayGroup {
        var zone: Int?
        var salary: Salary?
        var names: [String]
    }

    /// A law whose area the job touches: which of its places it covers, whether it reaches remote applicants, and
    /// whether the employer is below its size threshold (then it does not apply).
    struct Touch {
        var law: PayTransparencyLaw
        /// Indexes into ``JobDocument/placePay`` of the places in the law's area.
        var covered: [Int]
        /// Whether remote applicants may live in the law's area.
        var remote: Bool
        /// Whether the employer's known size is below the law's threshold.
        var exempt: Bool
    }

    /// Every law whose area `document` touches as of `options.asOf`, in the table's order: through a place, or
    /// through where remote applicants may live. Where an EU member state's own law is in force it replaces the
    /// directive there.
    static func touches(_ document: JobDocument, options: LintOptions) -> [Touch] {
        let asOf = CalendarDay(options.asOf)
        let places = document.placePay.map { NormalizedPlace($0.location) }
        let area = remoteArea(document, places: places)
        let laws = PayTransparencyLaws.all
        var touches: [Touch] = []
        for law in laws {
            var covered = places.indices.filter { law.covers(places[$0]) }
            var remote = area.map { law.coversRemoteRoles && law.covers($0) } ?? false
            if law.id == transposedDirective {
                // A member state's own law in force replaces the directive there.
                let superseded = Set(
                    laws.filter { $0.implements == law.id && $0.effective <= asOf }.flatMap(\.countries))
                covered = covered.filter { places[$0].country.map { !superseded.contains($0) } ?? true }
                remote = remote && area.map { !$0.countries.isSubset(of: superseded) } == true
            }
            guard !covered.isEmpty || remote else { continue }
            let exempt = options.employeeCount.map { $0 < law.minimumEmployees } ?? false
            touches.append(Touch(law: law, covered: covered, remote: remote, exempt: exempt))
        }
        return touches
    }

    /// The names of the places `touch` covers, as findings name them, with "remote applicants in …" for remote reach.
    static func placeNames(of touch: Touch, in document: JobDocument) -> [String] {
        let pays = document.placePay
        var names = touch.covered.map { pays[$0].location.displayName }
        if touch.remote, let area = remoteArea(document, places: pays.map { NormalizedPlace($0.location) }) {
            names.append("remote applicants in \(area.displayName)")
        }
        return names
    }

    /// Adds the findings of every law that applies to `document`.
    static func check(_ document: JobDocument, options: LintOptions, findings: inout FindingCollector) {
        guard options.checksJobFacts else { return }
        let asOf = CalendarDay(options.asOf)
        let pays = document.placePay
        let area = remoteArea(document, places: pays.map { NormalizedPlace($0.location) })
        for touch in touches(document, options: options) where !touch.exempt {
            let law = touch.law
            let context = Context(law: law, asOf: asOf, employeeCount: options.employeeCount, remoteOnly: touch.covered.isEmpty ? area : nil)
            var groups: [PayGroup] = []
            for index in touch.covered {
                let name = pays[index].location.displayName
                if let existing = groups.firstIndex(where: { $0.zone == pays[index].zone }) {
                    groups[existing].names.append(name)
                } else {
                    groups.append(PayGroup(zone: pays[index].zone, salary: pays[index].salary, names: [name]))
                }
            }
            if let area, touch.remote {
                let name = "remote applicants in \(area.displayName)"
                if let base = groups.firstIndex(where: { $0.zone == nil }) {
                    groups[base].names.append(name)
                } else {
                    groups.append(PayGroup(zone: nil, salary: document.salary, names: [name]))
                }
            }
            for group in groups { payProblems(law, group, context, findings: &findings) }
            otherProblems(law, document, context, findings: &findings)
        }
    }

    /// The id of the directive that member states' laws transpose.
    static let transposedDirective = "eu"

    /// Where remote applicants may live: the posting's `remote`, or — for a remote job without one — the countries of
    /// its places that name only a country (the meaning such postings have always had here).
    private static func remoteArea(_ document: JobDocument, places: [NormalizedPlace]) -> NormalizedArea? {
        if let remote = document.remote { return NormalizedArea(remote, stated: true) }
        guard document.workplaceType == .remote else { return nil }
        let countries = places.filter(\.isCountryOnly).compactMap(\.country)
        return countries.isEmpty ? nil : NormalizedArea(RemoteEligibility(countries: countries), stated: false)
    }

    /// How severe a law's findings may be and what every message adds: the date, the size threshold, remote reach.
    struct Context {
        var ceiling = Severity.error
        var suffix = ""
        var law: PayTransparencyLaw

        init(law: PayTransparencyLaw, asOf: CalendarDay, employeeCount: Int?, remoteOnly: NormalizedArea?) {
            self.law = law
            let untilEffective = asOf.days(until: law.effective)
            let dateNote = law.unverified.contains("effective") ? " (date not verified)" : ""
            if untilEffective > upcomingWindowDays {
                ceiling = .info
                suffix += " It takes effect on \(law.effective)\(dateNote)."
            } else if untilEffective > 0 {
                ceiling = .warning
                suffix += " Upcoming: it takes effect on \(law.effective)\(dateNote), in \(untilEffective) days."
            } else if law.id == transposedDirective {
                ceiling = .warning
                suffix +=
                    " The deadline for member states to transpose it passed on \(law.effective), and this country's own law is not in force yet."
            }
            if let remoteOnly, !remoteOnly.stated {
                ceiling = min(ceiling, .warning)
                suffix += " Remote jobs open to candidates in \(law.jurisdiction) are covered; this applies if you would hire there."
            }
            if employeeCount == nil, law.minimumEmployees > 1 {
                ceiling = min(ceiling, .warning)
                suffix += " It applies if you have \(law.minimumEmployees) or more employees."
            }
        }

        /// Adds a finding of this law, capped at the ceiling, with the advice that fixes this problem and only it.
        func add(
            _ severity: Severity, at location: FieldLocation, start: Int = 0, end: Int = 0, _ message: String, suggestion: String,
            findings: inout FindingCollector
        ) {
            findings.add(
                law.ruleID, min(severity, ceiling), at: location, start: start, end: end, message: message + suffix, suggestion: suggestion)
        }
    }

    private static func payProblems(_ law: PayTransparencyLaw, _ group: PayGroup, _ context: Context, findings: inout FindingCollector) {
        let location: FieldLocation = group.zone.map(FieldLocation.payZone) ?? .field(.salary)
        let places = group.names.joined(separator: "; ")
        let payMissing: Severity = law.requiresPayInPosting ? .error : .warning
        let requirement = "\(law.citedName) requires the pay or pay range \(law.payTiming.wording) for jobs in \(law.jurisdiction)"
        guard let salary = group.salary else {
            context.add(
                payMissing, at: location, "\(requirement); this posting gives no pay for \(places).", suggestion: suggestion(for: law),
                findings: &findings)
            return
        }
        let annual = annualized(salary)
        if let limit = law.rangeLimit, salary.currency == limit.currency, annual.max > limit.exemptAbove { return }
        if salary.min <= 0 || salary.max <= 0 {
            context.add(
                payMissing, at: location, "\(requirement); the range for \(places) is open-ended (\(salary.displayText)).",
                suggestion: "Give both the lowest and the highest pay you in good faith expect to offer.", findings: &findings)
        } else if let limit = law.rangeLimit, salary.currency == limit.currency, annual.max - annual.min > limit.maximumWidth {
            let allowed = "\(limit.currency) \(Int(limit.maximumWidth).formattedThousands)"
            let exempt = "\(limit.currency) \(Int(limit.exemptAbove).formattedThousands)"
            let width = "\(limit.currency) \(Int(annual.max - annual.min).formattedThousands)"
            context.add(
                .error, at: location,
                "\(law.citedName) allows pay ranges at most \(allowed) a year wide (unless the top is above \(exempt)); "
                    + "the range for \(places) is \(width) a year wide.", suggestion: "Narrow the range to at most \(allowed) a year.",
                findings: &findings)
        }
    }

    private static func otherProblems(_ law: PayTransparencyLaw, _ document: JobDocument, _ context: Context, findings: inout FindingCollector) {
        if law.disclose.contains(.benefits), document.benefits.allSatisfy(\.isBlank) {
            context.add(
                .warning, at: .field(.benefits),
                "\(law.citedName) also requires a general description of benefits in job postings in \(law.jurisdiction); this posting lists none.",
                suggestion: "List the benefits in general terms, e.g. health insurance, retirement plan and paid time off.", findings: &findings)
        }
        for rule in law.postingRules {
            PostingRuleCheck.check(rule, law: law, document: document, context: context, findings: &findings)
        }
    }

    /// The advice for a posting that gives no pay, and for the rule's catalog entry.
    static func suggestion(for law: PayTransparencyLaw) -> String {
        var parts = ["the minimum and maximum pay you in good faith expect to offer"]
        if law.disclose.contains(.benefits) { parts.append("a general description of benefits") }
        if law.disclose.contains(.otherCompensation) { parts.append("other compensation such as bonuses, commissions or equity") }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1] : parts[0]
        var text = "Add " + list + "; where pay differs by place, give each place its range in payByLocation."
        if let limit = law.rangeLimit {
            text += " Keep the range at most \(limit.currency) \(Int(limit.maximumWidth).formattedThousands) a year wide."
        }
        return text
    }

    /// The salary's amounts per year: 2,080 hours, 260 days, 52 weeks or 12 months.
    static func annualized(_ salary: Salary) -> (min: Double, max: Double) {
        let factor: Double =
            switch salary.period {
            case .hour: 2_080
            case .day: 260
            case .week: 52
            case .month: 12
            case .year: 1
            }
        return (salary.min * factor, salary.max * factor)
    }
}
