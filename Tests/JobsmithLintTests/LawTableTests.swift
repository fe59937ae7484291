import JobsmithLint
import Testing

/// The law table is data; these checks keep it coherent.
@Suite("The pay-transparency law table")
struct LawTableTests {
    private var rules: [LintRuleInfo] { LintRuleCatalog.all.filter { $0.category == .payTransparency } }

    @Test("Every law has a rule, a citation in its reason and a unique id")
    func everyLawHasARule() {
        let ids = rules.map(\.id)
        #expect(ids.count == Set(ids).count)
        #expect(ids.count >= 29)
        for id in [
            "colorado", "california", "washington", "new-york", "new-york-city", "jersey-city", "ithaca", "illinois", "maryland", "hawaii",
            "minnesota", "vermont", "massachusetts", "new-jersey", "washington-dc", "british-columbia", "ontario", "eu", "cleveland",
            "columbus", "virginia", "delaware", "maine", "prince-edward-island", "italy", "lithuania", "malta", "poland", "slovakia",
        ] {
            #expect(ids.contains("pay-transparency-\(id)"), "\(id)")
        }
        #expect(rules.allSatisfy { $0.reason.contains("in force from 20") })
    }

    @Test("The page lists all 27 EU member states")
    func memberStates() {
        let markdown = PayTransparencyDocumentation.markdown()
        for code in [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO",
            "SK", "SI", "ES", "SE",
        ] {
            #expect(markdown.contains("| \(code) | "), "\(code)")
        }
        #expect(markdown.contains("| PL | [Polish Labour Code"))
    }
}
