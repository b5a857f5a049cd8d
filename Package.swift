// swift-tools-version:6.0
// stationdesk — case management for the Liuzhou talent-workstation programme.
//
// Layers, dependencies pointing one way only (README "How it is built"):
//   StationDomain   pure rules and records (no files, no clock, no database)
//   StationStore    SQLite through GRDB: migrations, journal, undo; reads data/ files
//   StationExchange CSV import/export, official texts and reports
//   StationUI       screens rendered into an in-memory cell grid (testable without a terminal)
//   StationTerminal the thin ncursesw driver: grid -> terminal, keys -> UI keys
//   stationdesk     the executable: argument parsing and wiring only
import PackageDescription

let package = Package(
    name: "stationdesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stationdesk", targets: ["stationdesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // SHA-256 for the journal's hash chain (StationStore).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CNCursesw", path: "Sources/CNCursesw", pkgConfig: "ncursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .target(name: "StationDomain"),
        .target(name: "StationStore", dependencies: [
            "StationDomain",
            .product(name: "GRDB", package: "GRDB.swift"),
            // The SQLite C API for the journal's hot loop (bulk commands), below GRDB's per-call cost.
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Test-only helper the store's fault tests spawn (many writers, kill -9, full disk).
        .executableTarget(name: "store-fault-helper", dependencies: ["StationStore"]),
        .target(name: "StationExchange", dependencies: [
            "StationDomain", "StationStore",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "StationUI", dependencies: ["StationDomain", "StationStore", "StationExchange"]),
        .target(name: "StationTerminal", dependencies: ["StationUI", "CNCursesw"]),
        .executableTarget(name: "stationdesk", dependencies: [
            "StationDomain", "StationStore", "StationExchange", "StationUI", "StationTerminal",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "stationdesk-bench", dependencies: [
            "StationDomain", "StationStore", "StationExchange", "StationUI",
            // Plain-SQLite floors: the C API with the store's own pragmas (Suite/PlainFloor.swift).
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // What the test targets share (issue 8): golden files, credit codes, the key-by-key harness,
        // temporary stores removed after each test.
        .target(name: "TestSupport", dependencies: ["StationDomain", "StationStore", "StationUI"], path: "Tests/TestSupport"),
        .testTarget(name: "StationDomainTests", dependencies: ["StationDomain"]),
        .testTarget(name: "StationStoreTests", dependencies: ["StationStore", "store-fault-helper", "TestSupport"]),
        .testTarget(name: "StationExchangeTests", dependencies: ["StationExchange", "TestSupport"],
                    exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "StationUITests", dependencies: ["StationUI", "StationTerminal", "TestSupport"], exclude: ["Golden"]),
        // The executable's own wiring (QuickCommandLine against ArgumentParser).
        .testTarget(name: "StationdeskTests", dependencies: ["stationdesk"]),
        .testTarget(name: "EndToEndTests", dependencies: ["StationDomain", "StationStore", "StationExchange"]),
    ],
    swiftLanguageModes: [.v5]
)
