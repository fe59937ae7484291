import JobsmithDomain
import Testing

@testable import JobsmithImport

@Suite("Salary lines")
struct SalaryParsingTests {
    struct Shape: Sendable, CustomStringConvertible {
        var line: String
        var salary: Salary
        var periodStated = true
        var bounded = false
        var description: String { line }
    }

    static let shapes: [Shape] = [
        Shape(line: "$145,000 – $175,000 per year", salary: Salary(min: 145_000, max: 175_000, currency: "USD", period: .year)),
        Shape(line: "$42.00 - $51.50 per hour", salary: Salary(min: 42, max: 51.5, currency: "USD", period: .hour)),
        Shape(line: "60.000 € – 75.000 € brutto pro Jahr", salary: Salary(min: 60_000, max: 75_000, currency: "EUR", period: .year)),
        Shape(line: "CAD 62,000 - 70,000", salary: Salary(min: 62_000, max: 70_000, currency: "CAD", period: .year), periodStated: false),
        Shape(line: "£45k–£55k", salary: Salary(min: 45_000, max: 55_000, currency: "GBP", period: .year), periodStated: false),
        Shape(line: "USD 145,000 – 175,000 per year", salary: Salary(min: 145_000, max: 175_000, currency: "USD", period: .year)),
        Shape(line: "up to $80,000", salary: Salary(min: 80_000, max: 80_000, currency: "USD", period: .year), periodStated: false, bounded: true),
        Shape(line: "$45–55k per year", salary: Salary(min: 45_000, max: 55_000, currency: "USD", period: .year)),
        Shape(line: "3.200 € – 3.800 € brutto pro Monat", salary: Salary(min: 3_200, max: 3_800, currency: "EUR", period: .month)),
        Shape(line: "1.234,56 € pro Tag", salary: Salary(min: 1_234.56, max: 1_234.56, currency: "EUR", period: .day)),
        Shape(line: "€25/h", salary: Salary(min: 25, max: 25, currency: "EUR", period: .hour)),
        Shape(line: "$18 - $22", salary: Salary(min: 18, max: 22, currency: "USD", period: .hour), periodStated: false),
        Shape(line: "CHF 110'000 to 130'000 annually", salary: Salary(min: 110_000, max: 130_000, currency: "CHF", period: .year)),
        Shape(line: "USD 42.50 – 51.75 per hour", salary: Salary(min: 42.5, max: 51.75, currency: "USD", period: .hour)),
        Shape(line: "AU$95,000 - AU$110,000 a year", salary: Salary(min: 95_000, max: 110_000, currency: "AUD", period: .year)),
        Shape(line: "between 50,000 and 60,000 euros per annum", salary: Salary(min: 50_000, max: 60_000, currency: "EUR", period: .year)),
        Shape(line: "ab 45.000 € jährlich", salary: Salary(min: 45_000, max: 45_000, currency: "EUR", period: .year), bounded: true),
        Shape(line: "$6,500 per month", salary: Salary(min: 6_500, max: 6_500, currency: "USD", period: .month)),
        Shape(line: "$1,200 - $1,500 weekly", salary: Salary(min: 1_200, max: 1_500, currency: "USD", period: .week)),
    ]

    @Test("reads the salary", arguments: shapes)
    func reads(_ shape: Shape) throws {
        let match = try #require(SalaryParser.parse(shape.line))
        #expect(match.salary == shape.salary)
        #expect(match.periodStated == shape.periodStated)
        #expect(match.bounded == shape.bounded)
        #expect(match.pure)
    }

    @Test("reads the salary from a labelled line and reports assumptions", arguments: shapes)
    func readsThroughImporter(_ shape: Shape) throws {
        let result = try Importer.parse("Line Cook\n\nSalary: \(shape.line)\n\nSummary\nCook good food.\n", format: .text)
        #expect(result.document.salary == shape.salary)
        #expect(result.document.otherSections.isEmpty)
        let assumed = !shape.periodStated || shape.bounded
        #expect(result.report.warnings.isEmpty == !assumed, "\(result.report.warnings)")
        #expect(result.report.confidence == (assumed ? 1 - 0.05 * Double((shape.periodStated ? 0 : 1) + (shape.bounded ? 1 : 0)) : 1))
    }

    @Test("numbers without a currency are not salaries", arguments: ["3+ years of experience", "401(k) with a 4% match", "A team of 14 to 20"])
    func notSalaries(_ line: String) {
        #expect(SalaryParser.parse(line) == nil)
    }

    @Test("a salary inside a sentence is read and the sentence is kept")
    func sentence() throws {
        let text = "Nurse\n\nCompensation\nThe base pay for this role is $42 - $51 per hour, plus a night differential.\n"
        let result = try Importer.parse(text, format: .text)
        #expect(result.document.salary == Salary(min: 42, max: 51, currency: "USD", period: .hour))
        #expect(
            result.document.otherSections == [
                OtherSection(heading: "Compensation", body: "The base pay for this role is $42 - $51 per hour, plus a night differential.")
            ])
    }

    @Test("a bare dollar sign is the local dollar of the location")
    func localDollar() throws {
        let text = "Barista\n\nLocation: Vancouver, BC\nPay: $18.50 - $21.00 per hour\n"
        let result = try Importer.parse(text, format: .text)
        #expect(result.document.salary == Salary(min: 18.5, max: 21, currency: "CAD", period: .hour))
        #expect(result.report.warnings.contains("Read “$” as CAD because the job is in CA."))
    }

    @Test("a second, different salary is kept in the text")
    func secondSalary() throws {
        let text = "Barista\n\nSalary: $40,000 - $45,000 per year\n\nAbout the role\nGreat coffee.\nSalary: $50,000 per year\n"
        let result = try Importer.parse(text, format: .text)
        #expect(result.document.salary?.min == 40_000)
        #expect(result.document.summary == "Great coffee.\nSalary: $50,000 per year")
    }
}
