import StationDomain

// Benchmarks, one per area, chosen by the first argument (each lives in its own file).
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "import":
    try ImportBenchmark.run(arguments: Array(arguments.dropFirst()))
default:
    print("usage: stationdesk-bench import [ROWS] [RUNS]")
}
