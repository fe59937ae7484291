import JobsmithDomain

/// Applies ``PayTransparencyLaws`` to a job: to its location, and to remote jobs open to a whole country.
///
/// A missing or open-ended range (minimum 0, or no maximum) is an error citing the law, as is a range wider than
/// the law allows; missing benefits where the law asks for them are a warning. Findings are capped at a warning
/// when the employer's size is unknown and the law has a threshold, or when a remote job names only its country,
/// and are info when the law is not in force yet. Employers below a known threshold get no finding.
enum PayTransparencyCheck {
    private struct Problem {
        var location: FieldLocation
        var severity: Severity
        var message: String
        /// What fixes this problem, and only this one.
        var suggestion: String
    }

    /// Adds the findings of every law that applies to `document`.
    static func check(_ document: JobDocument, options: LintOptions, findings: inout FindingCollector) {
        guard options.checksJobFacts, let location = document.location else { return }
        let today = CalendarDay(options.today)
        let place = PayTransparencyLaw.Place(location)
        let countryOnly = place.region.isEmpty && place.city.isEmpty
        let remoteCountry = document.workplaceType == .remote && countryOnly ? place.country : nil
        for law in PayTransparencyLaws.all {
            let covered = law.covers(place)
            let remoteOnly = !covered && law.coversRemoteRoles && remoteCountry.map(law.belongs(toCountry:)) == true
            guard covered || remoteOnly else { continue }
            if let employees = options.employeeCount, employees < law.minimumEmployees { continue }
            var ceiling = Severity.error
            var context = ""
            if today < law.effective {
                ceiling = .info
                context += " It takes effect on \(law.effective)."
            }
            if remoteOnly {
                ceiling = min(ceiling, .warning)
                context += " Remote jobs open to candidates in \(law.name) are covered; this applies if you would hire there."
            }
            if options.employeeCount == nil, law.minimumEmployees > 1 {
                ceiling = min(ceiling, .warning)
                context += " It applies if you have \(law.minimumEmployees) or more employees."
            }
            for problem in problems(law, document) {
                findings.add(
                    law.ruleID, min(problem.severity, ceiling), at: problem.location, message: problem.message + context,
                    suggestion: problem.suggestion)
            }
        }
    }

    private static func problems(_ law: PayTransparencyLaw, _ document: JobDocument) -> [Problem] {
        let payMissing: Severity = law.requiresPayInPosting ? .error : .warning
        let requirement =
            law.requiresPayInPosting
            ? "\(law.citedName) requires the pay or pay range in job postings in \(law.name)"
            : "\(law.citedName) requires telling candidates in \(law.name) the starting pay or pay range in the posting or before the interview"
        var problems: [Problem] = []
        if let salary = document.salary {
            let annual = annualized(salary)
            if let limit = law.rangeLimit, salary.currency == limit.currency, annual.max > limit.exemptAbove {
                return []
            }
            if salary.min <= 0 || salary.max <= 0 {
                problems.append(
                    Problem(
                        location: .field(.salary), severity: payMissing,
                        message: "\(requirement); this posting's range is open-ended (\(salary.displayText)).",
                        suggestion: "Give both the lowest and the highest pay you in good faith expect to offer."))
            } else if let limit = law.rangeLimit, salary.currency == limit.currency, annual.max - annual.min > limit.maximumWidth {
                let allowed = "\(limit.currency) \(Int(limit.maximumWidth).formattedThousands)"
                let exempt = "\(limit.currency) \(Int(limit.exemptAbove).formattedThousands)"
                let width = "\(limit.currency) \(Int(annual.max - annual.min).formattedThousands)"
                problems.append(
                    Problem(
                        location: .field(.salary), severity: .error,
                        message: "\(law.citedName) allows pay ranges at most \(allowed) a year wide (unless the top is above \(exempt)); "
                            + "this range is \(width) a year wide.",
                        suggestion: "Narrow the range to at most \(allowed) a year."))
            }
        } else {
            problems.append(
                Problem(
                    location: .field(.salary), severity: payMissing, message: "\(requirement); this posting has no salary.",
                    suggestion: suggestion(for: law)))
        }
        if law.disclosures.contains(.benefits), document.benefits.allSatisfy(\.isBlank) {
            problems.append(
                Problem(
                    location: .field(.benefits), severity: .warning,
                    message:
                        "\(law.citedName) also requires a general description of benefits in job postings in \(law.name); this posting lists none.",
                    suggestion: "List the benefits in general terms, e.g. health insurance, retirement plan and paid time off."))
        }
        return problems
    }

    private static func suggestion(for law: PayTransparencyLaw) -> String {
        var parts = ["the minimum and maximum pay you in good faith expect to offer"]
        if law.disclosures.contains(.benefits) { parts.append("a general description of benefits") }
        if law.disclosures.contains(.otherCompensation) { parts.append("other compensation such as bonuses, commissions or equity") }
        let list = parts.count > 1 ? parts.dropLast().joined(separator: ", ") + " and " + parts[parts.count - 1] : parts[0]
        var text = "Add " + list + "."
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
