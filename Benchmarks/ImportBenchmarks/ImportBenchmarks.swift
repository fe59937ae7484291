import Benchmark
import JobsmithImport

/// Imports of a typical ATS job description (about 600 words of Greenhouse-style HTML). Goal: at least 2,000
/// documents per second (≤ 500 µs each) in a release build.
let benchmarks: @Sendable () -> Void = {
    Benchmark(
        "Import 600-word HTML",
        configuration: .init(metrics: [.throughput, .wallClock], maxDuration: .seconds(5))
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try? Importer.parse(sampleHTML))
        }
    }
}

/// A 600-word description as an ATS exports it: nested spans with inline styles, `<p><strong>` headings, entities.
let sampleHTML = """
    <div class="job-description">
    <h1>Senior Site Reliability Engineer</h1>
    <p><strong>Location:</strong> Denver, CO (hybrid)</p>
    <p><strong>Employment type:</strong> Full-time</p>
    <p><strong>Salary:</strong> $150,000&nbsp;&ndash;&nbsp;$185,000 per year</p>
    <p><strong><span style="font-size: 12pt;">About the role</span></strong></p>
    <p><span style="font-weight: 400;">Harbor Health runs the scheduling, billing and telehealth platform behind more than 2,500 \
    outpatient clinics in the United States. Clinicians open our app before their first patient of the day, and patients use it \
    to book, reschedule and pay. When we are down, waiting rooms fill up, so reliability is not an afterthought here &ndash; it \
    is the product.</span></p>
    <p><span style="font-weight: 400;">As a Senior Site Reliability Engineer you will join a team of six that owns our \
    production infrastructure on AWS, our observability stack and the incident process. You will split your time between \
    building the platform that our forty product engineers deploy to and working side by side with them to make their \
    services faster, cheaper and harder to break.</span></p>
    <p><strong><span style="font-size: 12pt;">What you&rsquo;ll do</span></strong></p>
    <ul>
    <li><span style="font-weight: 400;">Design, build and operate our Kubernetes platform on Amazon EKS, including cluster \
    upgrades, autoscaling and cost controls.</span></li>
    <li><span style="font-weight: 400;">Define service level objectives with product teams and build the dashboards and \
    alerts that tell us when we are about to miss them.</span></li>
    <li><span style="font-weight: 400;">Lead incident response as an incident commander, write blameless post-incident \
    reviews and make sure the follow-up actions actually happen.</span></li>
    <li><span style="font-weight: 400;">Automate everything you do twice with Terraform, Go and GitHub Actions.</span></li>
    <li><span style="font-weight: 400;">Improve our deployment pipeline so that every team can ship safely several times a \
    day with canary releases and automatic rollbacks.</span></li>
    <li><span style="font-weight: 400;">Run regular game days and disaster recovery tests, including a full regional \
    failover twice a year.</span></li>
    <li><span style="font-weight: 400;">Coach product engineers on performance, capacity planning and on-call \
    practices.</span></li>
    <li><span style="font-weight: 400;">Keep our infrastructure compliant with HIPAA and SOC 2 without slowing teams \
    down.</span></li>
    </ul>
    <p><strong><span style="font-size: 12pt;">What we&rsquo;re looking for</span></strong></p>
    <ul>
    <li><span style="font-weight: 400;">Five or more years in site reliability, infrastructure or platform engineering, \
    including time on call for a customer-facing product.</span></li>
    <li><span style="font-weight: 400;">Deep experience with Kubernetes in production and with at least one major cloud \
    provider, ideally AWS.</span></li>
    <li><span style="font-weight: 400;">Strong skills in infrastructure as code; we use Terraform and expect reviewed, \
    tested modules.</span></li>
    <li><span style="font-weight: 400;">Fluency in at least one programming language such as Go, Python or Rust.</span></li>
    <li><span style="font-weight: 400;">Hands-on experience with metrics, logs and traces &amp; the judgement to know which \
    alerts should wake someone up.</span></li>
    <li><span style="font-weight: 400;">Clear written communication: your design documents and incident reviews are read \
    by engineers and executives alike.</span></li>
    </ul>
    <p><strong><span style="font-size: 12pt;">Nice to have</span></strong></p>
    <ul>
    <li><span style="font-weight: 400;">Experience in healthcare or another regulated industry.</span></li>
    <li><span style="font-weight: 400;">Contributions to open-source infrastructure projects.</span></li>
    <li><span style="font-weight: 400;">Familiarity with service meshes such as Linkerd or Istio.</span></li>
    </ul>
    <p><strong><span style="font-size: 12pt;">How success is measured</span></strong></p>
    <ul>
    <li><strong>Availability:</strong> 99.95% monthly availability for patient-facing services.</li>
    <li><strong>Recovery:</strong> median time to restore service under 30 minutes for severity-one incidents.</li>
    <li><strong>Delivery:</strong> every product team deploys at least daily without manual steps.</li>
    </ul>
    <p><strong><span style="font-size: 12pt;">Tech stack</span></strong></p>
    <p><span style="font-weight: 400;">AWS, EKS, Terraform, Go, Prometheus, Grafana, OpenTelemetry, PagerDuty</span></p>
    <p><strong><span style="font-size: 12pt;">Benefits</span></strong></p>
    <ul>
    <li><span style="font-weight: 400;">Medical, dental and vision insurance with premiums fully covered for you and 80% \
    for your family.</span></li>
    <li><span style="font-weight: 400;">401(k) with a 4% company match, vested immediately.</span></li>
    <li><span style="font-weight: 400;">Twenty days of paid time off, eleven holidays and a paid week off between \
    Christmas and New Year.</span></li>
    <li><span style="font-weight: 400;">A $2,000 yearly budget for conferences, courses and books.</span></li>
    <li><span style="font-weight: 400;">Sixteen weeks of paid parental leave for every parent.</span></li>
    <li><span style="font-weight: 400;">On-call pay for every week you carry the pager.</span></li>
    </ul>
    <p><strong><span style="font-size: 12pt;">About Harbor Health</span></strong></p>
    <p><span style="font-weight: 400;">Harbor Health was founded in 2014 by a family physician and two engineers who \
    believed that running a clinic should not require six different logins. Today we are 320 people in Denver, Chicago and \
    remote across the United States, and we are profitable. We review every application within a week and reply to \
    everyone.</span></p>
    <p><span style="font-weight: 400;">Harbor Health is an equal opportunity employer. We welcome people of every race, \
    religion, color, national origin, gender, sexual orientation, age, marital status, veteran status and disability status, \
    and we provide reasonable accommodations throughout the hiring process.</span></p>
    </div>
    """
