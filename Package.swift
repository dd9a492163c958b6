// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Vigil",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "vigil", targets: ["vigil"]),
        .library(name: "VigilCore", targets: ["VigilCore"]),
        .library(name: "VigilIngest", targets: ["VigilIngest"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        // Pure linkage engine: normalisation, comparators, blocking, Fellegi–Sunter, explanations. No I/O.
        .target(name: "VigilCore", swiftSettings: swiftSettings),
        // Streaming readers for source extracts, column mappings, validation and rejects.
        .target(
            name: "VigilIngest",
            dependencies: ["VigilCore", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // Persistence: employees, source records, matches, alerts, decisions, runs, audit trail (SQLite).
        .target(
            name: "VigilStore",
            dependencies: [
                "VigilCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // The daily run: configuration, ingest, incremental linking, alert diff, data-quality report.
        .target(
            name: "VigilPipeline",
            dependencies: [
                "VigilCore", "VigilIngest", "VigilStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        // The dashboard's web layer: users, two factors, sessions, roles, grants, audited routes.
        .target(
            name: "VigilWeb",
            dependencies: [
                "VigilStore", "VigilCore", "VigilIngest",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // A deterministic synthetic West-Midlands-like world with ground truth, for tests and benchmarks.
        .target(name: "VigilSynthetic", swiftSettings: swiftSettings),
        // The command line.
        .executableTarget(
            name: "vigil",
            dependencies: [
                "VigilCore", "VigilIngest", "VigilSynthetic", "VigilStore", "VigilPipeline", "VigilWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Fixtures the test targets share (a scratch folder removed when done); not part of the product.
        .target(name: "VigilTestSupport", path: "Tests/VigilTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "VigilCoreTests", dependencies: ["VigilCore"], swiftSettings: swiftSettings),
        .testTarget(name: "VigilIngestTests", dependencies: ["VigilIngest"], swiftSettings: swiftSettings),
        .testTarget(
            name: "VigilStoreTests",
            dependencies: ["VigilStore", "VigilCore", "VigilTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigilPipelineTests",
            dependencies: [
                "VigilPipeline", "VigilStore", "VigilSynthetic", "VigilIngest", "VigilCore", "VigilTestSupport",
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "VigilWebTests",
            dependencies: [
                "VigilWeb", "VigilStore", "VigilIngest", "VigilCore", "VigilTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "VigilSyntheticTests", dependencies: ["VigilSynthetic"], swiftSettings: swiftSettings),
        .testTarget(
            name: "VigilCLITests",
            dependencies: [
                "vigil", "VigilCore", "VigilSynthetic", "VigilStore", "VigilTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
