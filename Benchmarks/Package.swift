// swift-tools-version:6.2
import PackageDescription

// Micro-benchmarks of the pure domain code (ordo-one/benchmark). Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark
// Kept out of the main package so CI and `swift test` never build the benchmark harness.
let package = Package(
    name: "JobsmithBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "jobsmith", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LintBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JobsmithLint", package: "jobsmith"),
            ],
            path: "LintBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ImportBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "JobsmithImport", package: "jobsmith"),
            ],
            path: "ImportBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
