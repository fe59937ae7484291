import JobsmithDomain
import JobsmithImport
import Testing

@Suite("Structure reading")
struct StructureReadingTests {
    @Test("a paste whose headings sit right above their lists, without blank lines")
    func pasteWithoutBlankLines() throws {
        let text = """
            Senior Data Engineer
            About the role
            We are looking for a Senior Data Engineer to build the data platform behind our pricing products.
            What you'll do
            Design and build batch and streaming pipelines in Python and SQL
            Own our dbt models and the Snowflake warehouse
            What we're looking for
            5+ years of experience in data engineering
            Experience with Airflow or Dagster
            """
        let result = try Importer.parse(text, format: .text)
        #expect(result.document.summary == "We are looking for a Senior Data Engineer to build the data platform behind our pricing products.")
        #expect(
            result.document.responsibilities == [
                "Design and build batch and streaming pipelines in Python and SQL", "Own our dbt models and the Snowflake warehouse",
            ])
        #expect(result.document.requirements == ["5+ years of experience in data engineering", "Experience with Airflow or Dagster"])
        #expect(result.report.confidence == 1)
    }

    @Test("a template site's page: title, blurb, question headings, bare labels and alternating KPI lines")
    func templateSitePage() throws {
        let text = """
            Backend Developer job description
            This Backend Developer job description template is optimized for posting on online job boards. Use this template to save time.
            What are the Key Responsibilities of Backend Developer
            Write clean code to develop functional web applications
            Troubleshoot and debug applications
            Key Performance Indicators
            These are the KPIs used to measure how well a Backend Developer performs in the role.
            API uptime
            The share of time the production APIs are available, measured monthly.
            Collaboration
            How product managers rate working with you, surveyed every quarter.
            Reports to
            Engineering Manager
            Collaborates with
            Frontend developers, product managers, and QA engineers
            Leads
            Junior backend developers
            Are any specific tools or software required for the Backend Developer role?
            Python, Django, PostgreSQL, Docker
            What qualifications are required for a Backend Developer
            BSc degree in Computer Science or relevant field
            """
        let result = try Importer.parse(text, format: .text)
        let document = result.document
        #expect(document.title == "Backend Developer")
        #expect(document.summary == nil)
        #expect(document.responsibilities == ["Write clean code to develop functional web applications", "Troubleshoot and debug applications"])
        #expect(document.kpis.map(\.name) == ["API uptime", "Collaboration"])
        #expect(document.kpis.last?.description == "How product managers rate working with you, surveyed every quarter.")
        #expect(document.reportsTo == "Engineering Manager")
        #expect(document.collaboratesWith == ["Frontend developers", "product managers", "QA engineers"])
        #expect(document.leads == ["Junior backend developers"])
        #expect(document.tools == ["Python", "Django", "PostgreSQL", "Docker"])
        #expect(document.qualifications == ["BSc degree in Computer Science or relevant field"])
        #expect(document.otherSections.map(\.heading) == ["About this template", "Key Performance Indicators"])
        #expect(document.otherSections.first?.body.hasPrefix("This Backend Developer job description template") == true)
        #expect(result.report.warnings.contains("Kept the template site’s notes out of the summary, under “About this template”."))
    }

    @Test(
        "template-site titles are reduced to the role",
        arguments: [
            "Backend Developer job description", "Backend Developer Job Description Template", "Job description: Backend Developer",
            "Backend Developer - Job Description", "Backend Developer job description sample",
        ])
    func templateTitles(_ title: String) throws {
        let result = try Importer.parse("\(title)\n\nResponsibilities\n- Build APIs\n", format: .text)
        #expect(result.document.title == "Backend Developer")
    }

    @Test("a document headed only \"Job Description\" takes the next line as the title")
    func documentLabelFirst() throws {
        let result = try Importer.parse("JOB DESCRIPTION\nWarehouse Associate\n\nResponsibilities\n- Pick orders\n", format: .text)
        #expect(result.document.title == "Warehouse Associate")
    }

    @Test("in HTML, a KPI list followed by a location and an equal-opportunity sentence")
    func kpiListThenFacts() throws {
        let html = """
            <h1>Support Team Lead</h1><h2>How success is measured</h2>
            <ul><li>First response time: median under two hours, reviewed weekly.</li><li>CSAT: above 92%, reviewed monthly.</li></ul>
            <p>Location: Austin, TX</p>
            <p>Acme Corp is an equal opportunity employer. All qualified applicants will receive consideration for employment.</p>
            """
        let result = try Importer.parse(html, format: .html)
        #expect(result.document.kpis.map(\.name) == ["First response time", "CSAT"])
        #expect(result.document.location == Location(city: "Austin", region: "TX", country: "US"))
        #expect(result.document.otherSections.map(\.heading) == ["Equal opportunity"])
        #expect(result.document.otherSections.first?.body.hasPrefix("Acme Corp is an equal opportunity employer.") == true)
    }

    @Test("in a paste, a list ends where a labelled fact follows it")
    func listEndsAtFact() throws {
        let text = """
            Line Cook
            Responsibilities
            Prepare sauces and stocks
            Keep the station clean
            Salary: $19-$23 per hour
            Apply in person at 14 Main Street, Monday to Friday between 2 and 4 pm.
            """
        let result = try Importer.parse(text, format: .text)
        #expect(result.document.responsibilities == ["Prepare sauces and stocks", "Keep the station clean"])
        #expect(result.document.salary == Salary(min: 19, max: 23, currency: "USD", period: .hour))
        #expect(result.document.otherSections.map(\.heading) == ["Additional information"])
    }

    @Test(
        "locations and work modes written into the title",
        arguments: [
            (
                "Account Executive, Mid-Market (Chicago, IL)", "Account Executive, Mid-Market",
                Location?(Location(city: "Chicago", region: "IL", country: "US")), WorkplaceType?.none
            ),
            ("Registered Nurse – Boston, MA", "Registered Nurse", Location(city: "Boston", region: "MA", country: "US"), nil),
            ("Product Designer | Remote", "Product Designer", nil, .remote),
            (
                "Site Reliability Engineer (Hybrid – Denver, CO)", "Site Reliability Engineer", Location(city: "Denver", region: "CO", country: "US"),
                .hybrid
            ),
        ])
    func titleFacts(_ line: String, _ title: String, _ location: Location?, _ workplace: WorkplaceType?) throws {
        let result = try Importer.parse("\(line)\n\nResponsibilities\n- Do the work\n", format: .text)
        #expect(result.document.title == title)
        #expect(result.document.location == location)
        #expect(result.document.workplaceType == workplace)
    }

    @Test("a title keeps a place the body contradicts, so nothing is lost")
    func titleFactConflict() throws {
        let result = try Importer.parse("Nurse (Chicago, IL)\n\nLocation: Boston, MA\n\nResponsibilities\n- Care\n", format: .text)
        #expect(result.document.title == "Nurse (Chicago, IL)")
        #expect(result.document.location == Location(city: "Boston", region: "MA", country: "US"))
    }

    @Test(
        "a title that only looks like it has facts keeps them",
        arguments: ["Registered Nurse – Cardiac Step-Down Unit", "Pflegefachkraft (m/w/d)", "Account Executive, DACH"])
    func titleWithoutFacts(_ title: String) throws {
        #expect(try Importer.parse("\(title)\n\nResponsibilities\n- Care\n", format: .text).document.title == title)
    }

    @Test("\"City, ST\" in the header is the location when no other is given")
    func cityAndStateInHeader() throws {
        let text = "Dental Hygienist\nBright Smiles Family Dentistry is hiring in Salt Lake City, UT.\n\nResponsibilities\n- Clean teeth\n"
        let result = try Importer.parse(text, format: .text)
        #expect(result.document.location == Location(city: "Salt Lake City", region: "UT", country: "US"))
        #expect(result.document.summary == "Bright Smiles Family Dentistry is hiring in Salt Lake City, UT.")
        #expect(
            result.report.warnings.contains(
                "Read the location “Salt Lake City, UT” from “Bright Smiles Family Dentistry is hiring in Salt Lake City, UT.”; check it."))
    }

    @Test("confidence falls when the summary swallows a document whose headings were not read")
    func swallowedSummary() throws {
        let sentence = "Our team builds the tools that our clinics use every day to keep patients safe and informed."
        let text = "Clinic Coordinator\n\n" + Array(repeating: sentence, count: 12).joined(separator: "\n") + "\n"
        let result = try Importer.parse(text, format: .text)
        #expect(result.report.confidence < 0.5)
        #expect(result.report.warnings.contains("No responsibilities were found; check that their heading was read."))
        #expect(result.report.warnings.contains("The summary holds most of the document (204 words); a heading may have been missed."))
    }
}
