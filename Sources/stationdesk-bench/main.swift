import Foundation

// stationdesk-bench [NAME [ARGS...]] — runs one benchmark by name, or all of them.
// Build: swift build -c release --product stationdesk-bench --scratch-path .build-release
// Each area adds its entry to `benchmarks` (one line).
let benchmarks: [(name: String, run: ([String]) throws -> Void)] = [
    ("store", StoreBenchmarks.run),
    ("import", { try ImportBenchmark.run(arguments: $0) }),
    ("screens", { try ScreensBenchmark.run(arguments: $0) }),
    ("domain", { try DomainBench.run(dataFolder: $0.first ?? FileManager.default.currentDirectoryPath + "/data") }),
    ("ui", { _ in try UIBench.run() }),
    ("reviews", { try ReviewsBench.run(dataFolder: $0.first ?? FileManager.default.currentDirectoryPath + "/data") }),
    // The whole program beside what users would use instead, one table (issue 15; Scripts/bench.sh).
    ("suite", { try Suite.run(arguments: $0) }),
    ("generate", { try Generator.run(arguments: $0) }),
    // The bulk floor alone (for callgrind): `floor IMPORTED_STORE_FILE BASE_STORE_FILE`.
    ("floor", { try Suite.floorOnly(rowsFrom: $0[0], into: $0[1]) }),
]

setvbuf(stdout, nil, _IOLBF, 0)
let arguments = Array(CommandLine.arguments.dropFirst())
let chosen = arguments.first
guard chosen == nil || benchmarks.contains(where: { $0.name == chosen }) else {
    FileHandle.standardError.write(Data("usage: stationdesk-bench [\(benchmarks.map(\.name).joined(separator: "|"))] [ARGS...]\n".utf8))
    exit(64)
}
do {
    // Without a name: every benchmark but the suite and the generator (which want their own run).
    for b in benchmarks where chosen == nil ? !["suite", "generate", "floor"].contains(b.name) : b.name == chosen {
        try b.run(chosen == nil ? [] : Array(arguments.dropFirst()))
    }
} catch {
    FileHandle.standardError.write(Data("stationdesk-bench: \(error)\n".utf8))
    exit(1)
}
