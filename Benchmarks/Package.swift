// swift-tools-version: 6.2
import PackageDescription

// The benchmark suite of Custodian, a package of its own so that the library never depends on
// the benchmark harness. Run from this folder: `swift package benchmark`.
let package = Package(
    name: "CustodianBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Custodian", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CustodianBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Custodian", package: "Custodian"),
                .product(name: "CustodianPolicyFiles", package: "Custodian"),
                .product(name: "CustodianCommands", package: "Custodian"),
                .product(name: "DecisionLog", package: "Custodian"),
                .product(name: "DecisionLogSQLite", package: "Custodian"),
            ],
            path: "Benchmarks/CustodianBenchmarks",
            swiftSettings: [.swiftLanguageMode(.v6)],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
