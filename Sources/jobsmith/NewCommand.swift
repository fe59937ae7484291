import ArgumentParser
import Foundation
import JobsmithCore
import JobsmithDomain
import JobsmithLibrary

/// `jobsmith new TEMPLATE --company NAME`: composes a job description from a built-in template and prints it.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Compose a job description from a built-in template and print it (no server needed)."
    )

    @Argument(help: "The template's slug (see `jobsmith templates`).")
    var template: String

    @Option(help: "Company name for {{company}}.")
    var company: String

    @Option(help: "\"City, Region, CC\" or \"City, CC\" (CC = ISO country code), e.g. \"Denver, CO, US\".")
    var location: String?

    @Option(help: "Pay range as MIN-MAX CURRENCY[/PERIOD], e.g. \"90000-120000 USD/year\" or \"42-51.50 USD/hour\".")
    var salary: String?

    @Option(help: "Team name for {{team}}.")
    var team: String?

    @Option(help: "Job title, when it differs from the template's.")
    var title: String?

    @Option(help: "onsite, hybrid or remote.")
    var workplace: WorkplaceType?

    @Option(help: "full_time, part_time, contract, temporary or internship.")
    var employmentType: EmploymentType?

    @Option(help: "Output format: md, html, json or txt.")
    var format: OutputFormat = .md

    func run() async throws {
        let library = try BuiltInTemplates.load()
        guard let chosen = library.first(where: { $0.slug == template }) else {
            let suggestions = TemplateRanking.search(library, query: template).prefix(3).map(\.slug)
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)"
            throw CommandFailure(message: "no built-in template has the slug \"\(template)\"\(hint)")
        }
        let request = ComposeRequest(
            template: template, title: title, location: try location.map(Self.location), salary: try salary.map(Self.salary),
            workplaceType: workplace, employmentType: employmentType, team: team
        )
        switch Composer.compose(chosen, profile: CompanyProfile(name: company), request: request) {
        case .failure(let failure):
            throw CommandFailure(message: failure.problems.map { "\($0.pointer): \($0.message)" }.joined(separator: "; "))
        case .success(let document):
            let problems = document.validate()
            guard problems.isEmpty else {
                throw CommandFailure(message: problems.map { "\($0.pointer) \($0.message)" }.joined(separator: "; "))
            }
            print(format.render(document), terminator: "")
        }
    }

    static func location(_ text: String) throws -> Location {
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch parts.count {
        case 1: return Location(city: parts[0])
        case 2 where ISOCodes.countries.contains(parts[1]): return Location(city: parts[0], country: parts[1])
        case 3 where ISOCodes.countries.contains(parts[2]): return Location(city: parts[0], region: parts[1], country: parts[2])
        default:
            throw CommandFailure(message: "--location must be \"City, Region, CC\" or \"City, CC\" with an ISO country code (got \"\(text)\")")
        }
    }

    static func salary(_ text: String) throws -> Salary {
        let pattern = /^\s*([0-9][0-9,.]*)\s*(k?)\s*[-–]\s*([0-9][0-9,.]*)\s*(k?)\s+([A-Za-z]{3})(?:\s*\/\s*(hour|day|week|month|year))?\s*$/
        guard let match = text.firstMatch(of: pattern),
            let low = Double(match.1.replacingOccurrences(of: ",", with: "")),
            let high = Double(match.3.replacingOccurrences(of: ",", with: ""))
        else {
            throw CommandFailure(message: "--salary must look like \"90000-120000 USD/year\" (got \"\(text)\")")
        }
        let period = match.6.flatMap { Salary.Period(rawValue: String($0)) } ?? .year
        let salary = Salary(
            min: match.2.isEmpty ? low : low * 1000, max: match.4.isEmpty ? high : high * 1000, currency: match.5.uppercased(), period: period
        )
        let problems = JobDocument(title: "x", salary: salary).validate()
        guard problems.isEmpty else {
            throw CommandFailure(
                message: "--salary: " + problems.map { "\($0.pointer.dropFirst("/salary/".count)) \($0.message)" }.joined(separator: "; "))
        }
        return salary
    }
}

extension WorkplaceType: ExpressibleByArgument {}
extension EmploymentType: ExpressibleByArgument {}
