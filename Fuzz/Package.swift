// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets for Custodian's own JSON reading and writing. Build and run from this folder:
//
//   swift build -c release --sanitize=fuzzer --sanitize=address --product RequestReaderFuzzer
//   SWIFT_BACKTRACE=enable=no .build/release/RequestReaderFuzzer -max_total_time=300 corpus/
let package = Package(
    name: "CustodianFuzz",
    dependencies: [.package(name: "Custodian", path: "..")],
    targets: [
        .executableTarget(
            name: "RequestReaderFuzzer",
            dependencies: [
                .product(name: "Custodian", package: "Custodian"),
                .product(name: "CustodianCommands", package: "Custodian"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        )
    ]
)
