// swift-tools-version:6.2
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "jobsmith",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "jobsmith", targets: ["jobsmith"]),
        // The pure domain libraries, also used by the benchmark package in Benchmarks/.
        .library(name: "JobsmithDomain", targets: ["JobsmithDomain"]),
        .library(name: "JobsmithLint", targets: ["JobsmithLint"]),
        .library(name: "JobsmithImport", targets: ["JobsmithImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        // bcrypt for web-app passwords.
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        // Server-rendered HTML for the public board and the web app.
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird.git", from: "2.1.0"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        // SHA-256 for stored API-token hashes; already pulled in by the PostgreSQL driver.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        // LISTEN/NOTIFY on a connection of its own, for the change announcements between instances; already pulled
        // in by the PostgreSQL driver.
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        // Reads openapi.yaml to render the human-readable API page at /docs.
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        // Reads and writes the ZIP packages of Word (.docx) files.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // Counters and histograms for /metrics, exposed in the Prometheus text format.
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // Pure domain code: the job-description document, validation, rendering and diff. No HTTP, no database.
        .target(name: "JobsmithDomain", swiftSettings: swiftSettings),
        // Quality checks over a document; pure domain code shared by the CLI and the server.
        // The pay-transparency law table is data: Resources/pay-transparency-laws.json.
        .target(name: "JobsmithLint", dependencies: ["JobsmithDomain"], resources: [.copy("Resources")], swiftSettings: swiftSettings),
        // Reads existing job descriptions (text, Markdown, HTML, Word, PDF) into documents; domain code without HTTP or a
        // database (the text of a PDF comes from a pdftotext process).
        .target(
            name: "JobsmithImport",
            dependencies: ["JobsmithDomain", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: swiftSettings
        ),
        // The built-in library as data, with its loaders: the template files, the occupation-code table and the search
        // relevance set. The server, the CLI's offline commands, the tests and the benchmarks share one copy.
        .target(
            name: "JobsmithLibrary",
            dependencies: ["JobsmithDomain"],
            resources: [.copy("Templates"), .copy("Occupations"), .copy("Relevance")],
            swiftSettings: swiftSettings
        ),
        // The /api/v1 contract: server stubs generated from openapi.yaml.
        .target(
            name: "JobsmithAPI",
            dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
            swiftSettings: swiftSettings,
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        // The application core every front door calls: the database owner, models, migrations, stores, caches and the
        // application services (one method per use case). No HTTP.
        .target(
            name: "JobsmithCore",
            dependencies: [
                "JobsmithDomain",
                "JobsmithLint",
                // Only the bcrypt module of hummingbird-auth, for web-app passwords; it has no HTTP code.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // The front doors over the core: HTTP, API handlers, public board and web app.
        .target(
            name: "JobsmithServer",
            dependencies: [
                "JobsmithCore",
                "JobsmithDomain",
                "JobsmithLint",
                "JobsmithImport",
                "JobsmithLibrary",
                "JobsmithAPI",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "jobsmith",
            dependencies: [
                "JobsmithServer",
                "JobsmithCore",
                "JobsmithDomain",
                "JobsmithLint",
                "JobsmithImport",
                "JobsmithLibrary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "JobsmithDomainTests", dependencies: ["JobsmithDomain"], swiftSettings: swiftSettings),
        .testTarget(name: "JobsmithLintTests", dependencies: ["JobsmithLint"], swiftSettings: swiftSettings),
        .testTarget(
            name: "JobsmithLibraryTests", dependencies: ["JobsmithLibrary", "JobsmithDomain", "JobsmithLint"], swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JobsmithImportTests",
            dependencies: ["JobsmithImport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures"), .copy("Samples")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "JobsmithServerTests",
            dependencies: [
                "JobsmithServer",
                "JobsmithCore",
                "JobsmithDomain",
                "JobsmithLint",
                "JobsmithLibrary",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
