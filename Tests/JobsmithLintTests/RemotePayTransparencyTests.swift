import JobsmithDomain
import JobsmithLint
import Testing

@Suite("Pay transparency for remote jobs")
struct RemotePayTransparencyTests {
    @Test("A remote job open to the whole US warns about the states that cover remote roles, without errors")
    func remoteUnitedStates() {
        let doc = document(salary: nil, location: Location(country: "US"), workplaceType: .remote)
        let all = Linter.lint(doc, options: options()).findings(prefix: "pay-transparency")
        // Virginia's law, not in force on this day, is noted as info.
        #expect(all.filter { $0.severity == .info }.map(\.rule) == ["pay-transparency-virginia"])
        let findings = all.filter { $0.severity != .info }
        #expect(
            Set(findings.map(\.rule)) == [
                "pay-transparency-colorado", "pay-transparency-california", "pay-transparency-washington", "pay-transparency-new-york",
                "pay-transparency-illinois", "pay-transparency-maryland",
            ])
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(findings.first { $0.rule == "pay-transparency-colorado" }?.message.contains("Remote jobs open to candidates in Colorado") == true)
    }

    @Test("A remote job with a covered region is checked like an on-site job there")
    func remoteInColorado() {
        let doc = document(salary: nil, location: Location(region: "CO", country: "US"), workplaceType: .remote)
        let findings = Linter.lint(doc, options: options()).findings(prefix: "pay-transparency")
        #expect(findings.map(\.rule) == ["pay-transparency-colorado"])
        #expect(findings.first?.severity == .error)
    }

    @Test("An on-site job that names only the country is not treated as remote")
    func onsiteCountryOnly() {
        let doc = document(salary: nil, location: Location(country: "US"), workplaceType: .onsite)
        #expect(Linter.lint(doc, options: options()).findings(prefix: "pay-transparency").isEmpty)
    }

    @Test("A remote job with a range has nothing to fix")
    func remoteWithRange() {
        let doc = document(location: Location(country: "US"), workplaceType: .remote)
        #expect(Linter.lint(doc, options: options()).findings(prefix: "pay-transparency").isEmpty)
    }

    @Test("A remote job open to Canada is covered by Ontario once its law is in force")
    func remoteCanada() {
        let doc = document(salary: nil, location: Location(country: "CA"), workplaceType: .remote)
        let findings = Linter.lint(doc, options: options(today: "2026-03-01")).findings(prefix: "pay-transparency")
        // Pay, and Ontario's vacancy and AI statements, all capped at warnings for a remote job.
        #expect(Set(findings.map(\.rule)) == ["pay-transparency-ontario"])
        #expect(findings.map(\.section) == ["/salary", "/hiring/existingVacancy", "/hiring/aiScreening"])
        #expect(findings.allSatisfy { $0.severity == .warning })
    }

    @Test("A remote job open to an EU country falls under the directive")
    func remoteEurope() {
        let doc = document(salary: nil, location: Location(country: "FR"), workplaceType: .remote)
        #expect(Linter.lint(doc, options: options(today: "2026-07-01")).findings("pay-transparency-eu").map(\.severity) == [.warning])
    }
}
