import Benchmark
import JobsmithDomain
import JobsmithLint

/// Lints per second of a realistic 700-word job description; the goal is at least 10,000 on one core.
let benchmarks: @Sendable () -> Void = {
    let document = sampleDocument()
    let options = LintOptions(employeeCount: 120)
    Benchmark("Lint 700-word description", configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(5))) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Linter.lint(document, options: options))
        }
    }
}

/// A senior backend engineer posting of about 700 words with a few typical findings (gender-coded words, a cliché, a long sentence).
func sampleDocument() -> JobDocument {
    JobDocument(
        title: "Senior Backend Engineer, Payments Platform",
        summary: """
            Our payments platform moves money for more than two million small businesses across North America. We are looking \
            for a senior backend engineer to join the team that owns settlement, reconciliation and payouts. You will design \
            services that process millions of transactions a day, work closely with product managers and designers, and help \
            us keep the platform reliable, secure and easy to change. We are a small, collaborative team that values clear \
            writing, careful code review and shipping in small steps. This is a hybrid role based in our Denver office, with \
            two days a week in the office and the rest wherever you work best. We are a fast-paced, ambitious company and we \
            want people who are driven, analytical and confident making decisions with incomplete information.
            """,
        responsibilities: [
            "Design, build and operate Swift and Go services that settle and reconcile card and bank transactions.",
            "Own features from the first design document through rollout, monitoring and the occasional late-night fix.",
            "Lead technical discussions, write design documents and review code with a focus on correctness and clarity.",
            "Improve the observability of our systems with better metrics, tracing and alerting so incidents are caught early.",
            "Work with finance and operations teams to understand reconciliation problems and turn them into reliable automation.",
            "Mentor engineers on the team through pairing, code review and regular one-to-one conversations about their growth.",
            "Take part in a fair on-call rotation, one week in six, with time off in lieu for any out-of-hours pages.",
            "Help us decide what to build next by analysing data, talking to customers and weighing the trade-offs openly.",
        ],
        requirements: [
            "5+ years of experience building backend services in a production environment.",
            "Strong knowledge of relational databases, transactions and data modelling, ideally PostgreSQL.",
            "Experience designing APIs that other teams depend on, and evolving them without breaking clients.",
            "Comfort with distributed systems concepts such as idempotency, retries, queues and eventual consistency.",
            "Clear written communication: you can explain a complex design in a short document.",
            "A track record of mentoring other engineers and raising the quality bar of a team.",
        ],
        niceToHave: [
            "Experience in payments, banking or another regulated industry.",
            "Familiarity with Swift on the server, Hummingbird or Vapor.",
            "Experience with Kubernetes, Terraform and cloud infrastructure on AWS.",
        ],
        kpis: [
            KPI(name: "Settlement accuracy", description: "Share of payouts settled correctly on the first attempt, measured weekly."),
            KPI(name: "Incident recovery", description: "Median time to recover from incidents affecting payouts, measured per quarter."),
            KPI(name: "Delivery", description: "Design documents and features delivered to production on the agreed timeline."),
        ],
        reportsTo: "Engineering Manager, Payments Platform",
        collaboratesWith: ["Product management", "Design", "Finance operations", "Customer support", "Security and compliance"],
        leads: ["Technical design of the settlement service", "Onboarding of new engineers to the payments codebase"],
        tools: ["Swift", "Go", "PostgreSQL", "Kafka", "Kubernetes", "Terraform", "Datadog", "GitHub Actions"],
        qualifications: ["A degree in computer science or equivalent practical experience."],
        benefits: [
            "Medical, dental and vision insurance with 100% of premiums covered for you and 80% for your family.",
            "401(k) retirement plan with a 4% employer match that vests immediately.",
            "Twenty-five days of paid vacation plus public holidays and a week off between Christmas and New Year.",
            "Sixteen weeks of fully paid parental leave for every parent, regardless of gender or how your family grows.",
            "A yearly learning budget of $2,000 for books, courses and conferences.",
            "Flexible working hours and a home-office budget of $1,000 when you join.",
        ],
        salary: Salary(min: 165_000, max: 195_000, currency: "USD", period: .year),
        location: Location(city: "Denver", region: "CO", country: "US"),
        workplaceType: .hybrid,
        employmentType: .fullTime,
        otherSections: [
            OtherSection(
                heading: "How we hire",
                body: """
                    Our process has four steps: a thirty-minute call with the hiring manager, a take-home exercise that should \
                    take no more than three hours, a technical conversation about your exercise with two engineers, and a final \
                    conversation about how you like to work. We pay for the take-home exercise. We give written feedback at \
                    every stage, and we aim to make a decision within two weeks of your first call.
                    Tell us in your application if you need any adjustments to the process, such as extra time, a different \
                    format for the exercise or a sign language interpreter. We will make it happen.
                    """
            ),
            OtherSection(
                heading: "About us",
                body: """
                    We started in 2016 to give small businesses the payment tools that large companies take for granted. Today \
                    we are 240 people in Denver, Toronto and remotely across the United States and Canada. We are profitable, \
                    we grow steadily, and we plan to stay independent. We believe diverse teams build better products, and we \
                    welcome applications from people of every background, age, gender identity, sexual orientation and ability.
                    """
            ),
        ]
    )
}
