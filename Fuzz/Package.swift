// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets for Custodian's own JSON reading and writing, and for policy documents. Build
// and run from this folder
// (a debug build: in a release build here the fuzzer found no coverage to follow):
//
//   swift build --sanitize=fuzzer --sanitize=address --product RequestReaderFuzzer
//   mkdir -p /tmp/corpus && cp corpus/* /tmp/corpus/
//   SWIFT_BACKTRACE=enable=no .build/debug/RequestReaderFuzzer -max_total_time=180 /tmp/corpus
//
// Measured 2026-11-26: 1,512,592 inputs in 181 s, 3,018 new corpus units, no failure — after a
// first run found that Foundation's decoder accepts a raw control character in a value it never
// decodes (the reader, like JSONSerialization and RFC 8259, rejects it; now a test).
//
// Policy documents (the reader and linter of CustodianPolicyFiles, hostile YAML included):
//
//   swift build --sanitize=fuzzer --sanitize=address --product PolicyFileFuzzer
//   mkdir -p /tmp/policy-corpus && cp policy-corpus/* /tmp/policy-corpus/
//   SWIFT_BACKTRACE=enable=no .build/debug/PolicyFileFuzzer -dict=policy.dict -timeout=1 \
//       -runs=1000000 -max_len=4096 /tmp/policy-corpus
//
// Measured 2026-12-03: a first run found, after 746,996 inputs, that Yams names one of several
// repeated complex keys in no stable order (the reader and the linter then disagreed); a second,
// after 810,349, the same for several repeated plain keys. Both are fixed (complex keys are
// refused in the text; the key repeated first is reported), in policy-corpus/ and in the tests.
// The third run, on the fixed code: 1,000,000 inputs, no failure, slowest input under 1 s
// (libFuzzer's slowest_unit_time_sec 0), 939 inputs/s, 2,372 new corpus units.
let package = Package(
    name: "CustodianFuzz",
    dependencies: [.package(name: "Custodian", path: "..")],
    targets: [
        .executableTarget(
            name: "RequestReaderFuzzer",
            dependencies: [
                .product(name: "Custodian", package: "Custodian"),
                .product(name: "CustodianWire", package: "Custodian"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
        .executableTarget(
            name: "PolicyFileFuzzer",
            dependencies: [
                .product(name: "Custodian", package: "Custodian"),
                .product(name: "CustodianPolicyFiles", package: "Custodian"),
            ],
            swiftSettings: [.swiftLanguageMode(.v6)]
        ),
    ]
)
