// swift-tools-version: 6.2
import PackageDescription

// MARK: - Settings shared by every target

let strictSettings: [SwiftSetting] = [
    .swiftLanguageMode(.v6),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

// MARK: - Package

let package = Package(
    name: "Custodian",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Custodian", targets: ["Custodian"]),
        .library(name: "CustodianPolicyFiles", targets: ["CustodianPolicyFiles"]),
        .library(name: "CustodianWire", targets: ["CustodianWire"]),
        .library(name: "CustodianModelGeneration", targets: ["CustodianModelGeneration"]),
        .library(name: "DecisionLog", targets: ["DecisionLog"]),
        .library(name: "DecisionLogSQLite", targets: ["DecisionLogSQLite"]),
        .library(name: "DecisionLogPostgres", targets: ["DecisionLogPostgres"]),
        .library(name: "CustodianCommands", targets: ["CustodianCommands"]),
        .executable(name: "custodian", targets: ["custodian"]),
        .executable(name: "custodian-generate-models", targets: ["custodian-generate-models"]),
        .plugin(name: "CustodianModels", targets: ["CustodianModels"]),
    ],
    traits: [
        .trait(
            name: "Postgres",
            description: "The PostgreSQL decision-log store (postgres-nio), for many instances writing one log."),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // MARK: Core: the personal-information model, policies, the compiled engine (no I/O)
        .target(
            name: "Custodian",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strictSettings
        ),
        // MARK: Policy documents: YAML/JSON reading with precise errors, linting, built-in policies
        .target(
            name: "CustodianPolicyFiles",
            dependencies: ["Custodian", .product(name: "Yams", package: "Yams")],
            swiftSettings: strictSettings
        ),
        // MARK: The JSON wire format: requests read through a policy's vocabulary, decisions written
        .target(
            name: "CustodianWire",
            dependencies: ["Custodian"],
            swiftSettings: strictSettings
        ),
        // MARK: Swift model types generated from a policy's vocabulary
        .target(
            name: "CustodianModelGeneration",
            dependencies: ["Custodian"],
            swiftSettings: strictSettings
        ),
        // MARK: The decision log: records, Merkle tree, checkpoints, proofs, verifier, store protocol
        .target(
            name: "DecisionLog",
            dependencies: [
                "Custodian", .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings
        ),
        // MARK: The embedded default store (SQLite through GRDB)
        .target(
            name: "DecisionLogSQLite",
            dependencies: ["DecisionLog", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // MARK: The store for many instances (PostgreSQL), behind the `Postgres` trait
        .target(
            name: "DecisionLogPostgres",
            dependencies: [
                "DecisionLog",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["Postgres"])),
            ],
            swiftSettings: strictSettings
        ),
        // MARK: The command line, as a library so tests run the real commands in-process
        .target(
            name: "CustodianCommands",
            dependencies: [
                "Custodian", "CustodianPolicyFiles", "CustodianWire", "CustodianModelGeneration", "DecisionLog",
                "DecisionLogSQLite",
                .target(name: "DecisionLogPostgres", condition: .when(traits: ["Postgres"])),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "custodian",
            dependencies: ["CustodianCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),

        // MARK: Model generation for the build plugin (light: no log stores)
        .executableTarget(
            name: "custodian-generate-models",
            dependencies: [
                "Custodian", "CustodianPolicyFiles", "CustodianModelGeneration",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .plugin(
            name: "CustodianModels",
            capability: .buildTool(),
            dependencies: ["custodian-generate-models"]
        ),

        // MARK: Development tools (not products): callgrind measurements, log benchmarks, the crash tests' writer
        .executableTarget(
            name: "custodian-measure",
            dependencies: ["CustodianCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "custodian-log-bench",
            dependencies: ["CustodianCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "custodian-crash-writer",
            dependencies: ["CustodianCommands", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),

        // MARK: Examples
        .executableTarget(
            name: "ServiceCheckExample",
            dependencies: ["Custodian", "CustodianPolicyFiles"],
            path: "Examples/ServiceCheck",
            swiftSettings: strictSettings
        ),

        .executableTarget(
            name: "ClinicModelsExample",
            dependencies: ["Custodian", "CustodianPolicyFiles"],
            path: "Examples/Clinic",
            resources: [.copy("clinic.custodian.yaml")],
            swiftSettings: strictSettings,
            plugins: [.plugin(name: "CustodianModels")]
        ),

        // MARK: Tests
        .testTarget(
            name: "CustodianTests",
            dependencies: ["Custodian", "CustodianPolicyFiles", "CustodianWire"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CustodianModelGenerationTests",
            dependencies: ["CustodianModelGeneration", "Custodian"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CustodianPolicyFilesTests",
            dependencies: ["CustodianPolicyFiles"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "DecisionLogTests",
            dependencies: [
                "DecisionLog", "DecisionLogSQLite", "Custodian",
                .target(name: "DecisionLogPostgres", condition: .when(traits: ["Postgres"])),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CustodianCommandsTests",
            dependencies: [
                "CustodianCommands", "CustodianWire", "CustodianPolicyFiles", "DecisionLog", "DecisionLogSQLite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
    ]
)
